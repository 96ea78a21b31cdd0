import type { UseMutationResult } from '@tanstack/react-query';
import type { TwoFactorPersonSnapshot } from '../../core/engine/TwoFactorPersonSnapshot.js';
import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/SendCodeResult.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import type { GuardedMutate } from '../shared/useGuardedMutate.js';
import type { UseSendTwoFactorCodeResult } from './UseSendTwoFactorCodeResult.js';

const none: readonly never[] = [];
const noFieldErrors = {};

/**
 * The send hook's result: react-query's mutation with the guarded calls, and the send's state from
 * the mutation and the engine's snapshot. `cooldownRemaining` is filled in by `withTrackedCountdown`.
 */
export function toSendResult(
  mutation: UseMutationResult<SendCodeResult, TwoFactorError, SendCodeRequest>,
  snapshot: TwoFactorPersonSnapshot,
  guarded: GuardedMutate<SendCodeResult, SendCodeRequest>,
  refusal: TwoFactorError | undefined,
): UseSendTwoFactorCodeResult {
  const error = mutation.error ?? undefined;
  const free = snapshot.cooldownUntil === undefined && snapshot.sending === undefined;
  return {
    ...mutation,
    ...guarded,
    fieldErrors: error?.fieldErrors ?? noFieldErrors,
    formErrors: error?.formErrors ?? none,
    notes: mutation.data?.notes ?? none,
    refusal: free ? undefined : refusal,
    cooldownRemaining: 0,
    cooldownUntil: snapshot.cooldownUntil,
    canSend: free && !mutation.isPending,
  };
}
