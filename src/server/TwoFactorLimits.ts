import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * The handler's built-in limits, per person (`personId` + `contextId`), from `rate-limiter-flexible`:
 * any of its limiters (memory, Redis, Valkey, Postgres, …), shared by every instance of a deployment
 * when its store is. Each request consumes one point once it has a person and a valid body, before
 * the gateway is called, and never gets it back; a refusal answers `429` with `Retry-After`.
 *
 * @example
 * // Several instances: one Redis, an ioredis client that fails fast (enableOfflineQueue: false).
 * const limits = {
 *   send: new RateLimiterRedis({ storeClient: redis, keyPrefix: '2fa-send', points: 5, duration: 600 }),
 *   verify: new RateLimiterRedis({ storeClient: redis, keyPrefix: '2fa-verify', points: 10, duration: 600 }),
 * };
 */
export interface TwoFactorLimits {
  /** The send limiter; `false` turns it off (for a host whose API Management policy limits sends). @default a per-instance RateLimiterMemory: 5 per 600 s */
  send?: RateLimiterAbstract | false | undefined;
  /** The verify limiter; `false` turns it off. @default a per-instance RateLimiterMemory: 10 per 600 s */
  verify?: RateLimiterAbstract | false | undefined;
}
