// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { object, string } from 'zod/mini';
import type { ValidationIssue } from '../../src/core/contract/ValidationIssue.js';
import { parseRequest } from '../../src/core/errors/parseRequest.js';
import { isTwoFactorError, TwoFactorError, toTwoFactorError } from '../../src/core/errors/TwoFactorError.js';

const failure = (index: number): ValidationIssue => ({
  field: 'medium',
  propertyName: 'Medium',
  message: `Bad medium ${index}.`,
  severity: 'error',
});

/** An error as another copy of the library (a second bundle on the page) throws it: same name and shape, another class. */
function foreign(members: Record<string, unknown>, name = 'TwoFactorError'): Error {
  return Object.assign(Object.assign(new Error('The two-factor request failed (network).'), { name }), members);
}

describe('TwoFactorError, edges', () => {
  it('given 150 issues, 120 messages and 3 already left out, should keep 100 of each and count the 73 others', () => {
    const error = new TwoFactorError('validation', {
      issues: Array.from({ length: 150 }, (_, index) => failure(index)),
      formErrors: Array.from({ length: 120 }, (_, index) => `Message ${index}.`),
      issuesLeftOut: 3,
    });
    expect(error.issues).toHaveLength(100);
    expect(error.fieldErrors.medium).toHaveLength(100);
    expect(error.formErrors).toHaveLength(100);
    expect(error.formErrors[99]).toBe('Message 99.');
    expect(error.issuesLeftOut).toBe(73);
  });

  it('given an error of the same shape from another copy of the library, should recognise it', () => {
    expect(isTwoFactorError(foreign({ kind: 'network', issues: [], fieldErrors: {} }))).toBe(true);
  });

  it.each([
    ['another name', foreign({ kind: 'network', issues: [], fieldErrors: {} }, 'Error')],
    ['no kind', foreign({ issues: [], fieldErrors: {} })],
    ['issues that are no list', foreign({ kind: 'network', issues: 'none', fieldErrors: {} })],
    ['field errors that are text', foreign({ kind: 'network', issues: [], fieldErrors: 'none' })],
    ['field errors null', foreign({ kind: 'network', issues: [], fieldErrors: null })],
  ])('given an error with %s, should not take it for a TwoFactorError', (_name, error) => {
    expect(isTwoFactorError(error)).toBe(false);
  });

  it('given an adapter failure that is no TwoFactorError, should wrap it as unknown and keep it as the cause', () => {
    const cause = new TypeError('fetch is not a function');
    const error = toTwoFactorError(cause);
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('The adapter failed with an error that is not a TwoFactorError.');
    expect(error.cause).toBe(cause);
    const known = new TwoFactorError('timeout');
    expect(toTwoFactorError(known)).toBe(known);
  });
});

describe('parseRequest', () => {
  it('given a request that fails a nested member, should refuse it before sending, naming the request and the dotted path', () => {
    const schema = object({ contact: object({ phone: string() }) });
    let thrown: unknown;
    try {
      parseRequest(schema, { contact: { phone: 42 } } as unknown as { contact: { phone: string } }, 'contact request');
    } catch (error) {
      thrown = error;
    }
    expect(isTwoFactorError(thrown)).toBe(true);
    const error = thrown as TwoFactorError;
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('The request was not sent: it is not a valid contact request.');
    expect(error.issues.map((issue) => issue.propertyName)).toStrictEqual(['contact.phone']);
  });
});
