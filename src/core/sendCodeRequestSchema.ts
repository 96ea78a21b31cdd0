import { enum as enumOf, minLength, optional, strictObject, string, trim } from 'zod/mini';
import { languageTagSchema } from './languageTagSchema.js';
import { mediums } from './Medium.js';

const identifier = string().check(trim(), minLength(1, 'Must not be empty.'));

/** Checks a `SendCodeRequest` before anything is sent. */
export const sendCodeRequestSchema = strictObject({
  personId: identifier,
  language: optional(languageTagSchema),
  contextId: optional(identifier),
  twoFactorId: optional(identifier),
  medium: optional(enumOf(mediums)),
});
