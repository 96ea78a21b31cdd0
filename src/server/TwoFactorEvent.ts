import type { Medium } from '../core/contract/Medium.js';
import type { TwoFactorOperation } from './TwoFactorOperation.js';

/**
 * How a request the handler answered ended:
 *
 * - `sent` / `verified`: the gateway answered 2xx;
 * - `rejected`: the handler refused the request itself, before any limit (400, 401, 403, 404, 405, 408, 413, 415);
 * - `rate-limited`: the built-in limits or `limit` refused it (429);
 * - `refused`: the gateway answered 4xx (a validation failure, a wrong code, its own 429);
 * - `failed`: a 5xx, a timeout, an answer that could not be read.
 */
export type TwoFactorOutcome = 'sent' | 'verified' | 'rejected' | 'rate-limited' | 'refused' | 'failed';

/**
 * One record per request the handler answered, for the host's audit log (`onEvent`): who was sent a
 * code, when, and why one was refused. It holds no PersonId, no code, no key and no text the person typed.
 */
export interface TwoFactorEvent {
  /** `send` or `verify`; `null` for a path the handler does not serve (404). */
  operation: TwoFactorOperation | null;
  /** How it ended. */
  outcome: TwoFactorOutcome;
  /** The HTTP status the handler answered. */
  status: number;
  /**
   * The person's keyed hash, as the limiters' key: an HMAC-SHA-256 of `personId` and `contextId` keyed by the handler's
   * secret (64 hex digits), the same on every instance that shares the secret; `null` before the person is known (401, 403, …).
   */
  personHash: string | null;
  /** The medium a send asked for, when it was `sms` or `email`. */
  medium?: Medium | undefined;
  /** Milliseconds from the request's arrival to the handler's answer. */
  durationMs: number;
}
