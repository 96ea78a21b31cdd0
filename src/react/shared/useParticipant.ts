'use client';
import { useEffect, useState } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';

/**
 * This component's token in the engine's flights. Unmounting leaves them: a send or verify that
 * no other component waits for is aborted.
 */
export function useParticipant(): object {
  const [participant] = useState(() => ({}));
  useEffect(() => () => getTwoFactorEngine().leave(participant), [participant]);
  return participant;
}
