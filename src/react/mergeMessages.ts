import { en } from '../locales/en.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../locales/TwoFactorMessages.js';

/** English with the host's override on top, nested names and errors included. */
export function mergeMessages(override: TwoFactorMessagesOverride | undefined): TwoFactorMessages {
  if (!override) return en;
  return {
    ...en,
    ...override,
    mediumNames: { ...en.mediumNames, ...override.mediumNames },
    errors: { ...en.errors, ...override.errors },
  };
}
