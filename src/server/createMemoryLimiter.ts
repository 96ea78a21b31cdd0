import type { RateLimiterAbstract } from 'rate-limiter-flexible';
// The limiter's own module, not the package's main entry, which loads every store and node:cluster:
// the handler stays small and runs wherever the Fetch API runs. The package types its main entry only.
// @ts-expect-error -- no declaration for the module path; typed through RateLimiterMemory below.
import RateLimiterMemoryModule from 'rate-limiter-flexible/lib/RateLimiterMemory.js';

const RateLimiterMemory = RateLimiterMemoryModule as typeof import('rate-limiter-flexible').RateLimiterMemory;

/** A per-instance `RateLimiterMemory`: `points` per `duration` seconds for each key. */
export function createMemoryLimiter(points: number, duration: number): RateLimiterAbstract {
  return new RateLimiterMemory({ points, duration });
}
