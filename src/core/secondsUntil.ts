/** Whole seconds left until `until` (epoch ms), rounded up: 0 when it is past or undefined. */
export function secondsUntil(until: number | undefined, now: number = Date.now()): number {
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
