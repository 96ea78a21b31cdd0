'use client';
import type { UseSendTwoFactorCodeResult } from '../send/UseSendTwoFactorCodeResult.js';
import { usePersonSnapshot } from '../shared/usePersonSnapshot.js';
import type { TwoFactorPromptStatus } from './TwoFactorPromptStatus.js';

/**
 * Where the prompt is, from its send and the page's engine: `sending` while a code for this person
 * is being sent from any prompt, and a rate limit's `error` ends with its wait.
 */
export function usePromptStatus(send: UseSendTwoFactorCodeResult, key: string): TwoFactorPromptStatus {
  const { sending } = usePersonSnapshot(key);
  const { error } = send;
  if (send.isPending || sending) return 'sending';
  if (error && error.kind !== 'aborted' && !(error.kind === 'rate-limited' && send.cooldownUntil === undefined)) return 'error';
  if (send.isSuccess) return 'sent';
  if (send.cooldownUntil !== undefined) return 'cooling-down';
  return 'idle';
}
