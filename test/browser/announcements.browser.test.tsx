/**
 * What a screen-reader user hears, in real Chromium: failures reach a live region as successes do,
 * a focused button keeps its accessible name while it counts down, and a message that stopped being
 * true goes away.
 */
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { TwoFactorCodeStep, TwoFactorFlow, TwoFactorPrompt } from '../../src/index.js';
import { createMockAdapter, type MockAdapter } from '../../src/testing/index.js';
import { holdClock } from '../clock.js';
import { personIds, renderWithTwoFactor } from '../render.js';

const nextPersonId = personIds('announce');
const renderWith = (adapter: MockAdapter, ui: ReactElement) => renderWithTwoFactor(ui, { adapter });

const liveRegionSelector = '[role="status"], [role="alert"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';
const liveRegions = () => [...document.querySelectorAll<HTMLElement>(liveRegionSelector)];

/** The live regions that hold `text`: ones that were already on the page, or alerts (announced when inserted). */
function announcing(text: string, before: readonly HTMLElement[]) {
  return liveRegions().filter(
    (region) => region.textContent?.includes(text) && (before.includes(region) || region.getAttribute('role') === 'alert'),
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('announcements', () => {
  it('given a wrong code, should announce it in a live region, as "Code accepted." is', async () => {
    const adapter = createMockAdapter({
      verifyAnswers: { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] },
    });
    renderWith(adapter, <TwoFactorCodeStep personId={nextPersonId()} />);
    const input = page.getByRole('textbox', { name: 'Verification code' });
    const before = liveRegions();

    await userEvent.click(input);
    await userEvent.keyboard('000000');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');

    await expect.poll(() => announcing('The code is not correct.', before).length).toBe(1);
    expect(announcing('4 attempts left.', before)).toHaveLength(1);
  });

  it('given the focused resend button counting down, should keep its accessible name, and announce once that a code can be requested', async () => {
    const adapter = createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to +32 *** ** 12.' } });
    renderWith(adapter, <TwoFactorFlow personId={nextPersonId()} send={{ cooldownSeconds: 3 }} />);
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();

    const resend = page.getByRole('button', { name: 'Resend code' });
    (resend.element() as HTMLElement).focus();
    const before = liveRegions();
    const names: string[] = [];
    // Looks until the button is enabled (a slow machine takes longer to get there), for at most 20 s.
    for (let tick = 0; tick < 45 && names.at(-1) !== 'enabled'; tick += 1) {
      await expect.element(resend).toHaveFocus();
      names.push((resend.element() as HTMLElement).getAttribute('aria-disabled') ?? 'enabled');
      await wait(450);
    }
    // Held while counting, then enabled; its name never changed (the locator above found it each time).
    expect(names[0]).toBe('true');
    expect(names.at(-1)).toBe('enabled');
    await expect.element(resend).toHaveAccessibleName('Resend code');
    const spoken = before.filter((region) => /request a new code|send a new code/i.test(region.textContent ?? ''));
    expect(spoken).toHaveLength(1);
  });

  it('given a rate limit that has run out, should clear the alert that still says to wait', async () => {
    // The clock moves only when the test moves it: the alert cannot run out before it is read, however slow the machine is.
    holdClock();
    const adapter = createMockAdapter({ answers: { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 1 } });
    renderWith(adapter, <TwoFactorPrompt personId={nextPersonId()} cooldownSeconds={0} />);
    const button = page.getByRole('button');

    await userEvent.click(button);
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 1 s.');
    vi.setSystemTime(Date.now() + 1000);
    // The countdown looks at the clock once a second.
    await expect.element(button, { timeout: 10_000 }).toHaveTextContent('Send code');

    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
  });
});
