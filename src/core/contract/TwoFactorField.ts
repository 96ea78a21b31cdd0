/** The request members a server validation failure can point at (`code` on the verify request). */
export const twoFactorFields = ['personId', 'language', 'contextId', 'twoFactorId', 'medium', 'code'] as const;

/** A request member, in the library's camelCase domain naming. */
export type TwoFactorField = (typeof twoFactorFields)[number];

const fieldByLowerCaseName = new Map<string, TwoFactorField>(twoFactorFields.map((field) => [field.toLowerCase(), field]));

/**
 * Maps a FluentValidation `PropertyName` to the field it belongs to.
 *
 * Accepts `Medium`, `medium`, `command.Medium`, `Command.MEDIUM` and `$.Medium`; anything
 * else (`Contact.Phone`, `Items[0]`, an empty name) is not a field the UI owns
 * and returns `undefined`, so its message becomes a form-level message.
 */
export function toTwoFactorField(propertyName: string): TwoFactorField | undefined {
  // `$.Medium` is System.Text.Json's path of a member ASP.NET could not bind.
  const name = propertyName.trim().toLowerCase().replace(/^\$\./, '');
  const unprefixed = name.startsWith('command.') ? name.slice('command.'.length) : name;
  return fieldByLowerCaseName.get(unprefixed);
}
