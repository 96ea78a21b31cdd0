import { isTwoFactorError, type TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { resolveErrorTexts } from '../../i18n/resolveErrorTexts.js';
import type { TwoFactorMessages } from '../../i18n/TwoFactorMessages.js';

/**
 * The lines of an error summary, one sentence per failure: a friendly message for the error kind, then
 * the server's own texts (through `messages.serverErrors`), then failures on the identifiers (props, not
 * inputs the person can fix). Where the kind's message is the whole story (rate limited, unauthorized, a
 * server failure, locked) the server's boilerplate is left out; a refusal with reasons of its own shows
 * them instead of `requestRejected`. Empty for a cancelled call.
 */
export function summarizeError(
  error: unknown,
  messages: TwoFactorMessages,
  {
    validationMessage = messages.errors.validation,
    waitSeconds,
  }: {
    /** The line for a `validation` failure. @default messages.errors.validation */
    validationMessage?: string | undefined;
    /** The wait the send button enforces after a rate limit. @default the error's `retryAfterSeconds` */
    waitSeconds?: number | undefined;
  } = {},
): string[] {
  if (!error) return [];
  if (!isTwoFactorError(error)) return [messages.errors.unknown];
  // The server's texts, each through `messages.serverErrors` by its ErrorCode.
  const { fieldErrors, formErrors } = resolveErrorTexts(error, messages.serverError);
  const serverTexts = formErrors.filter((text) => text.trim() !== '');
  // Failures on the identifiers are not inputs the person can fix: they belong in the summary.
  const identifierErrors = [...(fieldErrors.personId ?? []), ...(fieldErrors.contextId ?? []), ...(fieldErrors.twoFactorId ?? [])];
  const lines = linesOfKind(error, messages, [...serverTexts, ...identifierErrors], validationMessage, waitSeconds);
  // Whatever the kind (a timeout, a 2xx that could not be read, a BFF's `"MaybeSent": true` on a 502 or 504), the
  // person is told the code may have gone out: the cooldown keeps a retry from sending another.
  return error.maybeSent && lines.length > 0 ? [lines[0] as string, messages.maybeSent, ...lines.slice(1)] : lines;
}

function linesOfKind(
  error: TwoFactorError,
  messages: TwoFactorMessages,
  specific: string[],
  validationMessage: string,
  waitSeconds: number | undefined,
): string[] {
  const kind = error.kind;
  switch (kind) {
    case 'aborted':
      return [];
    // The library's own sentence says it all: the gateway's boilerplate beside it would say it twice.
    case 'rate-limited':
      return [messages.errors['rate-limited']((waitSeconds ?? error.retryAfterSeconds) || undefined)];
    case 'unauthorized':
    case 'server':
    case 'locked':
      return [messages.errors[kind]];
    case 'validation':
      // "The request was refused." only when the server named no reason of its own.
      return validationMessage === messages.requestRejected && specific.length > 0 ? specific : [validationMessage, ...specific];
    case 'timeout':
    case 'invalid-response':
    case 'forbidden':
    case 'network':
    case 'external':
    case 'unknown':
      return [messages.errors[kind], ...specific];
    default:
      kind satisfies never;
      return [messages.errors.unknown];
  }
}
