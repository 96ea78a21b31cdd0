/** Options of one verify through the engine. */
export interface TwoFactorEngineVerifyOptions {
  /** Wrong codes before a verify is refused with `locked`. */
  maxAttempts: number;
  /** Who asks (one per hook): the verify is aborted once every participant has left. @default none */
  participant?: object;
}
