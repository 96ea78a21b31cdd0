import type { TwoFactorError } from '../core/TwoFactorError.js';
import type { TwoFactorEvent } from './TwoFactorEvent.js';
import type { TwoFactorLimiter } from './TwoFactorLimiter.js';
import type { TwoFactorLimits } from './TwoFactorLimits.js';
import type { TwoFactorSubject } from './TwoFactorSubject.js';

/** Options of `createTwoFactorHandler`. */
export interface CreateTwoFactorHandlerOptions {
  /** The gateway's API root including its suffix, e.g. `https://stg-ecap.azure-api.net/2fa`; absolute, as there is no page to resolve a path against. */
  baseUrl: string;
  /** API Management subscription key, sent to the gateway as `Ocp-Apim-Subscription-Key`; it never reaches the browser. */
  subscriptionKey?: string;
  /**
   * The signed-in person of this request (from the host's session cookie or token), or `null` when there is
   * none, which answers `401`. `PersonId` and `ContextId` always come from here. It must not read the body.
   */
  resolveSubject: (request: Request) => TwoFactorSubject | null | Promise<TwoFactorSubject | null>;
  /** The send path: served where a request's path ends with it, and called below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  path?: string;
  /** The verify path; when set, the handler also serves the verify operation (`TwoFactorId`, `Code`) there. @default undefined (no verify) */
  verifyPath?: string;
  /** The `fetch` that calls the gateway. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a gateway call answers `504`, body included; below the browser adapter's 15000 so the browser sees the 504. @default 10000 */
  timeoutMs?: number;
  /** Origins (`https://portal.example`) allowed to call; a request whose `Origin` header is missing or another is `403`. @default undefined (no check) */
  allowedOrigins?: readonly string[];
  /** The host's limiter, run before the gateway is called; a refusal answers `429` with `Retry-After`. @default undefined (no limit) */
  limit?: TwoFactorLimiter;
  /** Called for the host's logs when the handler answers `5xx` or the gateway refuses the key; the error holds no key and no request headers. @default undefined */
  onError?: (error: TwoFactorError) => void;
  // Built-in limits and events (issue 20).
  /** The built-in per-person limits (`rate-limiter-flexible` limiters), run before `limit`; `false` turns one off. @default { send: 5 per 600 s, verify: 10 per 600 s } in this instance's memory */
  limits?: TwoFactorLimits | undefined;
  /** Keys the person hash of the limiters' keys and of events; the same on every instance that shares a store. @default derived from subscriptionKey, else a random secret of this process */
  personHashSecret?: string | undefined;
  /** Called once per request the handler answers, for an audit log; a throwing `onEvent` changes nothing. @default undefined */
  onEvent?: ((event: TwoFactorEvent) => void | Promise<void>) | undefined;
}
