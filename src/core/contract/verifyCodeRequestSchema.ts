import { optional, strictObject } from 'zod/mini';
import { identifierSchema as identifier } from './identifierSchema.js';

/** Checks a `VerifyCodeRequest` before anything is sent. */
export const verifyCodeRequestSchema = strictObject({
  personId: identifier,
  contextId: optional(identifier),
  twoFactorId: optional(identifier),
  code: identifier,
});
