import { z } from 'zod/mini';
import { mediums } from './Medium.js';

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag that `Intl` accepts, e.g. `en`, `fr-BE`, `zh-Hant-TW`. */
export const languageTagSchema = z
  .string()
  .check(z.refine(isLanguageTag, { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag.` }));

const identifier = z.string().check(z.trim(), z.minLength(1, 'Must not be empty.'));

/** Checks a `SendCodeRequest` before anything is sent. */
export const sendCodeRequestSchema = z.strictObject({
  personId: identifier,
  language: z.optional(languageTagSchema),
  contextId: z.optional(identifier),
  twoFactorId: z.optional(identifier),
  medium: z.optional(z.enum(mediums)),
});
