// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveTexts } from '../../src/i18n/index.js';
import { resolveErrorTexts } from '../../src/i18n/resolveErrorTexts.js';
import { TwoFactorError } from '../../src/index.js';
import { fr } from '../../src/locales/fr.js';

const error = new TwoFactorError('validation', {
  status: 200,
  issues: [
    {
      field: 'medium',
      propertyName: 'Medium',
      message: "'Medium' must be 'email' or 'sms'.",
      severity: 'error',
      code: 'PredicateValidator',
    },
    { field: 'medium', propertyName: 'Medium', message: 'Second medium failure.', severity: 'error' },
    { field: 'language', propertyName: 'command.Language', message: 'Language?', severity: 'warning', code: 'PredicateValidator' },
    {
      propertyName: 'Contact.Phone',
      message: "'Phone' must not be empty.",
      severity: 'error',
      code: 'NotEmptyValidator',
      placeholders: { PropertyName: 'Téléphone' },
    },
  ],
  formErrors: ['The person is locked.'],
});

describe('resolveErrorTexts', () => {
  it('given serverErrors for some codes, should replace those failures at their field and in the form, and keep the rest', () => {
    const messages = resolveTexts({
      ...fr,
      serverErrors: { 'Medium.PredicateValidator': 'Choisissez e-mail ou SMS.', NotEmptyValidator: '{PropertyName} est requis.' },
    });
    expect(resolveErrorTexts(error, messages.serverError)).toStrictEqual({
      fieldErrors: { medium: ['Choisissez e-mail ou SMS.', 'Second medium failure.'] },
      formErrors: ['Téléphone est requis.', 'The person is locked.'],
    });
  });

  it('given no serverErrors, should be the error own texts', () => {
    const { fieldErrors, formErrors } = resolveErrorTexts(error, resolveTexts(fr).serverError);
    expect(fieldErrors).toStrictEqual(error.fieldErrors);
    expect(formErrors).toStrictEqual(error.formErrors);
  });
});
