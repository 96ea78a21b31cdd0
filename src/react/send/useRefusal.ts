'use client';
import { useState } from 'react';
import type { TwoFactorEngine } from '../../core/engine/TwoFactorEngine.js';
import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';

/**
 * Why this hook's last call was refused without sending, and the `refuse` step of its guarded
 * mutation, which asks the engine and keeps the answer.
 */
export function useRefusal(engine: TwoFactorEngine) {
  const [refusal, setRefusal] = useState<TwoFactorError>();
  const refuse = (request: SendCodeRequest) => {
    const refused = engine.refusal(request);
    // Only a change renders: a send that goes out after one that did costs no render here.
    if (refused || refusal) setRefusal(refused);
    return refused;
  };
  return { refusal, refuse };
}
