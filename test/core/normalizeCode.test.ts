import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCode } from '../../src/core/index.js';

const digit = /\d/;
const alphanumeric = /[A-Z0-9]/i;

describe('normalizeCode', () => {
  it.each([
    ['spaces', ' 123 456 ', '123456'],
    ['a dash', '123-456', '123456'],
    ['dashes between every pair', '12-34-56', '123456'],
    ['a no-break space', '123\u00a0456', '123456'],
    ['a narrow no-break space', '123\u202f456', '123456'],
    ['dots', '123.456', '123456'],
    ['an en dash and a minus sign', '12\u201334\u221256', '123456'],
    ['a tab and a new line', '123\t\n456', '123456'],
  ])('given a code with %s, should remove them', (_case, value, expected) => {
    expect(normalizeCode(value, digit, 6)).toBe(expected);
  });

  it('given letters with the digit pattern, should drop the letters and keep the digits in order', () => {
    expect(normalizeCode('a1b2c3d4e5f6', digit, 6)).toBe('123456');
    expect(normalizeCode('Your code: 482 913', digit, 6)).toBe('482913');
  });

  it('given more characters than length, should cut the code at length', () => {
    expect(normalizeCode('12345678', digit, 6)).toBe('123456');
    expect(normalizeCode('1234-5678', digit, 4)).toBe('1234');
  });

  it('given fewer characters than length, should keep what there is', () => {
    expect(normalizeCode('12 3', digit, 6)).toBe('123');
    expect(normalizeCode('', digit, 6)).toBe('');
    expect(normalizeCode(' - . ', digit, 6)).toBe('');
  });

  it('given the pattern /[A-Z0-9]/i, should keep letters of both cases and digits and drop everything else', () => {
    expect(normalizeCode('ab-12 CD', alphanumeric, 8)).toBe('ab12CD');
    expect(normalizeCode('x7_k!2é', alphanumeric, 6)).toBe('x7k2');
  });

  it('given a global-flag RegExp, should give the same result on repeated calls and leave its lastIndex alone', () => {
    const global = /\d/g;
    const results = Array.from({ length: 3 }, () => normalizeCode('123456', global, 6));

    expect(results).toEqual(['123456', '123456', '123456']);
    expect(global.lastIndex).toBe(0);
  });

  it('given a sticky RegExp, should give the same result on repeated calls', () => {
    const sticky = /[A-Z0-9]/iy;

    expect(normalizeCode('ab-12', sticky, 6)).toBe('ab12');
    expect(normalizeCode('ab-12', sticky, 6)).toBe('ab12');
  });

  it('given Arabic-Indic digits with the digit pattern, should drop them (the server wants ASCII digits)', () => {
    expect(normalizeCode('١٢٣٤٥٦', digit, 6)).toBe('');
  });

  describe('properties', () => {
    const patterns = fc.constantFrom(digit, alphanumeric, /\d/g, /[A-Z0-9]/giy, /[0-9A-F]/);
    const anyText = fc.string({ unit: 'binary', maxLength: 40 });
    const lengths = fc.integer({ min: 1, max: 12 });

    it('given any text, pattern and length, should give at most length characters that each match the pattern', () => {
      fc.assert(
        fc.property(anyText, patterns, lengths, (value, pattern, length) => {
          const code = normalizeCode(value, pattern, length);
          const single = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
          expect(code.length).toBeLessThanOrEqual(length);
          for (const character of code) expect(single.test(character)).toBe(true);
        }),
      );
    });

    it('given any text and the digit pattern, should give its ASCII digits in order, cut at length', () => {
      fc.assert(
        fc.property(anyText, lengths, (value, length) => {
          expect(normalizeCode(value, digit, length)).toBe((value.match(/[0-9]/g) ?? []).join('').slice(0, length));
        }),
      );
    });

    it('given a normalised code, should leave it unchanged when normalised again', () => {
      fc.assert(
        fc.property(anyText, patterns, lengths, (value, pattern, length) => {
          const once = normalizeCode(value, pattern, length);
          expect(normalizeCode(once, pattern, length)).toBe(once);
        }),
      );
    });
  });
});
