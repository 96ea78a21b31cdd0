/** Options of one verify through the engine. */
export interface TwoFactorEngineVerifyOptions {
  /** Wrong codes before a verify is refused with `locked`. */
  maxAttempts: number;
  /** Who asks (one per hook): the verify is aborted once every participant has left. Without one, the caller holds the verify until it settles: `leave` never aborts a verify it started or joined. @default none */
  participant?: object | undefined;
}
