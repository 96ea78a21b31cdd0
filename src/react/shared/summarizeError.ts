import { isTwoFactorError, type TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { resolveErrorTexts } from '../../i18n/resolveErrorTexts.js';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';

/**
 * The lines of an error summary, one sentence per failure: a friendly message for the error kind, then
 * the server's own texts (through `messages.serverErrors`), then failures on the identifiers (props, not
 * inputs the person can fix). Where the kind's message is the whole story (rate limited, unauthorized, a
 * server failure, locked) the server's boilerplate is left out; a refusal with reasons of its own shows
 * them instead of `requestRejected`. Empty for a cancelled call.
 */
export function summarizeError(
  error: unknown,
  texts: TwoFactorTexts,
  {
    validationMessage = texts.errors.validation,
    cooldownSeconds,
  }: {
    /** The line for a `validation` failure. @default texts.errors.validation */
    validationMessage?: string | undefined;
    /** The cooldown the send button enforces after a rate limit. @default the error's `retryAfterSeconds` */
    cooldownSeconds?: number | undefined;
  } = {},
): string[] {
  if (!error) return [];
  if (!isTwoFactorError(error)) return [texts.errors.unknown];
  // The server's texts, each through `messages.serverErrors` by its ErrorCode.
  const { fieldErrors, formErrors } = resolveErrorTexts(error, texts.serverError);
  const serverTexts = formErrors.filter((text) => text.trim() !== '');
  // Failures on the identifiers are not inputs the person can fix: they belong in the summary.
  const identifierErrors = [...(fieldErrors.personId ?? []), ...(fieldErrors.contextId ?? []), ...(fieldErrors.twoFactorId ?? [])];
  const lines = linesOfKind(error, texts, [...serverTexts, ...identifierErrors], validationMessage, cooldownSeconds);
  // Whatever the kind (a timeout, a 2xx that could not be read, a BFF's `"MaybeSent": true` on a 502 or 504), the
  // person is told the code may have gone out: the cooldown keeps a retry from sending another.
  return error.maybeSent && lines.length > 0 ? [lines[0] as string, texts.maybeSent, ...lines.slice(1)] : lines;
}

function linesOfKind(
  error: TwoFactorError,
  texts: TwoFactorTexts,
  specific: string[],
  validationMessage: string,
  cooldownSeconds: number | undefined,
): string[] {
  const kind = error.kind;
  switch (kind) {
    case 'aborted':
      return [];
    // The library's own sentence says it all: the gateway's boilerplate beside it would say it twice.
    case 'rate-limited':
      return [texts.errors['rate-limited']((cooldownSeconds ?? error.retryAfterSeconds) || undefined)];
    case 'unauthorized':
    case 'server':
    case 'locked':
      return [texts.errors[kind]];
    case 'validation':
      // "The request was refused." only when the server named no reason of its own.
      return validationMessage === texts.requestRejected && specific.length > 0 ? specific : [validationMessage, ...specific];
    case 'timeout':
    case 'invalid-response':
    case 'forbidden':
    case 'network':
    case 'external':
    case 'unknown':
      return [texts.errors[kind], ...specific];
    default:
      kind satisfies never;
      return [texts.errors.unknown];
  }
}
