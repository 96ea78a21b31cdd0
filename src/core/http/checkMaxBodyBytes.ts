/**
 * Throws a `TypeError` naming `owner` unless `maxBodyBytes` is undefined or
 * a positive whole number of bytes.
 */
export function checkMaxBodyBytes(owner: string, maxBodyBytes: unknown): void {
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && (maxBodyBytes as number) > 0)) {
    throw new TypeError(`${owner}: maxBodyBytes must be a positive whole number of bytes; got ${String(maxBodyBytes)}.`);
  }
}
