import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createInsuredLimit, type InsuredLimit } from './createInsuredLimit.js';
import { createMemoryLimiter } from './createMemoryLimiter.js';
import type { TwoFactorOperation } from './TwoFactorEvent.js';
import type { TwoFactorLimitDecision } from './TwoFactorLimit.js';
import type { TwoFactorLimits } from './TwoFactorLimits.js';

/** The defaults, per person and per instance: Twilio Verify's 5 sends and Auth0-like attempt caps in 10 minutes. */
export const defaultLimits: Record<TwoFactorOperation, { points: number; duration: number }> = {
  send: { points: 5, duration: 600 },
  verify: { points: 10, duration: 600 },
};

/** The built-in limits of a handler: whether an operation is limited, and its decision for a person. */
export interface BuiltInLimits {
  has(operation: TwoFactorOperation): boolean;
  consume(operation: TwoFactorOperation, personHash: string): Promise<TwoFactorLimitDecision>;
}

/**
 * The handler's limits from its `limits` option: a member that is absent is the default memory
 * limiter, `false` is none, a host's limiter is run with a deadline and a memory insurance
 * (`createInsuredLimit`). `onFailure` hears of a limiter's failure once per streak.
 */
export function createBuiltInLimits(
  limits: TwoFactorLimits | undefined,
  onFailure: (operation: TwoFactorOperation, error: unknown) => void,
): BuiltInLimits {
  const byOperation = {} as Record<TwoFactorOperation, InsuredLimit | undefined>;
  for (const operation of ['send', 'verify'] as const) {
    const given: RateLimiterAbstract | false | undefined = limits?.[operation];
    const { points, duration } = defaultLimits[operation];
    const limiter = given ?? createMemoryLimiter(points, duration);
    byOperation[operation] =
      limiter === false
        ? undefined
        : // The default counts in memory already: only a host's limiter, which may have a store that fails, is insured.
          createInsuredLimit(limiter, { insure: given !== undefined, onFailure: (error) => onFailure(operation, error) });
  }
  return {
    has: (operation) => byOperation[operation] !== undefined,
    // The operation in the key: one limiter (or one keyPrefix) given for both must not let verifies spend sends.
    consume: async (operation, personHash) => (await byOperation[operation]?.(`${operation}:${personHash}`)) ?? { ok: true },
  };
}
