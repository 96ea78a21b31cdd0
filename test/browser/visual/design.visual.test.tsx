/**
 * Screenshots of the states issue 23 reviewed: one clock, one sentence per failure, endings that end,
 * retyping, the portal recipe in light and dark, in light, dark and forced colours (1280 and 320 px
 * where the layout differs). See prompt.visual.test.tsx for how to update the baselines.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep, TwoFactorPrompt } from '../../../src/index.js';
import { createMockAdapter, type MockAnswer } from '../../../src/testing/index.js';
import { PortalLoginScreen } from '../../../stories/PortalLoginScreen.js';
import { type StageMode, stage } from './stage.js';

const hint = 'A code was sent to +32 *** ** 12.';
const rightCode = '123456';
const wrongCode: MockAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };
const modes = ['light', 'dark', 'forced'] as const;
// Five test projects share two cores in CI: a stable pair of screenshots of the 1280 px recipe can take longer than 5 s.
const stableWithin = { timeout: 30_000 };

let nextPerson = 0;
const person = () => {
  nextPerson += 1;
  return `P-visual-design-${nextPerson}`;
};

/** Moves the mouse off every control, so that no hover state shows by accident. */
const restMouse = () => userEvent.hover(page.getByTestId('stage'), { position: { x: 1, y: 1 } });

async function stagePrompt(mode: StageMode | readonly StageMode[], answers: MockAnswer | MockAnswer[], cooldownSeconds = 30) {
  const adapter = createMockAdapter({ answers });
  const frame = await stage(
    <TwoFactorPrompt personId={person()} languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" cooldownSeconds={cooldownSeconds} />,
    { adapter, mode },
  );
  await userEvent.click(page.getByRole('button'));
  return frame;
}

async function stageCodeStep(mode: StageMode | readonly StageMode[], props: { maxAttempts?: number; withWayOn?: boolean } = {}) {
  const adapter = createMockAdapter({ verifyAnswers: (request) => (request.code === rightCode ? { type: 'sent' } : wrongCode) });
  const frame = await stage(
    <TwoFactorCodeStep
      personId={person()}
      {...(props.maxAttempts !== undefined && { maxAttempts: props.maxAttempts })}
      {...(props.withWayOn && { onUseAnotherMethod: () => {} })}
    />,
    { adapter, mode },
  );
  const input = page.getByRole('textbox');
  await userEvent.click(input);
  return { frame, input };
}

describe('issue 23 screenshots', () => {
  describe('given a rate limit of 12 s: one sentence, and the alert counts with the button', () => {
    for (const mode of modes) {
      it(`should match the approved rate-limited prompt (${mode})`, async () => {
        const frame = await stagePrompt(mode, { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 12 }, 5);
        await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 12 s.');
        await restMouse();
        await expect(frame).toMatchScreenshot(`prompt-rate-limited-${mode}`, stableWithin);
      });
    }
  });

  it('given a 429 with Retry-After: 0 and no cooldown, should match the approved prompt that says why (light)', async () => {
    const frame = await stagePrompt('light', { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 0 }, 0);
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a moment, then try again.');
    await restMouse();
    await expect(frame).toMatchScreenshot('prompt-rate-limited-no-wait-light', stableWithin);
  });

  it('given a click during the cooldown, should match the approved note that counts with the button (light)', async () => {
    const frame = await stagePrompt('light', { type: 'sent', hint });
    await expect.element(page.getByRole('status')).toHaveTextContent(hint);
    // Held (aria-disabled), the button still takes the click, as a person's does: Playwright must be told.
    await userEvent.click(page.getByRole('button'), { force: true });
    await expect.element(page.getByText(/^A code was just sent/).first()).toBeVisible();
    await restMouse();
    await expect(frame).toMatchScreenshot('prompt-refusal-light', stableWithin);
  });

  it("given FluentValidation's generic messages at the fields, should match the approved human sentences (light)", async () => {
    const frame = await stagePrompt('light', {
      type: 'invalid',
      issues: [
        { propertyName: 'Medium', message: "'Medium' must not be empty.", code: 'NotEmptyValidator' },
        { propertyName: 'Language', message: "'Language' is not in the correct format.", code: 'RegularExpressionValidator' },
      ],
    });
    await expect.element(page.getByRole('alert')).toBeVisible();
    await restMouse();
    await expect(frame).toMatchScreenshot('prompt-generic-codes-light', stableWithin);
  });

  describe('given the right code: success, and nothing left to press', () => {
    for (const mode of modes) {
      it(`should match the approved verified step (${mode})`, async () => {
        const { frame } = await stageCodeStep(mode);
        await userEvent.keyboard(rightCode);
        await expect.element(page.getByText('Code accepted.')).toBeVisible();
        await restMouse();
        await expect(frame).toMatchScreenshot(`code-verified-${mode}`, stableWithin);
      });
    }
  });

  describe('given a wrong code, then one new digit: no red, no old message, the new code plainly', () => {
    for (const mode of modes) {
      it(`should match the approved retyping step (${mode})`, async () => {
        const { frame, input } = await stageCodeStep(mode);
        await userEvent.keyboard('000000');
        await expect.element(input).toHaveAttribute('aria-invalid', 'true');
        await userEvent.keyboard('1');
        await expect.element(input).not.toHaveAttribute('aria-invalid');
        await restMouse();
        await expect(frame).toMatchScreenshot(`code-retyping-${mode}`, stableWithin);
      });
    }
  });

  describe("given a locked step on its own with the host's way on", () => {
    for (const mode of modes) {
      it(`should match the approved locked step with "Use another method" (${mode})`, async () => {
        const { frame } = await stageCodeStep(mode, { maxAttempts: 1, withWayOn: true });
        await userEvent.keyboard('000000');
        await expect.element(page.getByRole('alert')).toHaveTextContent('Too many wrong codes.');
        await restMouse();
        await expect(frame).toMatchScreenshot(`code-locked-way-on-${mode}`, stableWithin);
      });
    }
  });

  describe('given the portal recipe', () => {
    const recipe = () => <PortalLoginScreen personId={person()} contextId="portal-login" displayName="Jan" />;
    for (const mode of modes) {
      it(`should match the approved login page at 1280 px (${mode})`, async () => {
        const frame = await stage(recipe(), { adapter: createMockAdapter({ answers: { type: 'sent', hint } }), mode, width: 1280 });
        await restMouse();
        await expect(frame).toMatchScreenshot(`recipe-${mode}`, stableWithin);
      });
    }

    for (const mode of ['light', 'dark'] as const) {
      it(`should match the approved code step at 320 px, its actions at the content edge (${mode})`, async () => {
        const frame = await stage(recipe(), { adapter: createMockAdapter({ answers: { type: 'sent', hint } }), mode: [mode, 'narrow'] });
        await userEvent.click(page.getByRole('button', { name: 'Send code' }));
        await expect.element(page.getByRole('textbox')).toHaveFocus();
        await restMouse();
        await expect(frame).toMatchScreenshot(`recipe-code-step-narrow-${mode}`, stableWithin);
      });
    }

    it('given the mouse over "Use another method", should match the approved hover in dark mode', async () => {
      const frame = await stage(recipe(), { adapter: createMockAdapter({ answers: { type: 'sent', hint } }), mode: ['dark', 'narrow'] });
      await userEvent.click(page.getByRole('button', { name: 'Send code' }));
      await expect.element(page.getByRole('textbox')).toHaveFocus();
      await userEvent.hover(page.getByRole('button', { name: 'Use another method' }));
      await expect(frame).toMatchScreenshot('recipe-link-hover-dark', stableWithin);
    });
  });
});
