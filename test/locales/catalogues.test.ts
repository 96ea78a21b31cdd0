// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TwoFactorMessageErrorKind, TwoFactorTexts } from '../../src/i18n/index.js';
import { resolveTexts } from '../../src/i18n/resolveTexts.js';
import { en } from '../../src/locales/en.js';
import list from '../../src/locales/locales.json';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { shippedCatalogues } from './shippedCatalogues.js';

// A record, so that a new error kind fails to compile here until it is listed.
const errorKinds = Object.keys({
  validation: true,
  unauthorized: true,
  forbidden: true,
  'rate-limited': true,
  timeout: true,
  network: true,
  server: true,
  external: true,
  'invalid-response': true,
  locked: true,
  unknown: true,
} satisfies Record<TwoFactorMessageErrorKind, true>) as TwoFactorMessageErrorKind[];

const isPlural = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && 'other' in value && !('sms' in value);

/** Every text of a catalogue as `path → text or plural text`; a plural text is one leaf. */
function leaves(value: object, prefix = ''): Map<string, string | Record<string, string>> {
  const all = new Map<string, string | Record<string, string>>();
  for (const [key, member] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    if (typeof member === 'string' || isPlural(member)) all.set(path, member);
    else if (typeof member === 'object' && member !== null) for (const [nested, text] of leaves(member, `${path}.`)) all.set(nested, text);
    else all.set(path, `<${typeof member}>`);
  }
  return all;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
const forms = (text: string | Record<string, string>) => (typeof text === 'string' ? [text] : Object.values(text));

// Counts that land in different plural categories in the shipped languages (Arabic: 0, 1, 2, 3–10, 11–99, 100+; French 10⁶).
const counts = [0, 1, 2, 3, 5, 11, 22, 100, 1_000_000, 1.5];

/** Every text a reader sees: each plain text, and each counting text for every sample count. */
function rendered(messages: TwoFactorTexts): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) if (typeof value === 'string') texts.set(key, value);
  for (const [key, value] of Object.entries(messages.mediumNames)) texts.set(`mediumNames.${key}`, value);
  for (const [key, value] of Object.entries(messages.errors)) if (typeof value === 'string') texts.set(`errors.${key}`, value);
  texts.set('singleMedium', messages.singleMedium('Email'));
  texts.set('errors.rate-limited()', messages.errors['rate-limited'](undefined));
  for (const count of counts) {
    texts.set(`resendIn(${count})`, messages.resendIn(count));
    texts.set(`retryIn(${count})`, messages.retryIn(count));
    texts.set(`cooldownRefused(${count})`, messages.cooldownRefused(count));
    texts.set(`codeInstructions(${count})`, messages.codeInstructions(count));
    texts.set(`attemptsLeft(${count})`, messages.attemptsLeft(count));
    texts.set(`errors.rate-limited(${count})`, messages.errors['rate-limited'](count));
  }
  return texts;
}

describe('the list of locales', () => {
  it('given the catalogue modules in src/locales, should list each of them once, and nothing else', () => {
    // Catalogue modules are lower case (`en.ts`); the type modules beside them are PascalCase.
    const modules = readdirSync(new URL('../../src/locales', import.meta.url))
      .filter((file) => /^[a-z][\w-]*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(list.map((entry) => entry.name).sort()).toStrictEqual(modules.sort());
  });

  it('given the list, should hold ten languages and the pseudo-locale, each with its own locale tag', () => {
    const tags = shippedCatalogues.map(({ catalogue }) => catalogue.locale);
    expect(tags).toStrictEqual(['en', 'fr', 'nl', 'de', 'es', 'it', 'pt', 'pl', 'ar', 'he', 'en-XA']);
  });

  it('given the English catalogue, should have a message for every error kind', () => {
    expect(Object.keys(en.errors).sort()).toStrictEqual([...errorKinds].sort());
  });
});

describe.each(shippedCatalogues)('the $name catalogue', ({ catalogue }) => {
  const { locale } = catalogue;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('given its locale, should be a canonical BCP 47 tag', () => {
    expect(Intl.getCanonicalLocales(locale)).toStrictEqual([locale]);
  });

  it('given JSON.stringify then JSON.parse, should be the same data and render the same texts', () => {
    const parsed = JSON.parse(JSON.stringify(catalogue)) as typeof catalogue;
    expect(parsed).toStrictEqual(catalogue);
    expect(rendered(resolveTexts(parsed))).toStrictEqual(rendered(resolveTexts(catalogue)));
  });

  it('given the keys of English, should have every one of them and no other', () => {
    expect([...leaves(catalogue).keys()].sort()).toStrictEqual([...leaves(en).keys()].sort());
    expect(Object.keys(catalogue.errors).sort()).toStrictEqual([...errorKinds].sort());
  });

  it('given each plural text, should have every plural category of its locale and no other', () => {
    for (const [path, text] of leaves(catalogue)) {
      if (typeof text === 'string') continue;
      expect(Object.keys(text).sort(), path).toStrictEqual([...categories].sort());
    }
  });

  it('given each text, should be non-empty and use only the placeholders of the English text', () => {
    const english = leaves(en);
    for (const [path, text] of leaves(catalogue)) {
      const allowed = new Set(forms(english.get(path) ?? '').flatMap((form) => [...placeholders(form)]));
      for (const form of forms(text)) {
        expect(form.trim(), path).not.toBe('');
        for (const name of placeholders(form)) expect(allowed, `${path}: {${name}}`).toContain(name);
      }
    }
  });

  it('given a wait of 1234 seconds, should show it as the locale writes numbers', () => {
    const messages = resolveTexts(catalogue);
    const written = new Intl.NumberFormat(locale).format(1234);
    expect(messages.resendIn(1234)).toContain(written);
    expect(messages.retryIn(1234)).toContain(written);
    expect(messages.errors['rate-limited'](1234)).toContain(written);
    expect(messages.errors['rate-limited'](undefined)).not.toMatch(/\d/);
  });

  it.each([
    ['Medium', 'NotEmptyValidator', "'Medium' must not be empty."],
    ['command.Medium', 'EnumValidator', "'Medium' has a range of values which does not include 'fax'."],
    ['Language', 'RegularExpressionValidator', "'Language' is not in the correct format."],
    ['Language', 'MaximumLengthValidator', "The length of 'Language' must be 35 characters or fewer. You entered 40 characters."],
    ['Code', 'NotEmptyValidator', "'Code' must not be empty."],
    ['Code', 'ExactLengthValidator', "'Code' must be 6 characters in length. You entered 5 characters."],
  ])("given FluentValidation's generic %s %s, should say it in the catalogue's own words", (propertyName, code, message) => {
    const text = resolveTexts(catalogue).serverError({ propertyName, code, message, severity: 'error' });
    expect(text).not.toBe(message);
    expect(text).not.toMatch(/'(Medium|Language|Code)'|Validator/);
    expect(Object.values(catalogue.serverErrors ?? {})).toContain(text);
  });

  it.each([
    ['Medium', 'PredicateValidator', 'This person has no email address on file.'],
    ['Language', 'LanguageValidator', "'Language' is not a supported language."],
    ['PersonId', 'NotEmptyValidator', "'Person Id' must not be empty."],
  ])("given %s %s, a rule's own message or a field the UI does not own, should keep the server's text", (propertyName, code, message) => {
    expect(resolveTexts(catalogue).serverError({ propertyName, code, message, severity: 'error' })).toBe(message);
  });

  it('given its texts, should leave no placeholder unfilled', () => {
    for (const [path, text] of rendered(resolveTexts(catalogue))) expect(text, path).not.toMatch(/[{}]/);
  });
});

describe('plural forms', () => {
  it('given Arabic, should have a different text of attempts left for each of its six categories', () => {
    const ar = shippedCatalogues.find(({ name }) => name === 'ar')?.catalogue;
    const messages = resolveTexts(ar);
    const texts = [0, 1, 2, 3, 11, 100].map((count) => messages.attemptsLeft(count));
    expect(new Set(texts).size).toBe(6);
  });

  it.each([
    ['en', 1, '1 attempt left.'],
    ['en', 0, '0 attempts left.'],
    ['fr', 0, '0 tentative restante.'],
    ['fr', 2, '2 tentatives restantes.'],
    ['pl', 3, 'Pozostały 3 próby.'],
    ['pl', 5, 'Pozostało 5 prób.'],
    ['pl', 22, 'Pozostały 22 próby.'],
    ['he', 2, 'נותרו שני ניסיונות.'],
  ])('given %s and %d attempts, should read "%s"', (name, count, expected) => {
    const catalogue = shippedCatalogues.find((shipped) => shipped.name === name)?.catalogue;
    expect(resolveTexts(catalogue).attemptsLeft(count)).toBe(expected);
  });
});

describe('the pseudo-locale', () => {
  it('given every text, should be longer than English and keep its placeholders', () => {
    const english = rendered(resolveTexts(en));
    const pseudo = rendered(resolveTexts(pseudoLocale));
    expect([...pseudo.keys()]).toStrictEqual([...english.keys()]);
    for (const [path, text] of pseudo) {
      expect(text.length, path).toBeGreaterThan(english.get(path)?.length ?? Number.POSITIVE_INFINITY);
      expect(text, path).not.toMatch(/[{}]/);
    }
    expect(resolveTexts(pseudoLocale).resendIn(17)).toContain('17');
  });
});
