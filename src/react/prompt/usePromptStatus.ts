'use client';
import type { UseSendTwoFactorCodeResult } from '../send/useSendTwoFactorCode.js';
import { usePersonSnapshot } from '../shared/usePersonSnapshot.js';

/** Where the prompt is: exposed as `data-status` on the root. */
export type TwoFactorPromptStatus = 'idle' | 'sending' | 'sent' | 'error' | 'cooling-down';

/**
 * Where the prompt is, from its send and the page's engine: `sending` while a code for this person
 * is being sent from any prompt, and a rate limit's `error` ends with its wait (one without a wait, a
 * `Retry-After: 0` and no cooldown, stays until the next send: a refusal is never silent).
 */
export function usePromptStatus(send: UseSendTwoFactorCodeResult, key: string, cooldownSeconds: number): TwoFactorPromptStatus {
  const { sending } = usePersonSnapshot(key);
  const { error } = send;
  if (send.isPending || sending) return 'sending';
  const waitOver =
    error?.kind === 'rate-limited' && Math.max(cooldownSeconds, error.retryAfterSeconds ?? 0) > 0 && send.cooldownUntil === undefined;
  if (error && error.kind !== 'aborted' && !waitOver) return 'error';
  if (send.isSuccess) return 'sent';
  if (send.cooldownUntil !== undefined) return 'cooling-down';
  return 'idle';
}
