import type { UseMutationResult } from '@tanstack/react-query';
import type { TwoFactorField } from '../../core/contract/TwoFactorField.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';

/**
 * What `useVerifyTwoFactorCode` returns: react-query's mutation result (its own `status`), guarded by
 * the engine, plus the lock (`isLocked` after `maxAttempts` wrong codes, until a new code is sent).
 */
export type UseVerifyTwoFactorCodeResult = UseMutationResult<VerifyCodeResult, TwoFactorError, VerifyCodeRequest> & {
  /** Blocking server messages per field (`code` for a wrong code), from the last failed verify. */
  serverFieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking server messages not tied to a field (e.g. an expired code), from the last failed verify. */
  serverFormErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** Whether `maxAttempts` wrong codes were made since the last code was sent: a verify is then refused with kind `locked` and nothing is sent. */
  isLocked: boolean;
  /** Leaves the verify in flight (aborted when nothing else waits for it) and returns to idle. */
  cancel: () => void;
};
