// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../src/core/index.js';
import { resolveServerError } from '../../src/i18n/index.js';

const issue = (overrides: Partial<ValidationIssue> = {}): ValidationIssue => ({
  field: 'code',
  propertyName: 'Code',
  message: "The length of 'Code' must be 6 characters.",
  severity: 'error',
  code: 'ExactLengthValidator',
  ...overrides,
});

describe('resolveServerError, edges', () => {
  it('given a property name or a key with spaces around its parts, should still match them', () => {
    expect(resolveServerError(issue({ propertyName: ' Code ' }), { 'Code.ExactLengthValidator': 'Six characters.' }, 'en')).toBe(
      'Six characters.',
    );
    expect(resolveServerError(issue(), { 'Code. ExactLengthValidator ': 'Six characters.' }, 'en')).toBe('Six characters.');
  });

  it('given an error code with spaces around it, should still match its entry', () => {
    expect(resolveServerError(issue({ code: ' ExactLengthValidator ' }), { ExactLengthValidator: 'Six characters.' }, 'en')).toBe(
      'Six characters.',
    );
  });

  it('given serverErrors null, as plain JavaScript may pass, should use the fallback and not throw', () => {
    const serverErrors = null as unknown as Record<string, string>;
    expect(resolveServerError(issue(), serverErrors, 'en', { ExactLengthValidator: 'Fallback text.' })).toBe('Fallback text.');
  });

  it('given numbers among the placeholders, as FluentValidation sends lengths, should fill them as the locale writes them', () => {
    const failure = issue({ placeholders: { ExactLength: 6, TotalLength: 12 } as unknown as Record<string, string> });
    expect(resolveServerError(failure, { ExactLengthValidator: '{ExactLength} caractères, pas {TotalLength}.' }, 'fr')).toBe(
      '6 caractères, pas 12.',
    );
  });

  it('given placeholders that are neither text nor number, should leave them as written', () => {
    const failure = issue({ placeholders: { ExactLength: null, PropertyValue: { raw: 1 } } as unknown as Record<string, string> });
    expect(resolveServerError(failure, { ExactLengthValidator: '{PropertyName}: {ExactLength}, not {PropertyValue}' }, 'en')).toBe(
      'Code: {ExactLength}, not {PropertyValue}',
    );
  });

  it('given placeholders null, as a server may send them, should fill the property name and not throw', () => {
    const failure = issue({ placeholders: null as unknown as Record<string, string> });
    expect(resolveServerError(failure, { ExactLengthValidator: '{PropertyName} needs 6 characters.' }, 'en')).toBe(
      'Code needs 6 characters.',
    );
  });
});
