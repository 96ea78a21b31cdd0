// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../src/i18n/index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const attempts = { one: '{attempts} attempt left.', other: '{attempts} attempts left.' };

describe('formatMessage', () => {
  it('given named placeholders, should fill each with its value', () => {
    expect(formatMessage('Resend {what} in {seconds} s', 'en', { seconds: 12, what: 'code' })).toBe('Resend code in 12 s');
  });

  it('given placeholder names in another case than the values, should still fill them', () => {
    expect(formatMessage('{propertyName} / {PROPERTYVALUE}', 'en', { PropertyName: 'Medium', propertyValue: 'fax' })).toBe('Medium / fax');
  });

  it('given a number, should write it as the locale does', () => {
    expect(formatMessage('{seconds}', 'fr', { seconds: 1234.5 })).toBe(new Intl.NumberFormat('fr').format(1234.5));
    expect(formatMessage('{seconds}', 'en', { seconds: 1234.5 })).toBe('1,234.5');
  });

  it('given a value that looks like a placeholder or a replacement pattern, should insert it as text', () => {
    expect(formatMessage('A {a} B {b}', 'en', { a: '{b}', b: "$& $' <b>x</b>" })).toBe("A {b} B $& $' <b>x</b>");
  });

  it('given a placeholder without a value, should leave it as written', () => {
    expect(formatMessage('Wait {seconds} s', 'en')).toBe('Wait {seconds} s');
  });

  it('given a plural text and a count, should pick the form of the locale', () => {
    expect(formatMessage(attempts, 'en', { attempts: 1 })).toBe('1 attempt left.');
    expect(formatMessage(attempts, 'en', { attempts: 0 })).toBe('0 attempts left.');
    expect(formatMessage({ one: 'un', other: 'plusieurs' }, 'fr', { n: 0 })).toBe('un');
  });

  it('given Arabic, should pick each of its six categories', () => {
    const six = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((count) => formatMessage(six, 'ar', { count }))).toStrictEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('given a plural text without the category of the count, should use other', () => {
    expect(formatMessage({ one: 'one', other: 'other' }, 'pl', { count: 5 })).toBe('other');
  });

  it('given a plural text and no number, should use other', () => {
    expect(formatMessage(attempts, 'en', { attempts: 'one' })).toBe('one attempts left.');
  });

  it('given a locale Intl refuses, should format as English, report it once and not throw', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(formatMessage(attempts, 'not a locale!', { attempts: 1 })).toBe('1 attempt left.');
    expect(formatMessage(attempts, 'not a locale!', { attempts: 2 })).toBe('2 attempts left.');
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toContain('"not a locale!" is not a BCP 47 language tag');
  });
});
