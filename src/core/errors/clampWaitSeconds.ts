/** The longest wait the library reports or enforces: 31 days, in seconds. */
export const maxWaitSeconds = 31 * 24 * 60 * 60;

/**
 * A wait in whole seconds between 0 and `maxWaitSeconds` (31 days), or
 * `undefined` for a value that is not a number. A header, a message, a
 * quota's replenish time or a cooldown read back from storage can say
 * anything; the UI must never say "Infinity s" or "1e+297 s".
 */
export function clampWaitSeconds(seconds: unknown): number | undefined {
  if (typeof seconds !== 'number' || Number.isNaN(seconds)) return undefined;
  return Math.min(maxWaitSeconds, Math.max(0, Math.ceil(seconds)));
}
