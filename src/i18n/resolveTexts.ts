import { reportDeveloperError } from '../core/errors/reportDeveloperError.js';
import { en } from './en.js';
import { formatMessage, type MessageValues } from './formatMessage.js';
import type { PluralText } from './PluralText.js';
import type { ServerErrorFunction } from './resolveServerError.js';
import { resolveServerError } from './resolveServerError.js';
import type { TwoFactorMessagesOverride, TwoFactorTexts } from './TwoFactorTexts.js';

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

/** A text as the resolved texts call it: a positional argument in, the text out. */
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
        reportDeveloperError(`messages.${path} threw (${error instanceof Error ? error.message : typeName(error)}); English is shown.`);
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

// The texts that count, with the name of their value (`{seconds}`); the resolved texts call them with it.
const countingTexts: Record<string, string> = {
  singleMedium: 'medium',
  resendIn: 'seconds',
  retryIn: 'seconds',
  cooldownRefused: 'seconds',
  lockedNewCodeIn: 'seconds',
  codeInstructions: 'length',
  attemptsLeft: 'attempts',
};

// English's keys drive the walk, so that a key the host misspells or adds is never read.
function resolveGroup(path: string, english: object, given: Record<string, unknown>, locale: string): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(english)) {
    const name = countingTexts[key];
    if (name !== undefined) resolved[key] = compile(path + key, given[key], text, locale, name);
    else if (typeof text === 'string') resolved[key] = compile(path + key, given[key], text, locale)();
    else resolved[key] = resolveGroup(`${path + key}.`, text, groupOf(path + key, given[key]), locale);
  }
  return resolved;
}

/**
 * The texts to show for a host's `messages`: a shipped catalogue, a part
 * of one, or nothing (English). Every text missing or of a wrong type is
 * English; a wrong type is reported once with `console.error`, naming the
 * key, and never throws, so that a typo cannot break a login after a code
 * was sent.
 *
 * @example resolveTexts(fr).resendIn(12) // 'Renvoyer dans 12 s'
 */
export function resolveTexts(override?: TwoFactorMessagesOverride): TwoFactorTexts {
  const given = groupOf('', override);
  const locale = localeOf(given.locale);
  const { locale: _locale, rateLimitedRetryIn, serverErrors: _serverErrors, ...english } = en;
  const texts = resolveGroup('', english, given, locale) as Omit<TwoFactorTexts, 'locale' | 'serverError'>;
  const retryIn = compile('rateLimitedRetryIn', given.rateLimitedRetryIn, rateLimitedRetryIn, locale, 'seconds');
  const rateLimited = (given.errors as TwoFactorMessagesOverride['errors'])?.['rate-limited'];
  // A host's `rate-limited` function gets the seconds or `undefined`, as before there were two texts.
  const withWait =
    typeof rateLimited === 'function' ? compile('errors.rate-limited', rateLimited, en.errors['rate-limited'], locale, 'seconds') : retryIn;
  const withoutWait = texts.errors['rate-limited'] as unknown as string;
  const serverErrors = groupOf('serverErrors', given.serverErrors) as Record<string, string | ServerErrorFunction>;
  return {
    ...texts,
    locale,
    errors: {
      ...texts.errors,
      'rate-limited': (seconds) => (seconds === undefined && typeof rateLimited !== 'function' ? withoutWait : withWait(seconds)),
    },
    serverError: (issue) => resolveServerError(issue, serverErrors, locale, en.serverErrors),
  };
}
