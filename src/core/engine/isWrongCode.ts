import type { TwoFactorError } from '../TwoFactorError.js';

/** A code the server refused: a failure on `Code`, or a refusal that names nothing at all. Only that counts as an attempt. */
export function isWrongCode(error: TwoFactorError): boolean {
  return (
    error.kind === 'validation' &&
    // No status: refused before sending, by the request check.
    error.status !== undefined &&
    (error.fieldErrors.code !== undefined || (error.issues.length === 0 && error.formErrors.length === 0))
  );
}
