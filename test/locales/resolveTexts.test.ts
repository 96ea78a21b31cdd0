// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTexts, type TwoFactorMessagesOverride } from '../../src/i18n/index.js';
import { ar } from '../../src/locales/ar.js';
import { fr } from '../../src/locales/fr.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function consoleErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => spy.mock.calls.map(([message]) => String(message));
}

describe('resolveTexts', () => {
  it('given no messages, should be English with the locale en', () => {
    const messages = resolveTexts();
    expect(messages.locale).toBe('en');
    expect(messages.send).toBe('Send code');
    expect(messages.resendIn(12)).toBe('Resend in 12 s');
    expect(messages.singleMedium('Email')).toBe('The code will be sent by Email.');
    expect(messages.attemptsLeft(1)).toBe('1 attempt left.');
  });

  it('given the French catalogue, should be French with its locale and plurals', () => {
    const messages = resolveTexts(fr);
    expect(messages.locale).toBe('fr');
    expect(messages.title).toBe('Envoyer un code de vérification');
    expect(messages.mediumNames.email).toBe('E-mail');
    expect(messages.resendIn(5)).toBe('Renvoyer dans 5 s');
    expect(messages.attemptsLeft(1)).toBe('1 tentative restante.');
    expect(messages.attemptsLeft(3)).toBe('3 tentatives restantes.');
    expect(messages.codeInstructions(6)).toBe('Saisissez le code de 6 caractères que nous vous avons envoyé.');
  });

  it('given the French catalogue parsed from JSON, as a server component passes it, should render the same French', () => {
    const parsed = resolveTexts(JSON.parse(JSON.stringify(fr)) as TwoFactorMessagesOverride);
    expect(parsed.resendIn(5)).toBe('Renvoyer dans 5 s');
    expect(parsed.attemptsLeft(1)).toBe('1 tentative restante.');
  });

  it('given a part of a catalogue, should keep English for the rest, nested names and errors included', () => {
    const messages = resolveTexts({ title: 'Sign in', mediumNames: { sms: 'Text' }, errors: { network: 'Offline.' } });
    expect(messages.title).toBe('Sign in');
    expect(messages.send).toBe('Send code');
    expect(messages.mediumNames).toStrictEqual({ sms: 'Text', email: 'Email' });
    expect(messages.errors.network).toBe('Offline.');
    expect(messages.errors.timeout).toBe('The server took too long to answer. Try again.');
  });

  it('given undefined texts, should keep English', () => {
    expect(resolveTexts({ title: undefined, errors: { network: undefined } }).title).toBe('Send a verification code');
  });

  it('given a host override with its own locale and plural text, should pick forms with that locale', () => {
    const messages = resolveTexts({ locale: 'ar', attemptsLeft: ar.attemptsLeft });
    expect(messages.locale).toBe('ar');
    expect(messages.attemptsLeft(2)).toBe('تبقّت محاولتان.');
    expect(messages.attemptsLeft(11)).toBe('تبقّت 11 محاولة.');
  });

  it('given functions, as the escape hatch, should call them with the count or the name', () => {
    const messages = resolveTexts({
      title: () => 'Dynamic title',
      resendIn: (seconds) => `again in ${seconds}`,
      singleMedium: (mediumName) => `by ${mediumName}`,
      errors: { 'rate-limited': (seconds) => `slow down (${seconds ?? '?'})` },
    });
    expect(messages.title).toBe('Dynamic title');
    expect(messages.resendIn(7)).toBe('again in 7');
    expect(messages.singleMedium('SMS')).toBe('by SMS');
    expect(messages.errors['rate-limited'](9)).toBe('slow down (9)');
    expect(messages.errors['rate-limited'](undefined)).toBe('slow down (?)');
  });

  it('given a rate limit with and without a known wait, should use rateLimitedRetryIn and errors.rate-limited', () => {
    const messages = resolveTexts(fr);
    expect(messages.errors['rate-limited'](30)).toBe('Trop de tentatives. Réessayez dans 30 s.');
    expect(messages.errors['rate-limited'](undefined)).toBe('Trop de tentatives. Patientez un instant, puis réessayez.');
  });

  it('given a number where text belongs, should show English and report the key once', () => {
    const errors = consoleErrors();
    const override = { title: 42, errors: { network: 7 } } as unknown as TwoFactorMessagesOverride;
    expect(resolveTexts(override).title).toBe('Send a verification code');
    expect(resolveTexts(override).errors.network).toBe('The server could not be reached. Check your connection and try again.');
    expect(errors()).toStrictEqual([
      'react-two-factor: messages.title must be text or a function; got a number. English is shown.',
      'react-two-factor: messages.errors.network must be text or a function; got a number. English is shown.',
    ]);
  });

  it('given a plural text without other, or an object where names belong, should show English and report it', () => {
    const errors = consoleErrors();
    const override = { attemptsLeft: { one: 'une' }, mediumNames: 'SMS' } as unknown as TwoFactorMessagesOverride;
    const messages = resolveTexts(override);
    expect(messages.attemptsLeft(2)).toBe('2 attempts left.');
    expect(messages.mediumNames.sms).toBe('Text message (SMS)');
    expect(errors()).toStrictEqual([
      'react-two-factor: messages.mediumNames must be an object; got a string. English is shown.',
      'react-two-factor: messages.attemptsLeft must be text, a plural text ({ one, other, … }) or a function; got an object that is no plural text. English is shown.',
    ]);
  });

  it('given a function that throws or returns no text, should show English, report it, and not throw', () => {
    const errors = consoleErrors();
    const messages = resolveTexts({
      resendIn: () => {
        throw new Error('bug');
      },
      retryIn: () => undefined as unknown as string,
    });
    expect(messages.resendIn(3)).toBe('Resend in 3 s');
    expect(messages.retryIn(3)).toBe('Try again in 3 s');
    expect(errors()).toStrictEqual([
      'react-two-factor: messages.resendIn threw (bug); English is shown.',
      'react-two-factor: messages.retryIn returned undefined, not text; English is shown.',
    ]);
  });

  it('given a function that throws something that cannot be turned into text, should still show English', () => {
    consoleErrors();
    const messages = resolveTexts({
      codeInstructions: () => {
        throw Object.create(null);
      },
    });
    expect(messages.codeInstructions(6)).toBe('Enter the 6-character code we sent you.');
  });

  it('given a locale that is no language tag, should use en and report it', () => {
    const errors = consoleErrors();
    expect(resolveTexts({ locale: 'Français' }).locale).toBe('en');
    expect(resolveTexts({ locale: 5 } as unknown as TwoFactorMessagesOverride).locale).toBe('en');
    expect(errors()).toStrictEqual([
      'react-two-factor: messages.locale must be a BCP 47 language tag such as "fr"; got "Français". "en" is used.',
      'react-two-factor: messages.locale must be a BCP 47 language tag such as "fr"; got 5. "en" is used.',
    ]);
  });

  it('given messages that are not an object, should be English and report it', () => {
    const errors = consoleErrors();
    expect(resolveTexts('fr' as unknown as TwoFactorMessagesOverride).send).toBe('Send code');
    expect(errors()).toStrictEqual(['react-two-factor: messages must be an object; got a string. English is shown.']);
  });

  it('given serverErrors, should resolve server failures with them in the catalogue locale', () => {
    const messages = resolveTexts({ ...fr, serverErrors: { 'Medium.PredicateValidator': 'Choisissez {PropertyName}.' } });
    const issue = {
      field: 'medium',
      propertyName: 'command.Medium',
      message: 'server',
      severity: 'error',
      code: 'PredicateValidator',
    } as const;
    expect(messages.serverError(issue)).toBe('Choisissez command.Medium.');
    expect(messages.serverError({ ...issue, placeholders: { PropertyName: 'le moyen' } })).toBe('Choisissez le moyen.');
    expect(messages.serverError({ ...issue, code: 'Other' })).toBe('server');
  });

  it("given no serverErrors, should say FluentValidation's generic rules at the UI's fields in English's words, and a host's entry for the code alone should win over them", () => {
    const issue = {
      field: 'medium',
      propertyName: 'Medium',
      message: "'Medium' must not be empty.",
      severity: 'error',
      code: 'NotEmptyValidator',
    } as const;
    expect(resolveTexts().serverError(issue)).toBe('Choose how you want to receive the code.');
    expect(resolveTexts({ verify: 'Go' }).serverError(issue)).toBe('Choose how you want to receive the code.');
    expect(resolveTexts({ serverErrors: { NotEmptyValidator: 'Fill it in.' } }).serverError(issue)).toBe('Fill it in.');
  });
});
