import { minLength, optional, strictObject, string, trim } from 'zod/mini';

const identifier = string().check(trim(), minLength(1, 'Must not be empty.'));

/** Checks a `VerifyCodeRequest` before anything is sent. */
export const verifyCodeRequestSchema = strictObject({
  personId: identifier,
  contextId: optional(identifier),
  twoFactorId: optional(identifier),
  code: identifier,
});
