import type { TwoFactorPerson } from './createTwoFactorHandler.js';
import type { TwoFactorOperation } from './TwoFactorEvent.js';

/** What the handler tells the host's `limit` about a request it is about to forward. */
export interface TwoFactorLimitInput {
  /** The signed-in person, from `resolvePerson`. */
  person: TwoFactorPerson;
  /** `send` or `verify`, so that verify attempts can be capped on the server too. */
  operation: TwoFactorOperation;
  /** The incoming request, e.g. for the client's address. Its body has been read. */
  request: Request;
}

/** The decision of `limit`: go ahead, or refuse with a `429` and `Retry-After`. */
export type TwoFactorLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The handler's `limit` option: the host's own extra policy as a function (per
 * address, per tenant, a global cap), run after `limits` (the
 * `rate-limiter-flexible` limiters) and before the gateway; it may be async.
 */
export type TwoFactorLimit = (input: TwoFactorLimitInput) => TwoFactorLimitDecision | Promise<TwoFactorLimitDecision>;
