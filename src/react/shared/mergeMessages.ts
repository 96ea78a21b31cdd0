import { resolveMessages } from '../../core/resolveMessages.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../../locales/TwoFactorMessages.js';

/** English with the host's override on top, nested names and errors included; an `undefined` text keeps English. */
export function mergeMessages(override: TwoFactorMessagesOverride | undefined): TwoFactorMessages {
  return resolveMessages(override);
}
