/** Options of one send through the engine. */
export interface TwoFactorEngineSendOptions {
  /** Seconds after a success (or a failure that may have sent a code) before another send. */
  cooldownSeconds: number;
  /** Who asks (one per hook): the send is aborted once every participant has left. @default none (never aborted by `leave`) */
  participant?: object;
}
