/**
 * Checks the `limits` option: absent, or an object whose `send` and `verify` are each absent,
 * `false`, or a `rate-limiter-flexible` limiter (recognised by its shape: `consume`, `points`, `duration`).
 *
 * @throws {TypeError} naming the member.
 */
export function checkLimits(owner: string, limits: unknown): void {
  if (limits === undefined) return;
  if (typeof limits !== 'object' || limits === null) {
    throw new TypeError(`${owner}: limits must be an object { send?, verify? } of rate-limiter-flexible limiters or false.`);
  }
  for (const operation of ['send', 'verify'] as const) {
    const limiter: unknown = (limits as Record<string, unknown>)[operation];
    if (limiter === undefined || limiter === false) continue;
    const { consume, points, duration } = (typeof limiter === 'object' && limiter !== null ? limiter : {}) as Record<string, unknown>;
    if (typeof consume !== 'function' || !Number.isFinite(points) || !Number.isFinite(duration)) {
      throw new TypeError(
        `${owner}: limits.${operation} must be a rate-limiter-flexible limiter (e.g. new RateLimiterRedis({ storeClient, points: 5, duration: 600 })) or false.`,
      );
    }
  }
}
