'use client';
import { useCallback, useState } from 'react';
import { personKey } from '../../core/personKey.js';

/**
 * The person a hook shows the engine's state for: its `personId` option, else the person of its last
 * call. `remember` is called with each request that goes out.
 */
export function usePersonKey(personId: string | undefined, contextId: string | undefined) {
  const [lastPerson, setLastPerson] = useState<string>();
  const key = personId === undefined ? lastPerson : personKey(personId, contextId);
  const remember = useCallback(
    (request: { personId: string; contextId?: string | undefined }) => {
      if (personId === undefined) setLastPerson(personKey(request.personId, request.contextId));
    },
    [personId],
  );
  return { key, remember };
}
