import type { UseMutationResult } from '@tanstack/react-query';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorField } from '../../core/contract/TwoFactorField.js';
import type { ValidationIssue } from '../../core/contract/ValidationIssue.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';

/** What `useSendTwoFactorCode` returns: react-query's mutation result, guarded by the engine, plus the send's state. */
export type UseSendTwoFactorCodeResult = UseMutationResult<SendCodeResult, TwoFactorError, SendCodeRequest> & {
  /** Blocking server messages per field, from the last failed send. */
  serverFieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking server messages not tied to a field, from the last failed send. */
  serverFormErrors: readonly string[];
  /** Non-blocking Warning and Info issues of the last successful send. */
  notes: readonly ValidationIssue[];
  /** Why the last call was refused without sending (a cooldown, another choice in flight); cleared by the next call that goes out. */
  refusal: TwoFactorError | undefined;
  /** Whole seconds until another code may be sent; reading it makes the component re-render each second. */
  cooldownRemaining: number;
  /** Epoch milliseconds when the cooldown ends, for a countdown rendered elsewhere. */
  cooldownUntil: number | undefined;
  /** Whether a send would go out now: none in flight for this person on the page, no cooldown. */
  canSend: boolean;
  /** Leaves the send in flight (aborted when no other hook waits for it) and returns to idle. */
  cancel: () => void;
};
