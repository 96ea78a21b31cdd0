/**
 * The built prompt in real Chromium: real focus, real keyboard events, the
 * browser's own radio-group and select behaviour (jsdom has none of them).
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { TwoFactorPrompt, type TwoFactorPromptProps } from '../../src/index.js';
import { createMockAdapter, type MockAdapter } from '../../src/testing/index.js';
import { holdClock } from '../clock.js';
import { gated } from '../gate.js';
import { personIds, renderWithTwoFactor } from '../render.js';

const nextPersonId = personIds('browser');

function renderPrompt(adapter: MockAdapter, props: Partial<TwoFactorPromptProps> = {}) {
  const personId = nextPersonId();
  renderWithTwoFactor(
    <TwoFactorPrompt personId={personId} contextId="portal-login" languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" {...props} />,
    { adapter },
  );
  return {
    personId,
    sms: page.getByRole('radio', { name: 'Text message (SMS)' }),
    email: page.getByRole('radio', { name: 'Email' }),
    language: page.getByRole('combobox', { name: 'Language' }),
    button: page.getByRole('button'),
    status: page.getByRole('status'),
  };
}

describe('<TwoFactorPrompt> with the keyboard only', () => {
  it('tabs into the radio group, moves the choice with arrow keys, selects with Space, submits with Enter', async () => {
    holdClock();
    const adapter = createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to j***@example.com.' }, delayMs: 50 });
    const { personId, sms, email, language, button, status } = renderPrompt(adapter);

    // Tab enters the radio group on its checked radio.
    await userEvent.tab();
    await expect.element(sms).toHaveFocus();
    await expect.element(sms).toBeChecked();

    // Arrow keys move focus and the checked radio together, within the group.
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(email).toHaveFocus();
    await expect.element(email).toBeChecked();
    await expect.element(sms).not.toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(sms).toHaveFocus();
    await expect.element(sms).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(email).toHaveFocus();

    // Space selects the focused radio (and keeps it selected).
    await userEvent.keyboard(' ');
    await expect.element(email).toBeChecked();
    await expect.element(email).toHaveFocus();

    // The group is one tab stop: the next Tab goes to the select, where arrow keys change the language.
    await userEvent.tab();
    await expect.element(language).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(language).toHaveValue('fr');

    // Enter on the button submits the form.
    await userEvent.tab();
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await expect.element(status).toHaveTextContent('A code was sent to j***@example.com.');
    expect(adapter.calls).toHaveLength(1);
    expect(adapter.calls[0]?.request).toEqual({ personId, contextId: 'portal-login', medium: 'email', language: 'fr' });
    // Focus stays on the button, which now counts down and refuses another send.
    await expect.element(button).toHaveFocus();
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button).toHaveAccessibleDescription('Resend in 30 s');
  });

  it('sends once when Enter is pressed twice and Space once on the button', async () => {
    // The answer waits at a gate: every key lands while the send is in flight, however slow the machine is.
    const { adapter, open } = gated(createMockAdapter({ answers: { type: 'sent' } }));
    const { button, status } = renderPrompt(adapter);

    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{Enter}{Enter} ');
    await expect.element(button).toHaveTextContent('Sending…');
    open();

    await expect.element(status).toHaveTextContent('A code is on its way.');
    await userEvent.keyboard('{Enter}');
    expect(adapter.calls).toHaveLength(1);
  });

  it('moves focus to the first field the server rejected', async () => {
    const adapter = createMockAdapter({
      answers: {
        type: 'invalid',
        issues: [{ propertyName: 'command.Language', message: 'This language is not offered for this person.' }],
      },
    });
    const { language, button } = renderPrompt(adapter);

    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByRole('alert')).toHaveTextContent('Check the highlighted fields and try again.');
    await expect.element(language).toHaveFocus();
    await expect.element(language).toHaveAttribute('aria-invalid', 'true');
    await expect.element(language).toHaveAccessibleDescription('Error: This language is not offered for this person.');
  });
});
