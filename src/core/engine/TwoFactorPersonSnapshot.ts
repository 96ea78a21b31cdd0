import type { SendChoice } from './SendChoice.js';

/** What the engine holds for one person, as precomputed values: reading it reads no clock. */
export interface TwoFactorPersonSnapshot {
  /** What the send in flight asks for; `undefined` when none is in flight. */
  readonly sending: SendChoice | undefined;
  /** Whether a verify is in flight. */
  readonly verifying: boolean;
  /** Epoch milliseconds when another code may be sent; `undefined` when no cooldown runs. */
  readonly cooldownUntil: number | undefined;
  /** Wrong codes since the last code was sent. */
  readonly failedAttempts: number;
}
