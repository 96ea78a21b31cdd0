import { refine, string } from 'zod/mini';
import { isLanguageTag } from './isLanguageTag.js';

/** A BCP 47 language tag that `Intl` accepts, at most 64 characters, e.g. `en`, `fr-BE`, `zh-Hant-TW`. */
export const languageTagSchema = string().check(
  refine<string>(isLanguageTag, { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag.` }),
);
