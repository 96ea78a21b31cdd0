import type { TwoFactorPersonSnapshot } from './TwoFactorPersonSnapshot.js';

/** The snapshot of a person with nothing in flight, no cooldown and no wrong code; also what a server render shows. */
export const idleSnapshot: TwoFactorPersonSnapshot = Object.freeze({
  sending: undefined,
  verifying: false,
  cooldownUntil: undefined,
  failedAttempts: 0,
});
