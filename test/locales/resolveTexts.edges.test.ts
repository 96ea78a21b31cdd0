// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TwoFactorMessagesOverride } from '../../src/i18n/index.js';
import { freshPage } from './freshPage.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resolveTexts, what it reports', () => {
  it('given no messages, or only some texts, should show English counts and report nothing', async () => {
    const { resolveTexts, reports } = await freshPage();
    expect(resolveTexts().resendIn(12)).toBe('Resend in 12 s');
    const partial = resolveTexts({ title: 'Two steps' });
    expect(partial.title).toBe('Two steps');
    expect(partial.send).toBe('Send code');
    expect(partial.attemptsLeft(2)).toBe('2 attempts left.');
    expect(partial.errors['rate-limited'](1_500)).toBe('Too many attempts. Try again in 1,500 s.');
    expect(reports()).toStrictEqual([]);
  });

  it('given null for the messages or for a group of them, should show English and report it', async () => {
    const { resolveTexts, reports } = await freshPage();
    expect(resolveTexts(null as unknown as TwoFactorMessagesOverride).send).toBe('Send code');
    const messages = resolveTexts({ errors: null } as unknown as TwoFactorMessagesOverride);
    expect(messages.errors.network).toBe('The server could not be reached. Check your connection and try again.');
    expect(reports()).toStrictEqual([
      'react-two-factor: messages must be an object; got null. English is shown.',
      'react-two-factor: messages.errors must be an object; got null. English is shown.',
    ]);
  });

  it('given null or a list where a text belongs, should name what it got', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({ title: null, send: ['Send'] } as unknown as TwoFactorMessagesOverride);
    expect(messages.title).toBe('Send a verification code');
    expect(messages.send).toBe('Send code');
    expect(reports()).toStrictEqual([
      'react-two-factor: messages.title must be text or a function; got null. English is shown.',
      'react-two-factor: messages.send must be text or a function; got an array. English is shown.',
    ]);
  });

  it('given a plural text for a text that counts nothing, should show English and report it', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({ title: { other: 'Deux étapes' } } as unknown as TwoFactorMessagesOverride);
    expect(messages.title).toBe('Send a verification code');
    expect(reports()).toStrictEqual([
      'react-two-factor: messages.title must be text or a function; got an object that is no plural text. English is shown.',
    ]);
  });

  it('given a plural text with a form that is no plural category or no text, should show English and report it', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({
      attemptsLeft: { other: '{attempts} essais', several: 'quelques essais' },
      resendIn: { other: 'Encore {seconds} s', one: 1 },
    } as unknown as TwoFactorMessagesOverride);
    expect(messages.attemptsLeft(3)).toBe('3 attempts left.');
    expect(messages.resendIn(1)).toBe('Resend in 1 s');
    expect(reports()).toStrictEqual([
      'react-two-factor: messages.resendIn must be text, a plural text ({ one, other, … }) or a function; got an object that is no plural text. English is shown.',
      'react-two-factor: messages.attemptsLeft must be text, a plural text ({ one, other, … }) or a function; got an object that is no plural text. English is shown.',
    ]);
  });

  it('given a wrong type for the text of a rate limit with a known wait, should name rateLimitedRetryIn', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({ rateLimitedRetryIn: 42 } as unknown as TwoFactorMessagesOverride);
    expect(messages.errors['rate-limited'](30)).toBe('Too many attempts. Try again in 30 s.');
    expect(reports()).toStrictEqual([
      'react-two-factor: messages.rateLimitedRetryIn must be text, a plural text ({ one, other, … }) or a function; got a number. English is shown.',
    ]);
  });

  it('given a rate-limited function that throws for a known wait, should show English and name errors.rate-limited', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({
      errors: {
        'rate-limited': (seconds) => {
          if (seconds !== undefined) throw new Error('no plural yet');
          return 'Slow down.';
        },
      },
    });
    expect(messages.errors['rate-limited'](undefined)).toBe('Slow down.');
    expect(messages.errors['rate-limited'](30)).toBe('Too many attempts. Wait a moment, then try again.');
    expect(reports()).toStrictEqual(['react-two-factor: messages.errors.rate-limited threw (no plural yet); English is shown.']);
  });
});

describe('resolveTexts, what it renders', () => {
  it('given a locale with spaces around it, should use that locale', async () => {
    const { resolveTexts, reports } = await freshPage();
    const messages = resolveTexts({ locale: ' fr ', resendIn: 'Renvoyer dans {seconds} s' });
    expect(messages.locale).toBe('fr');
    expect(messages.resendIn(1_500)).toBe('Renvoyer dans 1\u202f500 s');
    expect(reports()).toStrictEqual([]);
  });

  it('given a counting text called with no number, should leave its placeholder as written', async () => {
    const { resolveTexts } = await freshPage();
    const messages = resolveTexts();
    // A plain-JavaScript caller may pass what the types forbid: the text then keeps `{seconds}` rather than print "null".
    expect(messages.resendIn(null as unknown as number)).toBe('Resend in {seconds} s');
    expect(messages.singleMedium(undefined as unknown as string)).toBe('The code will be sent by {medium}.');
  });

  it('given a rate-limited function that reads its own state, should call it again at each render without a wait', async () => {
    const { resolveTexts } = await freshPage();
    let minutes = 5;
    const messages = resolveTexts({ errors: { 'rate-limited': () => `Wait ${minutes} minutes.` } });
    minutes = 2;
    expect(messages.errors['rate-limited'](undefined)).toBe('Wait 2 minutes.');
  });
});
