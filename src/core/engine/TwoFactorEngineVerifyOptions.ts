/** Wrong codes before a verify is refused with `locked`, when no option says otherwise. */
export const defaultMaxAttempts = 5;

/** Options of one verify through the engine. */
export interface TwoFactorEngineVerifyOptions {
  /** Wrong codes before a verify is refused with `locked`. @default 5 */
  maxAttempts?: number | undefined;
  /** Who asks (one per hook): the verify is aborted once every participant has left. Without one, the caller holds the verify until it settles: `leave` never aborts a verify it started or joined. @default none */
  participant?: object | undefined;
}

/**
 * The wrong-code limit of `options`, its default filled in.
 *
 * @throws {TypeError} naming `owner` for a `maxAttempts` that is not a positive whole number.
 */
export function maxAttemptsOf(owner: string, { maxAttempts = defaultMaxAttempts }: TwoFactorEngineVerifyOptions): number {
  if (!(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    throw new TypeError(`${owner}: maxAttempts must be a positive whole number; got ${String(maxAttempts)}.`);
  }
  return maxAttempts;
}
