import { en } from '../../locales/en.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../../locales/TwoFactorMessages.js';

// `{ title: props.title }` with an unset prop must keep English, not blank the text.
function defined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** English with the host's override on top, nested names and errors included; an `undefined` text keeps English. */
export function mergeMessages(override: TwoFactorMessagesOverride | undefined): TwoFactorMessages {
  if (!override) return en;
  return {
    ...en,
    ...defined(override),
    mediumNames: { ...en.mediumNames, ...defined(override.mediumNames) },
    errors: { ...en.errors, ...defined(override.errors) },
  };
}
