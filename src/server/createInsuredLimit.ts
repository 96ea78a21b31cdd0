import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createMemoryLimiter } from './createMemoryLimiter.js';
import type { TwoFactorLimitDecision } from './TwoFactorLimit.js';

/** One limiter's decision for a person's key; it consumes one point and never gives it back. */
export type InsuredLimit = (key: string) => Promise<TwoFactorLimitDecision>;

/** The longest a limiter call may take before the handler counts in memory instead. */
export const limiterDeadlineMs = 1000;

// A refusal is recognised by its shape, not by `instanceof RateLimiterRes`: the host's limiter may come
// from another copy of the package.
function retryAfterOf(rejection: unknown): number | undefined {
  if (typeof rejection !== 'object' || rejection === null || rejection instanceof Error) return undefined;
  const { msBeforeNext } = rejection as { msBeforeNext?: unknown };
  return typeof msBeforeNext === 'number' && Number.isFinite(msBeforeNext) ? Math.max(0, msBeforeNext) / 1000 : undefined;
}

type Consumed = { ok: true; decision: TwoFactorLimitDecision } | { ok: false; error: unknown };

async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Consumed>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: new Error(`The limiter did not answer within ${limiterDeadlineMs} ms.`) }),
      limiterDeadlineMs,
    );
  });
  const call = (async (): Promise<Consumed> => {
    try {
      await limiter.consume(key, 1);
      return { ok: true, decision: { ok: true } };
    } catch (rejection) {
      const retryAfterSeconds = retryAfterOf(rejection);
      return retryAfterSeconds === undefined ? { ok: false, error: rejection } : { ok: true, decision: { ok: false, retryAfterSeconds } };
    }
  })();
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a limiter with a deadline and, with `insure`, an insurance: a memory limiter of this instance
 * with the same points and duration that counts every request beside it. When the limiter fails (its
 * store is down or slow: an `Error` or no answer rather than a refusal), the memory's decision is
 * used, so that a failing store never lets requests through unlimited nor answers `500`, and an
 * instance never lets a person through more often than the limit allows in all. `onFailure` hears of
 * the first failure of each streak; the limiter is asked again on every request, and its first answer
 * ends the streak.
 *
 * `rate-limiter-flexible`'s own `insuranceLimiter` does the same inside the limiter when the host sets
 * one (the handler then never sees the failure); this one also counts before the store fails, reports
 * the failure, and works for a limiter from another copy of the package.
 */
export function createInsuredLimit(
  limiter: RateLimiterAbstract,
  { insure, onFailure }: { insure: boolean; onFailure: (error: unknown) => void },
): InsuredLimit {
  const insurance = insure ? createMemoryLimiter(limiter.points, limiter.duration) : undefined;
  let failing = false;
  return async (key) => {
    const [consumed, insured] = await Promise.all([consume(limiter, key), insurance && consume(insurance, key)]);
    if (consumed.ok) {
      failing = false;
      return consumed.decision;
    }
    if (!failing) {
      failing = true;
      onFailure(consumed.error);
    }
    // A memory limiter does not fail; were it to, or were there none, the person is held rather than let through.
    return insured?.ok ? insured.decision : { ok: false, retryAfterSeconds: limiter.duration };
  };
}
