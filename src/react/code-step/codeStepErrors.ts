import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { resolveErrorTexts } from '../../i18n/resolveErrorTexts.js';
import type { TwoFactorMessages } from '../../i18n/TwoFactorMessages.js';
import { summarizeError } from '../shared/summarizeError.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';

type CodeStepErrors = { fieldErrors: Partial<Record<'code', string[]>>; errorSummary: readonly string[] };

// The messages of a refused code: the server's texts at `Code`, each through `messages.serverErrors` by its
// ErrorCode, else the wrong-code text for a refusal that names nothing at all.
function wrongCodeMessages(error: TwoFactorError | null, messages: TwoFactorMessages): string[] {
  const server = (error && resolveErrorTexts(error, messages.serverError).fieldErrors.code) ?? [];
  if (server.length > 0) return server.map((message) => (message.trim() === '' ? messages.wrongCode : message));
  if (error?.kind === 'validation' && error.issues.length === 0 && error.formErrors.length === 0) return [messages.wrongCode];
  return [];
}

/**
 * The code step's errors: a refused code at the input, with the attempts left; anything else (an
 * expired code, a network failure) in the summary; the lock message once locked, with the seconds
 * before a new code can be requested while the person's cooldown (`waitLeft`) runs.
 */
export function codeStepErrors(
  { status, error, attemptsLeft }: Pick<UseVerifyTwoFactorCodeResult, 'status' | 'error' | 'attemptsLeft'>,
  messages: TwoFactorMessages,
  waitLeft = 0,
): CodeStepErrors {
  const code = status === 'error' ? wrongCodeMessages(error, messages) : [];
  const refused = code.length > 0;
  return {
    fieldErrors: refused ? { code: [...code, messages.attemptsLeft(attemptsLeft)] } : {},
    errorSummary:
      status === 'locked'
        ? [waitLeft > 0 ? messages.lockedNewCodeIn(waitLeft) : messages.locked]
        : status === 'error' && !refused
          ? summarizeError(error, messages, { validationMessage: messages.requestRejected })
          : [],
  };
}
