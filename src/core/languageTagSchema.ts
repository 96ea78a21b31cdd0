import { refine, string } from 'zod/mini';

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
