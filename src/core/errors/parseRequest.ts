import type { ZodMiniType } from 'zod/mini';
import { toTwoFactorField } from '../contract/TwoFactorField.js';
import { TwoFactorError } from './TwoFactorError.js';

/**
 * Checks a request before it is sent, so that a bad value never costs an
 * SMS or an attempt. Identifiers come back trimmed.
 *
 * @throws {TwoFactorError} of kind `validation`, with the failures on their fields.
 */
export function parseRequest<Request>(schema: ZodMiniType<Request>, request: Request, name: string): Request {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  throw new TwoFactorError('validation', {
    message: `The request was not sent: it is not a valid ${name}.`,
    issues: parsed.error.issues.map((issue) => {
      const propertyName = issue.path.map(String).join('.');
      const field = toTwoFactorField(propertyName);
      return { ...(field && { field }), propertyName, message: issue.message, severity: 'error' as const };
    }),
    cause: parsed.error,
  });
}
