import { describe, expectTypeOf, it } from 'vitest';
import type { PluralText, TwoFactorCatalogue, TwoFactorMessagesOverride, TwoFactorTexts } from '../../src/i18n/index.js';
import { resolveTexts } from '../../src/i18n/index.js';
import { ar } from '../../src/locales/ar.js';
import { fr } from '../../src/locales/fr.js';

describe('catalogue types', () => {
  it('given a shipped catalogue, should be a TwoFactorCatalogue and fit messages', () => {
    expectTypeOf(fr).toEqualTypeOf<TwoFactorCatalogue>();
    expectTypeOf(ar).toExtend<TwoFactorMessagesOverride>();
    expectTypeOf(JSON.parse(JSON.stringify(fr)) as TwoFactorCatalogue).toExtend<TwoFactorMessagesOverride>();
  });

  it('given an override, should accept text, plural texts where a text counts, and functions of the count', () => {
    expectTypeOf({
      locale: 'fr',
      attemptsLeft: { one: '{attempts} essai', other: '{attempts} essais' },
    }).toExtend<TwoFactorMessagesOverride>();
    expectTypeOf({
      resendIn: (seconds: number) => `${seconds}`,
      singleMedium: (name: string) => name,
    }).toExtend<TwoFactorMessagesOverride>();
    expectTypeOf({
      title: () => 'Title',
      errors: { 'rate-limited': (seconds: number | undefined) => `${seconds}` },
    }).toExtend<TwoFactorMessagesOverride>();
    expectTypeOf({
      serverErrors: { 'Medium.NotEmptyValidator': (placeholders: Readonly<Record<string, string>>) => placeholders.PropertyName ?? '' },
    }).toExtend<TwoFactorMessagesOverride>();
  });

  it('given a wrong type, should not compile', () => {
    expectTypeOf({ title: 42 }).not.toExtend<TwoFactorMessagesOverride>();
    // A plural text where nothing counts.
    expectTypeOf({ title: { one: 'a', other: 'b' } }).not.toExtend<TwoFactorMessagesOverride>();
    // A plural text needs `other`.
    expectTypeOf({ attemptsLeft: { one: 'a' } }).not.toExtend<TwoFactorMessagesOverride>();
    expectTypeOf({ resendIn: (seconds: string) => seconds }).not.toExtend<TwoFactorMessagesOverride>();
  });

  it('given a catalogue, should hold data only: no text of it is a function', () => {
    expectTypeOf<TwoFactorCatalogue['resendIn']>().toEqualTypeOf<string | PluralText>();
    expectTypeOf<TwoFactorCatalogue['title']>().toEqualTypeOf<string>();
  });

  it('given resolved messages, should be ready to render', () => {
    expectTypeOf(resolveTexts(fr)).toEqualTypeOf<TwoFactorTexts>();
    expectTypeOf(resolveTexts(fr).resendIn).toEqualTypeOf<(seconds: number) => string>();
    expectTypeOf(resolveTexts(fr).locale).toEqualTypeOf<string>();
  });
});
