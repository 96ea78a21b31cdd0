/** Seconds after a sent code before another may be sent, when no option says otherwise. */
export const defaultCooldownSeconds = 30;

/** Options of one send through the engine. */
export interface TwoFactorEngineSendOptions {
  /** Seconds after a success (or a failure that may have sent a code) before another send. @default 30 */
  cooldownSeconds?: number | undefined;
  /** Who asks (one per hook): the send is aborted once every participant has left. Without one, the caller holds the send until it settles: `leave` never aborts a send it started or joined. @default none */
  participant?: object | undefined;
}

/**
 * The cooldown of `options`, its default filled in.
 *
 * @throws {TypeError} naming `owner` for a `cooldownSeconds` that is not 0 or more.
 */
export function cooldownSecondsOf(owner: string, { cooldownSeconds = defaultCooldownSeconds }: TwoFactorEngineSendOptions): number {
  if (!(Number.isFinite(cooldownSeconds) && cooldownSeconds >= 0)) {
    throw new TypeError(`${owner}: cooldownSeconds must be 0 or more; got ${String(cooldownSeconds)}.`);
  }
  return cooldownSeconds;
}
