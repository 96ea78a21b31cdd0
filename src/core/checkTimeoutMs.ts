/**
 * Throws a `TypeError` naming `owner` unless `timeoutMs` is undefined or a
 * positive, finite number of milliseconds.
 */
export function checkTimeoutMs(owner: string, timeoutMs: unknown): void {
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && (timeoutMs as number) > 0)) {
    throw new TypeError(`${owner}: timeoutMs must be a positive number of milliseconds; got ${String(timeoutMs)}.`);
  }
}
