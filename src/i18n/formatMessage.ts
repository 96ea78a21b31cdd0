import { reportDeveloperError } from '../core/errors/reportDeveloperError.js';
import type { PluralText } from './PluralText.js';

/** The values a text's placeholders are filled with, by name. A number is formatted for the locale. */
export type MessageValues = Readonly<Record<string, string | number>>;

let pluralRules: Map<string, Intl.PluralRules> | undefined;
let numberFormats: Map<string, Intl.NumberFormat> | undefined;

// A tag Intl refuses (a careless `locale: 'français'`) formats as English instead of throwing.
function cached<Formatter>(cache: Map<string, Formatter>, locale: string, create: (locale: string) => Formatter): Formatter {
  let formatter = cache.get(locale);
  if (!formatter) {
    try {
      formatter = create(locale);
    } catch {
      reportDeveloperError(`"${locale}" is not a BCP 47 language tag; texts are formatted as English.`);
      formatter = create('en');
    }
    cache.set(locale, formatter);
  }
  return formatter;
}

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  pluralRules ??= new Map();
  return cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count);
}

function formatNumber(locale: string, value: number): string {
  numberFormats ??= new Map();
  return cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(value);
}

const placeholder = /\{([A-Za-z_$][\w$]*)\}/g;

/**
 * Turns a catalogue text and its values into the text to show.
 *
 * - `{name}` placeholders are filled from `values`, names in any case; a
 *   number is formatted with `Intl.NumberFormat` of `locale`, a string goes in
 *   as it is (and is never read as a placeholder itself). A placeholder
 *   without a value stays as written.
 * - A `PluralText` picks its form with `Intl.PluralRules` of `locale` for the
 *   number among `values` (a text counts one thing), falling back to `other`.
 *
 * Never throws: a tag `Intl` refuses formats as English, reported once.
 *
 * @example formatMessage({ one: '{attempts} attempt left.', other: '{attempts} attempts left.' }, 'en', { attempts: 2 }) // '2 attempts left.'
 */
export function formatMessage(text: string | PluralText, locale: string, values: MessageValues = {}): string {
  const byName = new Map(Object.entries(values).map(([name, value]) => [name.toLowerCase(), value]));
  let template: string;
  if (typeof text === 'string') template = text;
  else {
    const count = [...byName.values()].find((value) => typeof value === 'number');
    template = (count === undefined ? undefined : text[pluralCategory(locale, count)]) ?? text.other;
  }
  return template.replace(placeholder, (written, name: string) => {
    const value = byName.get(name.toLowerCase());
    if (value === undefined) return written;
    return typeof value === 'number' ? formatNumber(locale, value) : String(value);
  });
}
