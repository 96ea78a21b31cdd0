/** The longest delay a timer can hold (2^31 - 1 ms); a longer one fires at once. */
export const maxTimeoutMs = 2_147_483_647;

/**
 * Throws a `TypeError` naming `owner` unless `timeoutMs` is undefined or a
 * positive, finite number of milliseconds no longer than a timer can wait.
 */
export function checkTimeoutMs(owner: string, timeoutMs: unknown): void {
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && (timeoutMs as number) > 0)) {
    throw new TypeError(`${owner}: timeoutMs must be a positive number of milliseconds; got ${String(timeoutMs)}.`);
  }
  if ((timeoutMs as number) > maxTimeoutMs) {
    throw new TypeError(
      `${owner}: timeoutMs must be at most ${maxTimeoutMs} (the timer limit, about 24.8 days); got ${String(timeoutMs)}.`,
    );
  }
}
