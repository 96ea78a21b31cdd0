import type { TwoFactorField } from '../core/contract/TwoFactorField.js';
import type { ValidationIssue } from '../core/contract/ValidationIssue.js';
import type { TwoFactorError } from '../core/errors/TwoFactorError.js';

/** A failure's texts, as `TwoFactorError` groups them, each server failure through the host's texts. */
export interface ErrorTexts {
  /** Blocking texts per field, in the server's order. */
  fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking texts not tied to a field the UI owns, then the server's other messages (`ErrorMessages`, `ExternalError`). */
  formErrors: string[];
}

/**
 * `error.fieldErrors` and `error.formErrors` with each Severity-0 failure's
 * text from `text` (e.g. `texts.serverError`, which applies
 * the catalogue's `serverErrors` by `ErrorCode`) instead of the server's message.
 * Texts that are no validation failure (`ErrorMessages`, `ExternalError`)
 * stay as the server wrote them.
 */
export function resolveErrorTexts(error: TwoFactorError, text: (issue: ValidationIssue) => string): ErrorTexts {
  const fieldErrors: Partial<Record<TwoFactorField, string[]>> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.severity !== 'error') continue;
    if (issue.field === undefined) formErrors.push(text(issue));
    else fieldErrors[issue.field] = [...(fieldErrors[issue.field] ?? []), text(issue)];
  }
  // TwoFactorError lists the field-less failures first, then the texts it was given.
  return { fieldErrors, formErrors: [...formErrors, ...error.formErrors.slice(formErrors.length)] };
}
