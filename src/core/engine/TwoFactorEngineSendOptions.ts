/** Options of one send through the engine. */
export interface TwoFactorEngineSendOptions {
  /** Seconds after a success (or a failure that may have sent a code) before another send. */
  cooldownSeconds: number;
  /** Who asks (one per hook): the send is aborted once every participant has left. Without one, the caller holds the send until it settles: `leave` never aborts a send it started or joined. @default none */
  participant?: object | undefined;
}
