const languageRange = /^(?:\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)(?:\s*;\s*q\s*=\s*(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?))?$/;

/**
 * Whether an `Accept-Language` value is a well-formed list of language
 * ranges with optional weights (`fr-BE, fr;q=0.9, en;q=0.5`), short enough
 * to forward: anything else is not sent on to the gateway.
 */
export function isLanguageList(value: string): boolean {
  if (value.length > 256) return false;
  const ranges = value.split(',').map((range) => range.trim());
  return ranges.length <= 32 && ranges.every((range) => languageRange.test(range));
}
