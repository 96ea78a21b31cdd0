import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';

/** Options of `useSendTwoFactorCode`. */
export interface UseSendTwoFactorCodeOptions {
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** Seconds after a success (or a failure that may have sent a code) before another code may be sent. @default 30 */
  cooldownSeconds?: number | undefined;
  /** The person codes go to, so that the cooldown shows before the first send (after a reload, or from another prompt). @default undefined (the person of the last send) */
  personId?: string | undefined;
  /** The context of `personId`; the cooldown is kept per person and context. @default undefined */
  contextId?: string | undefined;
  /** BCP 47 tag of the UI, sent to the adapter (`Accept-Language`) so that the server's messages match it. @default the provider's `locale` */
  locale?: string | undefined;
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own timeout. @default undefined */
  timeoutMs?: number | undefined;
  /** Called after each successful send. @default undefined */
  onSent?: ((result: SendCodeResult, request: SendCodeRequest) => void) | undefined;
  /** Called after each failed send; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: SendCodeRequest) => void) | undefined;
  /** Called after each send that was not cancelled. @default undefined */
  onSettled?: ((result: SendCodeResult | undefined, error: TwoFactorError | null, request: SendCodeRequest) => void) | undefined;
}
