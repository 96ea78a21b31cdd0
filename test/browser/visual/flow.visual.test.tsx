/**
 * Screenshots of <TwoFactorFlow>: the one card through its steps, in light, dark, forced colours,
 * 320 px and right to left. See prompt.visual.test.tsx for how to update the baselines.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorFlow, type TwoFactorFlowProps } from '../../../src/index.js';
import { createMockAdapter, type MockVerifyAnswer } from '../../../src/testing/index.js';
import { personIds } from '../../render.js';
import { hostResets, loadReset } from '../hostResets.js';
import { arabicTexts, type StageMode, stage } from './stage.js';

const hint = 'A code was sent to +32 *** ** 12.';
const rightCode = '123456';
const wrongCode: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

const nextPersonId = personIds('visual-flow');

async function stageFlowAtCodeStep(mode: StageMode | readonly StageMode[], props: Partial<TwoFactorFlowProps> = {}) {
  const adapter = createMockAdapter({
    answers: { type: 'sent', hint },
    verifyAnswers: (request) => (request.code === rightCode ? { type: 'verified' } : wrongCode),
  });
  const rtl = mode === 'rtl' || mode.includes('rtl');
  const frame = await stage(
    <TwoFactorFlow
      personId={nextPersonId()}
      send={{ languages: ['en', 'fr', 'nl', 'de'], defaultLanguage: 'en' }}
      {...(rtl && { messages: arabicTexts })}
      {...props}
    />,
    { adapter, mode },
  );
  await userEvent.click(page.getByRole('button'));
  const input = page.getByRole('textbox');
  await expect.element(input).toHaveFocus();
  return { frame, input };
}

describe('<TwoFactorFlow> screenshots', () => {
  describe('given the code step right after a code was sent', () => {
    for (const mode of ['light', 'dark', 'forced', 'narrow', 'rtl'] as const) {
      it(`should match the approved card (${mode})`, async () => {
        const { frame } = await stageFlowAtCodeStep(mode);
        await expect(frame).toMatchScreenshot(`flow-code-step-${mode}`);
      });
    }
  });

  it('given the code step in a right-to-left page at 320 px, should match the approved card', async () => {
    const { frame } = await stageFlowAtCodeStep(['rtl', 'narrow']);
    await expect(frame).toMatchScreenshot('flow-code-step-rtl-narrow');
  });

  describe('given the right code', () => {
    for (const mode of ['light', 'dark', 'forced'] as const) {
      it(`should match the approved verified card (${mode})`, async () => {
        const { frame } = await stageFlowAtCodeStep(mode);
        await userEvent.keyboard(rightCode);
        await expect.element(page.getByText('Code accepted.')).toBeVisible();
        await expect(frame).toMatchScreenshot(`flow-verified-${mode}`);
      });
    }
  });

  describe('given the step locked after too many wrong codes, while the resend is held', () => {
    for (const mode of ['light', 'dark', 'forced', 'narrow'] as const) {
      it(`should match the approved locked card that says when a new code can be requested (${mode})`, async () => {
        const { frame } = await stageFlowAtCodeStep(mode, { verify: { maxAttempts: 1 } });
        await userEvent.keyboard('000000');
        await expect.element(page.getByRole('alert')).toHaveTextContent('Too many wrong codes. You can request a new code in 30 s.');
        await expect(frame).toMatchScreenshot(`flow-locked-${mode}`);
      });
    }
  });

  // The same approved images: a host's reset, loaded before or after the stylesheet, changes nothing drawn.
  describe.each(hostResets)('given $name', (reset) => {
    for (const position of ['before', 'after'] as const) {
      it(`loaded ${position} the stylesheet, should match the approved code step and verified card`, async () => {
        const removeReset = loadReset(document, reset, position);
        try {
          const { frame } = await stageFlowAtCodeStep('light');
          await expect(frame).toMatchScreenshot('flow-code-step-light');
          await userEvent.keyboard(rightCode);
          await expect.element(page.getByText('Code accepted.')).toBeVisible();
          await expect(frame).toMatchScreenshot('flow-verified-light');
        } finally {
          removeReset();
        }
      });
    }
  });
});
