import { expect, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';
import { createMockAdapter } from 'react-two-factor/testing';

test('given a person, when they send a code by email, should show the hint and send one code', async () => {
  const adapter = createMockAdapter({ answers: { type: 'sent', hint: 'Code sent to j***@example.com.' } });
  render(
    <TwoFactorProvider adapter={adapter}>
      <TwoFactorPrompt personId="42" />
    </TwoFactorProvider>,
  );

  await userEvent.click(screen.getByRole('radio', { name: /email/i }));
  await userEvent.click(screen.getByRole('button', { name: 'Send code' }));

  expect(await screen.findByText('Code sent to j***@example.com.')).toBeTruthy();
  expect(adapter.calls).toHaveLength(1);
  expect(adapter.calls[0]?.request).toMatchObject({ personId: '42', medium: 'email' });
});

// Another person: the first one's resend cooldown is kept for the page, as it would be in a browser.
test('given a server refusing the medium, should show its message at that field', async () => {
  const adapter = createMockAdapter({
    answers: { type: 'invalid', issues: [{ propertyName: 'Medium', message: 'SMS is not available for this person.' }] },
  });
  render(
    <TwoFactorProvider adapter={adapter}>
      <TwoFactorPrompt personId="43" />
    </TwoFactorProvider>,
  );

  await userEvent.click(screen.getByRole('button', { name: 'Send code' }));

  const sms = await screen.findByRole('radio', { name: /sms/i, description: /SMS is not available for this person\./ });
  expect(sms.getAttribute('aria-invalid')).toBe('true');
});
