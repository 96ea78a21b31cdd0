import { describe, expect, it } from 'vitest';
import type { TwoFactorErrorKind, ValidationIssue } from '../../src/core/index.js';
import { isTwoFactorError, TwoFactorError } from '../../src/core/index.js';

const issues: ValidationIssue[] = [
  { field: 'medium', propertyName: 'Medium', message: 'Choose email or SMS.', severity: 'error' },
  { field: 'medium', propertyName: 'command.Medium', message: 'Email is not available.', severity: 'error' },
  { field: 'language', propertyName: 'Language', message: 'English was used.', severity: 'warning' },
  { field: 'personId', propertyName: 'PersonId', message: 'Check the id.', severity: 'info' },
  { propertyName: 'Contact.Phone', message: 'No mobile number.', severity: 'error' },
  { propertyName: 'Items[0]', message: 'A note.', severity: 'warning' },
];

const kinds: TwoFactorErrorKind[] = [
  'validation',
  'unauthorized',
  'forbidden',
  'rate-limited',
  'timeout',
  'network',
  'aborted',
  'server',
  'external',
  'invalid-response',
];

describe('TwoFactorError', () => {
  it('given issues of every severity, should put only errors in fieldErrors and formErrors, in order', () => {
    const error = new TwoFactorError('validation', { issues, formErrors: ['The person is locked.'] });
    expect(error.fieldErrors).toStrictEqual({ medium: ['Choose email or SMS.', 'Email is not available.'] });
    expect(error.formErrors).toStrictEqual(['No mobile number.', 'The person is locked.']);
    expect(error.issues).toStrictEqual(issues);
  });

  it('given only warnings and infos, should have no field or form errors', () => {
    const error = new TwoFactorError('validation', { issues: issues.filter((issue) => issue.severity !== 'error') });
    expect(error.fieldErrors).toStrictEqual({});
    expect(error.formErrors).toStrictEqual([]);
  });

  it('given no options, should have empty issues and errors and no status', () => {
    const error = new TwoFactorError('network');
    expect(error).toMatchObject({ issues: [], fieldErrors: {}, formErrors: [], status: undefined, retryAfterSeconds: undefined });
    expect('cause' in error).toBe(false);
  });

  it.each(kinds)('given kind %s without a message, should have a non-empty default message', (kind) => {
    const error = new TwoFactorError(kind);
    expect(error.kind).toBe(kind);
    expect(error.name).toBe('TwoFactorError');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(Error);
  });

  it('given every kind, should give each its own default message', () => {
    const messages = new Set(kinds.map((kind) => new TwoFactorError(kind).message));
    expect(messages.size).toBe(kinds.length);
  });

  it('given a message, should use it', () => {
    expect(new TwoFactorError('timeout', { message: 'No answer within 50 ms.' }).message).toBe('No answer within 50 ms.');
  });

  it('given a cause, should keep it on the error but leave it out of toJSON', () => {
    const cause = { body: 'raw server body' };
    const error = new TwoFactorError('server', { status: 500, cause, retryAfterSeconds: 3 });
    expect(error.cause).toBe(cause);
    const json = error.toJSON();
    expect(json).toStrictEqual({
      name: 'TwoFactorError',
      kind: 'server',
      message: 'The two-factor request failed (server).',
      status: 500,
      fieldErrors: {},
      formErrors: [],
      retryAfterSeconds: 3,
      maybeSent: false,
      issuesLeftOut: 0,
    });
    expect(JSON.stringify(error)).not.toContain('raw server body');
  });
});

describe('isTwoFactorError', () => {
  it('given a TwoFactorError, should be true', () => {
    expect(isTwoFactorError(new TwoFactorError('aborted'))).toBe(true);
  });

  it('given a look-alike from another copy of the bundle, should be true', () => {
    const lookAlike = Object.assign(new Error('Too many requests.'), { name: 'TwoFactorError', kind: 'rate-limited' });
    expect(isTwoFactorError(lookAlike)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a plain Error', new Error('boom')],
    ['a TypeError', new TypeError('fetch failed')],
    ['an Error named TwoFactorError without a kind', Object.assign(new Error('x'), { name: 'TwoFactorError' })],
    ['an Error named TwoFactorError with a numeric kind', Object.assign(new Error('x'), { name: 'TwoFactorError', kind: 1 })],
    ['a plain object shaped like one', { name: 'TwoFactorError', kind: 'server', message: 'x' }],
    ['null', null],
    ['a string', 'TwoFactorError'],
  ])('given %s, should be false', (_case, value) => {
    expect(isTwoFactorError(value)).toBe(false);
  });
});
