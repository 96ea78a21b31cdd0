/**
 * Screenshots of <TwoFactorCodeStep>: the drawn boxes in every state, in light, dark, forced
 * colours, 320 px and right to left. See prompt.visual.test.tsx for how to update the baselines.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep, type TwoFactorCodeStepProps } from '../../../src/index.js';
import { createMockAdapter, type MockVerifyAnswer } from '../../../src/testing/index.js';
import { personIds } from '../../render.js';
import { hostResets, loadReset } from '../hostResets.js';
import { arabicTexts, type StageMode, stage } from './stage.js';

const wrongCode: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

const nextPersonId = personIds('visual-code');

async function stageCodeStep(mode: StageMode | readonly StageMode[], props: Partial<TwoFactorCodeStepProps> = {}, width?: number) {
  const adapter = createMockAdapter({ verifyAnswers: wrongCode });
  const rtl = mode === 'rtl' || mode.includes('rtl');
  const frame = await stage(<TwoFactorCodeStep personId={nextPersonId()} {...(rtl && { messages: arabicTexts })} {...props} />, {
    adapter,
    mode,
    ...(width !== undefined && { width }),
  });
  return { frame, input: page.getByRole('textbox') };
}

describe('<TwoFactorCodeStep> screenshots', () => {
  describe('given the focused, empty step', () => {
    for (const mode of ['light', 'dark'] as const) {
      it(`should show the caret in the first box (${mode})`, async () => {
        const { frame, input } = await stageCodeStep(mode);
        await userEvent.click(input);
        await expect(frame).toMatchScreenshot(`code-empty-focused-${mode}`);
      });
    }
  });

  describe('given three digits typed', () => {
    for (const mode of ['light', 'forced', 'rtl'] as const) {
      it(`should draw each digit once, in its box (${mode})`, async () => {
        const { frame, input } = await stageCodeStep(mode, { autoSubmit: false });
        await userEvent.click(input);
        await userEvent.keyboard('123');
        await expect(frame).toMatchScreenshot(`code-typing-${mode}`);
      });
    }
  });

  describe('given a wrong code, selected so that typing replaces it', () => {
    for (const mode of ['light', 'dark', 'forced'] as const) {
      it(`should show the error and the selection (${mode})`, async () => {
        const { frame, input } = await stageCodeStep(mode);
        await userEvent.click(input);
        await userEvent.keyboard('000000');
        await expect.element(input).toHaveAttribute('aria-invalid', 'true');
        await expect(frame).toMatchScreenshot(`code-wrong-${mode}`);
      });
    }
  });

  describe('given the step locked after too many wrong codes', () => {
    for (const mode of ['light', 'dark', 'forced'] as const) {
      it(`should show boxes that are visibly inert (${mode})`, async () => {
        const { frame, input } = await stageCodeStep(mode, { maxAttempts: 1 });
        await userEvent.click(input);
        await userEvent.keyboard('222222');
        await expect.element(page.getByRole('alert')).toBeVisible();
        await expect(frame).toMatchScreenshot(`code-locked-${mode}`);
      });
    }
  });

  it('given eight characters at 320 px, should fit the boxes in the card (narrow)', async () => {
    const { frame, input } = await stageCodeStep('narrow', { codeLength: 8, codePattern: /[A-Z0-9]/i, autoSubmit: false });
    await userEvent.click(input);
    await userEvent.keyboard('AB12');
    await expect(frame).toMatchScreenshot('code-length8-narrow');
  });

  it('given twelve characters at 320 px, should fit the boxes in the card (narrow)', async () => {
    const { frame } = await stageCodeStep('narrow', { codeLength: 12 });
    await expect(frame).toMatchScreenshot('code-length12-narrow');
  });

  it('given twelve characters at 1280 px, should keep the boxes inside the card (light)', async () => {
    const { frame } = await stageCodeStep('light', { codeLength: 12 }, 1280);
    await expect(frame).toMatchScreenshot('code-length12-light');
  });

  // The same approved images: a host's reset, loaded before or after the stylesheet, changes nothing drawn.
  describe.each(hostResets)('given $name', (reset) => {
    for (const position of ['before', 'after'] as const) {
      it(`loaded ${position} the stylesheet, should draw the typed digits and the locked boxes as approved`, async () => {
        const { frame, input } = await stageCodeStep('light', { maxAttempts: 1 });
        const removeReset = loadReset(document, reset, position);
        try {
          await userEvent.click(input);
          await userEvent.keyboard('123');
          await expect(frame).toMatchScreenshot('code-typing-light');
          await userEvent.keyboard('{Backspace}{Backspace}{Backspace}222222');
          await expect.element(page.getByRole('alert')).toBeVisible();
          await expect(frame).toMatchScreenshot('code-locked-light');
        } finally {
          removeReset();
        }
      });
    }
  });
});
