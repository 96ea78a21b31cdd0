/**
 * A page that never loads styles.css (a blocked or failed stylesheet, a reader mode): the parts must
 * still read as plain HTML, each sentence once and in order. Deliberately no stylesheet import here.
 */
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorFlow, TwoFactorPrompt } from '../../src/index.js';
import { createMockAdapter, type MockAdapter } from '../../src/testing/index.js';
import { personIds, renderWithTwoFactor } from '../render.js';

beforeEach(() => {
  // Only the clock is fixed, so that every countdown stays at its first second while the page is read.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T09:30:00.000Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

const nextPersonId = personIds('unstyled');
const renderWith = (adapter: MockAdapter, ui: ReactElement) => renderWithTwoFactor(<div data-testid="page">{ui}</div>, { adapter });

/** The page's text as a sighted person reads it, line by line: what the browser renders, hidden or not. */
const shownLines = () =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, not the DOM's.
  (page.getByTestId('page').element() as HTMLElement).innerText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const occurrences = (pattern: RegExp) => shownLines().join('\n').match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('without the stylesheet', () => {
  it('given no stylesheet of the library on the page, should have no rule for its parts', () => {
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.filter((rule) => rule.includes('.rtf-'))).toEqual([]);
  });

  it('given a rate limit, should read the counting sentence once, after the summary title and before the choices', async () => {
    const adapter = createMockAdapter({ answers: { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 12 } });
    renderWith(adapter, <TwoFactorPrompt personId={nextPersonId()} languages={['en', 'fr']} defaultLanguage="en" cooldownSeconds={5} />);
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 12 s.');

    expect(occurrences(/Too many attempts\./)).toBe(1);
    const lines = shownLines();
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at('The code could not be sent')).toBeLessThan(at('Too many attempts. Try again in 12 s.'));
    expect(at('Too many attempts. Try again in 12 s.')).toBeLessThan(at('Send the code by'));
  });

  it('given a click refused during the cooldown, should read the refusal once, after the button', async () => {
    renderWith(createMockAdapter(), <TwoFactorPrompt personId={nextPersonId()} languages={['en', 'fr']} defaultLanguage="en" />);
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('A code was sent.');
    await userEvent.click(page.getByRole('button', { name: 'Resend code' }), { force: true });
    await expect.element(page.getByRole('status')).toHaveTextContent('A code was just sent.');

    expect(occurrences(/A code was just sent\./)).toBe(1);
    const lines = shownLines();
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at('Resend in 30 s')).toBeLessThan(at('You can ask for another in 30 s.'));
  });

  it('given a locked code step in the flow while the resend is held, should read the lock and its time once, before the resend', async () => {
    const adapter = createMockAdapter({
      verifyAnswers: { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] },
    });
    renderWith(adapter, <TwoFactorFlow personId={nextPersonId()} verify={{ maxAttempts: 1 }} />);
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await userEvent.click(page.getByRole('textbox', { name: 'Verification code' }));
    await userEvent.keyboard('000000');
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many wrong codes.');

    expect(occurrences(/Too many wrong codes\./)).toBe(1);
    const lines = shownLines();
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at('Too many wrong codes. You can request a new code in 30 s.')).toBeGreaterThan(-1);
    expect(at('Too many wrong codes.')).toBeLessThan(at('Resend in 30 s'));
  });
});
