import type { UseMutationResult } from '@tanstack/react-query';
import type { TwoFactorField } from '../../core/contract/TwoFactorField.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import type { VerifyTwoFactorCodeStatus } from './VerifyTwoFactorCodeStatus.js';

type VerifyMutationResult = UseMutationResult<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>;
// Distributes over react-query's result union, so that `isPending` still narrows `data` and `error`.
type WithVerifyStatus<Result> = Result extends unknown ? Omit<Result, 'status'> & { status: VerifyTwoFactorCodeStatus } : never;

/**
 * What `useVerifyTwoFactorCode` returns: react-query's mutation result, guarded by the engine, with
 * `status` saying where the verification is (`locked` after `maxAttempts` wrong codes, until a new
 * code is sent) instead of react-query's own.
 */
export type UseVerifyTwoFactorCodeResult = WithVerifyStatus<VerifyMutationResult> & {
  /** Blocking server messages per field (`code` for a wrong code), from the last failed verify. */
  fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking server messages not tied to a field (e.g. an expired code), from the last failed verify. */
  formErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** Leaves the verify in flight (aborted when nothing else waits for it) and returns to idle. */
  cancel: () => void;
};
