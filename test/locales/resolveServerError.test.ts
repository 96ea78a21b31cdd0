// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveServerError } from '../../src/i18n/index.js';
import type { ValidationIssue } from '../../src/index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const issue = (overrides: Partial<ValidationIssue> = {}): ValidationIssue => ({
  field: 'medium',
  propertyName: 'Medium',
  message: "'Medium' must be 'email' or 'sms'.",
  severity: 'error',
  code: 'PredicateValidator',
  ...overrides,
});

describe('resolveServerError', () => {
  it('given an entry for the code, should show it instead of the server message', () => {
    expect(resolveServerError(issue(), { PredicateValidator: 'Choisissez e-mail ou SMS.' }, 'fr')).toBe('Choisissez e-mail ou SMS.');
  });

  it('given entries for the property and code and for the code alone, should show the property one', () => {
    const serverErrors = { PredicateValidator: 'code alone', 'Medium.PredicateValidator': 'property and code' };
    expect(resolveServerError(issue(), serverErrors, 'en')).toBe('property and code');
    expect(resolveServerError(issue({ propertyName: 'Language', field: 'language' }), serverErrors, 'en')).toBe('code alone');
  });

  it.each([
    ['command.Medium', 'Medium.PredicateValidator'],
    ['MEDIUM', 'medium.PredicateValidator'],
    ['Medium', 'command.medium.predicatevalidator'],
    ['Command.medium', 'COMMAND.MEDIUM.PredicateValidator'],
  ])('given the property %s and the key %s, should match them', (propertyName, key) => {
    expect(resolveServerError(issue({ propertyName }), { [key]: 'matched' }, 'en')).toBe('matched');
  });

  it('given a property the UI does not own, with dots, should match the key that names it', () => {
    const failure = issue({ field: undefined, propertyName: 'Contact.Phone', code: 'NotEmptyValidator', message: 'Phone required.' });
    expect(resolveServerError(failure, { 'Contact.Phone.NotEmptyValidator': 'No phone number on file.' }, 'en')).toBe(
      'No phone number on file.',
    );
    expect(resolveServerError(failure, { 'Phone.NotEmptyValidator': 'wrong property' }, 'en')).toBe('Phone required.');
  });

  it('given placeholders in any key case, should fill them as text', () => {
    const failure = issue({ placeholders: { propertyName: 'Moyen', PROPERTYVALUE: '<img src=x onerror=alert(1)>' } });
    expect(resolveServerError(failure, { PredicateValidator: '« {PropertyValue} » : {PropertyName} invalide.' }, 'fr')).toBe(
      '« <img src=x onerror=alert(1)> » : Moyen invalide.',
    );
  });

  it('given no PropertyName placeholder, should fill it with the property name', () => {
    expect(resolveServerError(issue(), { PredicateValidator: '{PropertyName}: {MaxLength}' }, 'en')).toBe('Medium: {MaxLength}');
  });

  it('given no entry, no code or no serverErrors, should show the server message', () => {
    const server = issue().message;
    expect(resolveServerError(issue(), { NotEmptyValidator: 'other code' }, 'en')).toBe(server);
    expect(resolveServerError(issue({ code: undefined }), { PredicateValidator: 'x' }, 'en')).toBe(server);
    expect(resolveServerError(issue({ code: ' ' }), { ' ': 'x' }, 'en')).toBe(server);
    expect(resolveServerError(issue(), undefined, 'en')).toBe(server);
  });

  it('given a function entry, should call it with the placeholders and the issue', () => {
    const entry = vi.fn(
      (placeholders: Readonly<Record<string, string>>, failure: ValidationIssue) => `${placeholders.PropertyValue} on ${failure.field}`,
    );
    const failure = issue({ placeholders: { PropertyValue: 'fax' } });
    expect(resolveServerError(failure, { PredicateValidator: entry }, 'en')).toBe('fax on medium');
    expect(entry).toHaveBeenCalledWith({ PropertyName: 'Medium', PropertyValue: 'fax' }, failure);
  });

  it('given a function entry that throws or returns no text, should show the server message and report it once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const throwing = () => {
      throw new Error('boom');
    };
    const returnsNumber = () => 5 as unknown as string;
    const serverErrors = { PredicateValidator: throwing, NotEmptyValidator: returnsNumber };
    expect(resolveServerError(issue(), serverErrors, 'en')).toBe(issue().message);
    expect(resolveServerError(issue(), serverErrors, 'en')).toBe(issue().message);
    expect(resolveServerError(issue({ code: 'NotEmptyValidator' }), serverErrors, 'en')).toBe(issue().message);
    expect(error.mock.calls.map(([message]) => message)).toStrictEqual([
      'react-two-factor: messages.serverErrors["PredicateValidator"] threw (boom); the server\'s message is shown.',
      'react-two-factor: messages.serverErrors["NotEmptyValidator"] returned number, not text; the server\'s message is shown.',
    ]);
  });

  it('given an entry of a wrong type, should show the server message and report the key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const serverErrors = { 'Medium.PredicateValidator': 42 } as unknown as Record<string, string>;
    expect(resolveServerError(issue(), serverErrors, 'en')).toBe(issue().message);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('messages.serverErrors["Medium.PredicateValidator"] must be text or a function'),
    );
  });
});
