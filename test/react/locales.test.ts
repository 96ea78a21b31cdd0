import { describe, expect, it } from 'vitest';
import type { TwoFactorMessageErrorKind } from '../../src/index.js';
import { de } from '../../src/locales/de.js';
import { en } from '../../src/locales/en.js';
import { fr } from '../../src/locales/fr.js';
import { nl } from '../../src/locales/nl.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';

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

// Arguments each message function is called with: a count, a name, and "unknown" (rate-limited without seconds).
const sampleArguments: readonly unknown[] = [12, 1, 'Email', undefined];

/**
 * Every text of a catalogue as `path → text`, walking every key (new ones
 * included); a message function is called with each sample argument.
 */
function texts(messages: object, prefix = ''): Map<string, string> {
  const all = new Map<string, string>();
  for (const [key, member] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof member === 'string') all.set(path, member);
    else if (typeof member === 'function') {
      const message = member as (value: unknown) => unknown;
      for (const argument of sampleArguments) all.set(`${path}(${String(argument)})`, String(message(argument)));
    } else if (typeof member === 'object' && member !== null) {
      for (const [nestedPath, text] of texts(member, `${path}.`)) all.set(nestedPath, text);
    }
  }
  return all;
}

/** The shape of a catalogue: each key path with the type of its value. */
function shape(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([key, member]) =>
      typeof member === 'object' && member !== null ? shape(member, `${prefix}${key}.`) : [`${prefix}${key}: ${typeof member}`],
    )
    .sort();
}

describe('locales', () => {
  it('given the English catalogue, should have a message for every error kind', () => {
    expect(Object.keys(en.errors).sort()).toEqual([...errorKinds].sort());
  });

  it.each([
    ['fr', fr],
    ['nl', nl],
    ['de', de],
    ['pseudoLocale', pseudoLocale],
  ] as const)('given the %s catalogue, should have every key of en, errors included, and no other', (_name, catalogue) => {
    expect(shape(catalogue)).toEqual(shape(en));
    expect(Object.keys(catalogue.errors).sort()).toEqual([...errorKinds].sort());
  });

  it.each([
    ['fr', fr],
    ['nl', nl],
    ['de', de],
    ['pseudoLocale', pseudoLocale],
  ] as const)('given the %s catalogue, should have a non-empty text for every message', (_name, catalogue) => {
    for (const [path, text] of texts(catalogue)) {
      expect(text.trim(), path).not.toBe('');
    }
  });

  it('given the pseudo-locale, should be longer than English for every string', () => {
    const english = texts(en);
    const pseudo = texts(pseudoLocale);
    expect([...pseudo.keys()]).toEqual([...english.keys()]);
    expect(pseudo.has('errors.rate-limited(undefined)')).toBe(true);
    for (const [path, text] of pseudo) {
      expect(text.length, path).toBeGreaterThan(english.get(path)?.length ?? Number.POSITIVE_INFINITY);
    }
  });

  it('given a number of seconds, should put it in every catalogue that counts down', () => {
    for (const catalogue of [en, fr, nl, de, pseudoLocale]) {
      expect(catalogue.resendIn(17)).toContain('17');
      expect(catalogue.errors['rate-limited'](17)).toContain('17');
    }
  });
});
