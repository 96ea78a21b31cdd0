import { en } from './en.js';
import type { TwoFactorMessages } from './TwoFactorMessages.js';

const accented: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};

// Accents catch hard-coded text; the ~40% padding catches layouts that break on long translations.
function pseudo(text: string): string {
  const body = text.replace(/[a-zA-Z]/g, (letter) => accented[letter] ?? letter);
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${body}${padding}⟧`;
}

const wrap =
  <Arguments extends unknown[]>(message: (...values: Arguments) => string) =>
  (...values: Arguments) =>
    pseudo(message(...values));

/** A pseudo-locale for testing: accented, 40% longer, bracketed English. */
export const pseudoLocale: TwoFactorMessages = {
  title: pseudo(en.title),
  mediumLabel: pseudo(en.mediumLabel),
  mediumNames: { sms: pseudo(en.mediumNames.sms), email: pseudo(en.mediumNames.email) },
  singleMedium: wrap(en.singleMedium),
  languageLabel: pseudo(en.languageLabel),
  send: pseudo(en.send),
  resend: pseudo(en.resend),
  sending: pseudo(en.sending),
  resendIn: wrap(en.resendIn),
  retryIn: wrap(en.retryIn),
  requestRejected: pseudo(en.requestRejected),
  sent: pseudo(en.sent),
  maybeSent: pseudo(en.maybeSent),
  sendInProgress: pseudo(en.sendInProgress),
  cooldownRefused: wrap(en.cooldownRefused),
  errorPrefix: pseudo(en.errorPrefix),
  cooldownOver: pseudo(en.cooldownOver),
  errorSummaryTitle: pseudo(en.errorSummaryTitle),
  notesTitle: pseudo(en.notesTitle),
  fieldRejected: pseudo(en.fieldRejected),
  codeTitle: pseudo(en.codeTitle),
  codeLabel: pseudo(en.codeLabel),
  codeInstructions: wrap(en.codeInstructions),
  verify: pseudo(en.verify),
  verifying: pseudo(en.verifying),
  verified: pseudo(en.verified),
  wrongCode: pseudo(en.wrongCode),
  attemptsLeft: wrap(en.attemptsLeft),
  locked: pseudo(en.locked),
  verifyErrorSummaryTitle: pseudo(en.verifyErrorSummaryTitle),
  useAnotherMethod: pseudo(en.useAnotherMethod),
  errors: {
    validation: pseudo(en.errors.validation),
    unauthorized: pseudo(en.errors.unauthorized),
    forbidden: pseudo(en.errors.forbidden),
    'rate-limited': wrap(en.errors['rate-limited']),
    timeout: pseudo(en.errors.timeout),
    network: pseudo(en.errors.network),
    server: pseudo(en.errors.server),
    external: pseudo(en.errors.external),
    'invalid-response': pseudo(en.errors['invalid-response']),
    locked: pseudo(en.errors.locked),
    unknown: pseudo(en.errors.unknown),
  },
};
