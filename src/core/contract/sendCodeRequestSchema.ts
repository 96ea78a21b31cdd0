import { enum as enumOf, optional, strictObject } from 'zod/mini';
import { identifierSchema as identifier } from './identifierSchema.js';
import { languageTagSchema } from './languageTagSchema.js';
import { mediums } from './Medium.js';

/** Checks a `SendCodeRequest` before anything is sent. */
export const sendCodeRequestSchema = strictObject({
  personId: identifier,
  language: optional(languageTagSchema),
  contextId: optional(identifier),
  twoFactorId: optional(identifier),
  medium: optional(enumOf(mediums)),
});
