// RFC 5646 (4.4.1) asks every implementation to handle 35 characters; `Intl` takes private-use tags of any
// length (`en-x-` and kilobytes of subtags), which no gateway needs.
const maxTagLength = 64;

/**
 * Whether `value` is a BCP 47 language tag that `Intl` accepts, at most 64
 * characters: the check of `languageTagSchema`, without zod, for the server.
 */
export function isLanguageTag(value: string): boolean {
  if (value.length > maxTagLength) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
