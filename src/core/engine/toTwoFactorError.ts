import { isTwoFactorError, TwoFactorError } from '../TwoFactorError.js';

/** Anything an adapter throws, as the one error type: what is not a `TwoFactorError` becomes `unknown`. */
export function toTwoFactorError(error: unknown): TwoFactorError {
  if (isTwoFactorError(error)) return error;
  return new TwoFactorError('unknown', { message: 'The adapter failed with an error that is not a TwoFactorError.', cause: error });
}
