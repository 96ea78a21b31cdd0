import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';

/** Options of `useVerifyTwoFactorCode`. */
export interface UseVerifyTwoFactorCodeOptions {
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** The person the code was sent to, so that a lock shows before the first verify (after a reload). @default undefined (the person of the last verify) */
  personId?: string | undefined;
  /** The context of `personId`. @default undefined */
  contextId?: string | undefined;
  /** Wrong codes (validation failures) before the status is `locked`. @default 5 */
  maxAttempts?: number | undefined;
  /** BCP 47 tag of the UI, sent to the adapter (`Accept-Language`) so that the server's messages match it. @default the provider's `locale` */
  locale?: string | undefined;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number | undefined;
  /** Called when the server accepts the code. @default undefined */
  onVerified?: ((result: VerifyCodeResult, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each verify that was not cancelled. @default undefined */
  onSettled?: ((result: VerifyCodeResult | undefined, error: TwoFactorError | null, request: VerifyCodeRequest) => void) | undefined;
}
