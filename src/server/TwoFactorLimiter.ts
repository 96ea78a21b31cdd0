import type { TwoFactorOperation } from './TwoFactorOperation.js';
import type { TwoFactorPerson } from './TwoFactorPerson.js';

/** What the handler tells the host's limiter about a request it is about to forward. */
export interface TwoFactorLimitInput {
  /** The signed-in person, from `resolvePerson`. */
  person: TwoFactorPerson;
  /** `send` or `verify`, so that verify attempts can be capped on the server too. */
  operation: TwoFactorOperation;
  /** The incoming request, e.g. for the client's address. Its body has been read. */
  request: Request;
}

/** The limiter's decision: go ahead, or refuse with a `429` and `Retry-After`. */
export type TwoFactorLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The host's own limiter, e.g. one backed by Redis so that it holds across
 * instances. It runs before the gateway is called; it may be async.
 */
export type TwoFactorLimiter = (input: TwoFactorLimitInput) => TwoFactorLimitDecision | Promise<TwoFactorLimitDecision>;
