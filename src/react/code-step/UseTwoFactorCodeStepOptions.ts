import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import type { TwoFactorMessagesOverride } from '../../i18n/TwoFactorTexts.js';

/** Options of `useTwoFactorCodeStep`, and the behaviour props of `<TwoFactorCodeStep>`. */
export interface UseTwoFactorCodeStepOptions {
  /** The person the code was sent to. */
  personId: string;
  /** The portal's context id. @default undefined */
  contextId?: string | undefined;
  /** The two-factor authentication id. @default undefined */
  twoFactorId?: string | undefined;
  /** Characters in a code, a whole number from 1 to 12. @default 6 */
  codeLength?: number | undefined;
  /** What one character of the code may be. @default /\d/ (digits, with a numeric keyboard) */
  codePattern?: RegExp | undefined;
  /** Verify as soon as the code is complete (typed, pasted or autofilled). @default true */
  autoSubmit?: boolean | undefined;
  /** Wrong codes before the step locks. @default 5 */
  maxAttempts?: number | undefined;
  /** Listen for the code with WebOTP where the browser supports it. @default true */
  webOtp?: boolean | undefined;
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the provider's adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number | undefined;
  /** BCP 47 tag of the UI: the language the server is asked to write its messages in (`Accept-Language`), e.g. `fr-BE`. @default the provider's `locale`, else the catalogue's `messages.locale` */
  locale?: string | undefined;
  /** Texts: a shipped catalogue or a partial override of English. @default en */
  messages?: TwoFactorMessagesOverride | undefined;
  /** Called once the server accepts the code. @default undefined */
  onVerified?: ((result: VerifyCodeResult, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each verify that was not cancelled. @default undefined */
  onSettled?: ((result: VerifyCodeResult | undefined, error: TwoFactorError | null, request: VerifyCodeRequest) => void) | undefined;
}
