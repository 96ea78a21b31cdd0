import { isTwoFactorError } from '../../core/TwoFactorError.js';
import type { TwoFactorMessages } from '../../locales/TwoFactorMessages.js';

/**
 * The lines of an error summary: a friendly message for the error kind, then
 * the server's own texts, then failures on the identifiers (props, not
 * inputs the person can fix). Empty for a cancelled call.
 */
export function summarizeError(
  error: unknown,
  messages: TwoFactorMessages,
  {
    validationMessage = messages.errors.validation,
    waitSeconds,
  }: {
    /** The line for a `validation` failure. @default messages.errors.validation */
    validationMessage?: string;
    /** The wait the send button enforces after a rate limit. @default the error's `retryAfterSeconds` */
    waitSeconds?: number;
  } = {},
): string[] {
  if (!error) return [];
  if (!isTwoFactorError(error)) return [messages.errors.unknown];
  const serverTexts = (error.formErrors ?? []).filter((text) => text.trim() !== '');
  // Failures on the identifiers are not inputs the person can fix: they belong in the summary.
  const identifierErrors = [
    ...(error.fieldErrors.personId ?? []),
    ...(error.fieldErrors.contextId ?? []),
    ...(error.fieldErrors.twoFactorId ?? []),
  ];
  const kind = error.kind;
  switch (kind) {
    case 'aborted':
      return [];
    case 'rate-limited':
      return [messages.errors['rate-limited'](waitSeconds ?? error.retryAfterSeconds), ...serverTexts, ...identifierErrors];
    case 'validation':
      return [validationMessage, ...serverTexts, ...identifierErrors];
    case 'timeout':
    case 'invalid-response':
      // The code may well have gone out: the person is told so, and the cooldown keeps a retry from sending another.
      return [messages.errors[kind], ...(error.maybeSent ? [messages.maybeSent] : []), ...serverTexts, ...identifierErrors];
    case 'unauthorized':
    case 'forbidden':
    case 'network':
    case 'server':
    case 'external':
    case 'locked':
    case 'unknown':
      return [messages.errors[kind], ...serverTexts, ...identifierErrors];
    default:
      kind satisfies never;
      return [messages.errors.unknown];
  }
}
