import { en } from '../i18n/en.js';
import type { PluralText } from '../i18n/PluralText.js';
import type { TwoFactorCatalogue } from '../i18n/TwoFactorCatalogue.js';

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
// Placeholders (`{seconds}`) keep their names, so that they are still filled.
function pseudo(text: string): string {
  const body = text
    .split(/(\{[^{}]*\})/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (letter) => accented[letter] ?? letter)))
    .join('');
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${body}${padding}⟧`;
}

function pseudoText(text: string | PluralText): string | PluralText {
  if (typeof text === 'string') return pseudo(text);
  return Object.fromEntries(Object.entries(text).map(([category, form]) => [category, pseudo(form)])) as PluralText;
}

function map<Key extends string>(texts: Readonly<Record<Key, string>>): Record<Key, string> {
  return Object.fromEntries(Object.entries<string>(texts).map(([key, text]) => [key, pseudo(text)])) as Record<Key, string>;
}

function pseudoCatalogue(source: TwoFactorCatalogue): TwoFactorCatalogue {
  return {
    locale: 'en-XA',
    title: pseudo(source.title),
    mediumLabel: pseudo(source.mediumLabel),
    mediumNames: map(source.mediumNames),
    singleMedium: pseudo(source.singleMedium),
    languageLabel: pseudo(source.languageLabel),
    send: pseudo(source.send),
    resend: pseudo(source.resend),
    sending: pseudo(source.sending),
    resendIn: pseudoText(source.resendIn),
    retryIn: pseudoText(source.retryIn),
    requestRejected: pseudo(source.requestRejected),
    sent: pseudo(source.sent),
    maybeSent: pseudo(source.maybeSent),
    sendInProgress: pseudo(source.sendInProgress),
    cooldownRefused: pseudoText(source.cooldownRefused),
    errorPrefix: pseudo(source.errorPrefix),
    cooldownOver: pseudo(source.cooldownOver),
    errorSummaryTitle: pseudo(source.errorSummaryTitle),
    notesTitle: pseudo(source.notesTitle),
    fieldRejected: pseudo(source.fieldRejected),
    codeTitle: pseudo(source.codeTitle),
    codeLabel: pseudo(source.codeLabel),
    codeInstructions: pseudoText(source.codeInstructions),
    verify: pseudo(source.verify),
    verifying: pseudo(source.verifying),
    verified: pseudo(source.verified),
    wrongCode: pseudo(source.wrongCode),
    attemptsLeft: pseudoText(source.attemptsLeft),
    locked: pseudo(source.locked),
    lockedNewCodeIn: pseudoText(source.lockedNewCodeIn),
    verifyErrorSummaryTitle: pseudo(source.verifyErrorSummaryTitle),
    useAnotherMethod: pseudo(source.useAnotherMethod),
    errors: map(source.errors),
    rateLimitedRetryIn: pseudoText(source.rateLimitedRetryIn),
    ...(source.serverErrors && { serverErrors: map(source.serverErrors) }),
  };
}

/** A pseudo-locale for testing (`en-XA`): accented, 40% longer, bracketed English, placeholders kept. */
export const pseudoLocale: TwoFactorCatalogue = /* @__PURE__ */ pseudoCatalogue(en);
