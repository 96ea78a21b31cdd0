import type { TwoFactorError } from '../core/TwoFactorError.js';
import type { TwoFactorLimiter } from './TwoFactorLimiter.js';
import type { TwoFactorSubject } from './TwoFactorSubject.js';

/** Options of `createTwoFactorHandler`. */
export interface CreateTwoFactorHandlerOptions {
  /** The gateway's API root including its suffix, e.g. `https://stg-ecap.azure-api.net/2fa`; absolute, as there is no page to resolve a path against. */
  baseUrl: string;
  /** API Management subscription key, sent to the gateway as `Ocp-Apim-Subscription-Key`; it never reaches the browser. */
  subscriptionKey?: string | undefined;
  /**
   * The signed-in person of this request (from the host's session cookie or token), or `null` when there is
   * none, which answers `401`. `PersonId` and `ContextId` always come from here. It must not read the body.
   */
  resolveSubject: (request: Request) => TwoFactorSubject | null | Promise<TwoFactorSubject | null>;
  /** The send path: served where a request's path ends with it, and called below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  path?: string | undefined;
  /** The verify path; when set, the handler also serves the verify operation (`TwoFactorId`, `Code`) there. @default undefined (no verify) */
  verifyPath?: string | undefined;
  /** The `fetch` that calls the gateway. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before a gateway call answers `504`, body included; below the browser adapter's 15000 so the browser sees the 504. @default 10000 */
  timeoutMs?: number | undefined;
  /** Origins (`https://portal.example`) allowed to call; a request whose `Origin` header is missing or another is `403`. @default undefined (no check) */
  allowedOrigins?: readonly string[] | undefined;
  /** The host's limiter, run before the gateway is called; a refusal answers `429` with `Retry-After`. @default undefined (no limit) */
  limit?: TwoFactorLimiter | undefined;
  /** Called for the host's logs when the handler answers `5xx` or the gateway refuses the key; the error holds no key and no request headers. @default undefined */
  onError?: ((error: TwoFactorError) => void) | undefined;
}
