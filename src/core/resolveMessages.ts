import { en } from '../locales/en.js';
import type { PluralText } from '../locales/PluralText.js';
import type { ServerErrorFunction } from '../locales/ServerErrorFunction.js';
import type { TwoFactorCatalogue } from '../locales/TwoFactorCatalogue.js';
import type { TwoFactorMessageErrorKind } from '../locales/TwoFactorMessageErrorKind.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../locales/TwoFactorMessages.js';
import { formatMessage, type MessageValues } from './formatMessage.js';
import type { Medium } from './Medium.js';
import { reportDeveloperError } from './reportDeveloperError.js';
import { resolveServerError } from './resolveServerError.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function isPluralText(value: unknown): value is PluralText {
  return (
    isRecord(value) &&
    typeof value.other === 'string' &&
    Object.entries(value).every(([category, text]) => pluralCategories.has(category) && typeof text === 'string')
  );
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object that is no plural text' : `a ${typeof value}`;
}

/** A text as the resolved messages call it: a positional argument in, the text out. */
type Render = (argument?: unknown) => string;

/**
 * One text: the host's when it is of a right type, else English, reported
 * once. A function is called on each render (it may read its own state), and
 * one that throws or returns no text shows English too.
 */
function compile(path: string, given: unknown, english: string | PluralText, locale: string, name?: string): Render {
  const valuesOf = (argument: unknown): MessageValues =>
    name !== undefined && (typeof argument === 'number' || typeof argument === 'string') ? { [name]: argument } : {};
  const inEnglish: Render = (argument) => formatMessage(english, 'en', valuesOf(argument));
  if (given === undefined) return inEnglish;
  if (typeof given === 'string' || (name !== undefined && isPluralText(given))) {
    return (argument) => formatMessage(given, locale, valuesOf(argument));
  }
  if (typeof given === 'function') {
    return (argument) => {
      try {
        const text: unknown = given(argument);
        if (typeof text === 'string') return text;
        reportDeveloperError(`messages.${path} returned ${typeName(text)}, not text; English is shown.`);
      } catch (error) {
        reportDeveloperError(`messages.${path} threw (${String(error)}); English is shown.`);
      }
      return inEnglish(argument);
    };
  }
  const expected = name === undefined ? 'text or a function' : 'text, a plural text ({ one, other, … }) or a function';
  reportDeveloperError(`messages.${path} must be ${expected}; got ${typeName(given)}. English is shown.`);
  return inEnglish;
}

function groupOf(path: string, given: unknown): Record<string, unknown> {
  if (given === undefined) return {};
  if (isRecord(given)) return given;
  reportDeveloperError(`messages${path && `.${path}`} must be an object; got ${typeName(given)}. English is shown.`);
  return {};
}

function localeOf(given: unknown): string {
  if (given === undefined) return en.locale;
  try {
    if (typeof given === 'string') return Intl.getCanonicalLocales(given.trim())[0] ?? en.locale;
  } catch {
    // Reported below, with the other wrong types.
  }
  reportDeveloperError(
    `messages.locale must be a BCP 47 language tag such as "fr"; got ${JSON.stringify(given) ?? typeName(given)}. "en" is used.`,
  );
  return en.locale;
}

type PlainKey = Exclude<
  { [Key in keyof TwoFactorMessages]: TwoFactorMessages[Key] extends string ? Key : never }[keyof TwoFactorMessages],
  'locale'
>;

const plainKeys = Object.keys({
  title: true,
  mediumLabel: true,
  languageLabel: true,
  send: true,
  resend: true,
  sending: true,
  requestRejected: true,
  sent: true,
  errorSummaryTitle: true,
  notesTitle: true,
  fieldRejected: true,
  codeTitle: true,
  codeLabel: true,
  verify: true,
  verifying: true,
  verified: true,
  wrongCode: true,
  locked: true,
  verifyErrorSummaryTitle: true,
  useAnotherMethod: true,
} satisfies Record<PlainKey, true>) as PlainKey[];

/**
 * The messages to show for a host's `messages`: a shipped catalogue, a part
 * of one, or nothing (English). Every text missing or of a wrong type is
 * English; a wrong type is reported once with `console.error`, naming the
 * key, and never throws, so that a typo cannot break a login after a code
 * was sent.
 *
 * @example resolveMessages(fr).resendIn(12) // 'Renvoyer dans 12 s'
 */
export function resolveMessages(override?: TwoFactorMessagesOverride | TwoFactorCatalogue): TwoFactorMessages {
  const given: Record<string, unknown> = override === undefined ? {} : groupOf('', override);
  const locale = localeOf(given.locale);
  const text = (key: PlainKey) => compile(key, given[key], en[key], locale)();
  const counting = (key: keyof TwoFactorCatalogue & keyof TwoFactorMessagesOverride, name: string) =>
    compile(key, given[key], en[key] as string | PluralText, locale, name);

  const mediumNames = groupOf('mediumNames', given.mediumNames);
  const errors = groupOf('errors', given.errors);
  const errorText = (kind: Exclude<TwoFactorMessageErrorKind, 'rate-limited'>) =>
    compile(`errors.${kind}`, errors[kind], en.errors[kind], locale)();

  const serverErrors: Record<string, string | ServerErrorFunction> = {
    ...(groupOf('serverErrors', given.serverErrors) as Record<string, string | ServerErrorFunction>),
  };

  const singleMedium = counting('singleMedium', 'medium');
  const resendIn = counting('resendIn', 'seconds');
  const retryIn = counting('retryIn', 'seconds');
  const codeInstructions = counting('codeInstructions', 'length');
  const attemptsLeft = counting('attemptsLeft', 'attempts');
  const rateLimitedRetryIn = counting('rateLimitedRetryIn', 'seconds');
  // A host's `rate-limited` function gets the seconds or `undefined`, as before there were two texts.
  const rateLimited =
    typeof errors['rate-limited'] === 'function'
      ? compile('errors.rate-limited', errors['rate-limited'], en.errors['rate-limited'], locale, 'seconds')
      : undefined;
  const rateLimitedUnknown = compile('errors.rate-limited', errors['rate-limited'], en.errors['rate-limited'], locale);

  return {
    locale,
    ...(Object.fromEntries(plainKeys.map((key) => [key, text(key)])) as Record<PlainKey, string>),
    mediumNames: {
      sms: compile('mediumNames.sms', mediumNames.sms, en.mediumNames.sms, locale)(),
      email: compile('mediumNames.email', mediumNames.email, en.mediumNames.email, locale)(),
    } satisfies Record<Medium, string>,
    singleMedium: (mediumName) => singleMedium(mediumName),
    resendIn: (seconds) => resendIn(seconds),
    retryIn: (seconds) => retryIn(seconds),
    codeInstructions: (length) => codeInstructions(length),
    attemptsLeft: (attempts) => attemptsLeft(attempts),
    errors: {
      validation: errorText('validation'),
      unauthorized: errorText('unauthorized'),
      forbidden: errorText('forbidden'),
      timeout: errorText('timeout'),
      network: errorText('network'),
      server: errorText('server'),
      external: errorText('external'),
      'invalid-response': errorText('invalid-response'),
      locked: errorText('locked'),
      unknown: errorText('unknown'),
      'rate-limited': (seconds) => {
        if (rateLimited) return rateLimited(seconds);
        return seconds === undefined ? rateLimitedUnknown() : rateLimitedRetryIn(seconds);
      },
    },
    serverError: (issue) => resolveServerError(issue, serverErrors, locale),
  };
}
