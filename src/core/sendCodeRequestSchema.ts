import { enum as enumOf, minLength, optional, refine, strictObject, string, trim } from 'zod/mini';
import { mediums } from './Medium.js';

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag that `Intl` accepts, e.g. `en`, `fr-BE`, `zh-Hant-TW`. */
export const languageTagSchema = string().check(
  refine<string>(isLanguageTag, { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag.` }),
);

const identifier = string().check(trim(), minLength(1, 'Must not be empty.'));

/** Checks a `SendCodeRequest` before anything is sent. */
export const sendCodeRequestSchema = strictObject({
  personId: identifier,
  language: optional(languageTagSchema),
  contextId: optional(identifier),
  twoFactorId: optional(identifier),
  medium: optional(enumOf(mediums)),
});
