import type { TwoFactorError } from '../core/errors/TwoFactorError.js';
import type { TwoFactorEvent } from './TwoFactorEvent.js';
import type { TwoFactorLimiter } from './TwoFactorLimiter.js';
import type { TwoFactorLimits } from './TwoFactorLimits.js';
import type { TwoFactorPerson } from './TwoFactorPerson.js';

/**
 * Options of `createTwoFactorHandler`.
 *
 * `baseUrl`, `subscriptionKey` and the entries of `allowedOrigins` usually come from the environment, which is
 * not there yet while a framework builds (`next build` loads route modules): when one of them is `undefined` or
 * blank, the handler is still created, and every request is answered `500` (nothing sent) with an `onError`
 * report naming it. A value of the wrong type (a number, a function), or a string that is not a URL, throws at
 * creation, as does any bad code option (`resolvePerson`, `sendPath`, `timeoutMs`, …).
 */
export interface CreateTwoFactorHandlerOptions {
  /** The gateway's API root including its suffix, e.g. `https://stg-ecap.azure-api.net/2fa`; absolute, as there is no page to resolve a path against. `undefined` or blank: every request answers `500` until it is set. */
  baseUrl: string | undefined;
  /** API Management subscription key, sent to the gateway as `Ocp-Apim-Subscription-Key`; it never reaches the browser. `false` for a gateway that takes no key; `undefined` or blank: every request answers `500` until it is set. */
  subscriptionKey: string | false | undefined;
  /**
   * The signed-in person of this request (from the host's session cookie or token), or `null` when there is
   * none, which answers `401`. `PersonId` and `ContextId` always come from here. It must not read the body.
   */
  resolvePerson: (request: Request) => TwoFactorPerson | null | Promise<TwoFactorPerson | null>;
  /** The send path: served where a request's path ends with it, and called below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  sendPath?: string | undefined;
  /** The verify path; when set, the handler also serves the verify operation (`TwoFactorId`, `Code`) there. @default undefined (no verify) */
  verifyPath?: string | undefined;
  /** The `fetch` that calls the gateway. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds from a request's arrival to the handler's answer: reading the body (else `408`) and the gateway call, its body included (else `504`); below the browser adapter's 15000 so the browser sees the handler's answer. @default 10000 */
  timeoutMs?: number | undefined;
  /** Origins (`https://portal.example`) allowed to call; a request whose `Origin` header is missing or another is `403`. An entry `undefined` or blank: every request answers `500` until it is set. @default undefined (no check) */
  allowedOrigins?: readonly (string | undefined)[] | undefined;
  /** The host's own extra policy (per IP, per tenant, a global cap), run after `limits` and before the gateway; a refusal answers `429` with `Retry-After`. @default undefined (no extra limit) */
  limit?: TwoFactorLimiter | undefined;
  /** Called for the host's logs when the handler answers `5xx` (a missing option included), the gateway refuses the key, or a shared limiter's store fails (the handler then counts in memory and still answers 200 or 429); the error holds no key and no request headers. @default undefined (a missing option is written once to `console.error`) */
  onError?: ((error: TwoFactorError) => void) | undefined;
  /** The built-in per-person limits (`rate-limiter-flexible` limiters), run before `limit`; `false` turns one off. @default { send: 5 per 600 s, verify: 10 per 600 s } in this instance's memory */
  limits?: TwoFactorLimits | undefined;
  /** Keys the person hash of the limiters' keys and of events; the same on every instance that shares a store. Blank counts as not given. Required with your own limiters when `subscriptionKey` is `false`. @default derived from subscriptionKey, else a random secret of this process */
  personHashSecret?: string | undefined;
  /** Called once per request the handler answers, for an audit log; a throwing `onEvent` changes nothing. @default undefined */
  onEvent?: ((event: TwoFactorEvent) => void | Promise<void>) | undefined;
}
