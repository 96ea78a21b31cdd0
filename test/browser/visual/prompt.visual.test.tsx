/**
 * Screenshots of <TwoFactorPrompt> that designers approve: each state in light, dark, forced colours,
 * 320 px and right to left. A change to how a state looks shows in review as a changed PNG.
 * Baselines: `npx vitest run --project browser test/browser/visual --update`, then review the PNGs.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorPrompt, type TwoFactorPromptProps } from '../../../src/index.js';
import { pseudoLocale } from '../../../src/locales/pseudo.js';
import { createMockAdapter, type MockAnswer } from '../../../src/testing/index.js';
import { personIds } from '../../render.js';
import { hostResets, loadReset } from '../hostResets.js';
import { arabicTexts, type StageMode, stage } from './stage.js';

const hint = 'A code was sent to +32 *** ** 12.';

const invalidMediumAndLanguage: MockAnswer = {
  type: 'invalid',
  issues: [
    // The server's reasons for the choices made (email picked for a person without an address), as the stories' server gives them.
    { propertyName: 'Medium', message: 'This person has no email address on file. Choose a text message.', code: 'PredicateValidator' },
    { propertyName: 'command.Language', message: 'Codes cannot be sent in this language yet.', code: 'LanguageValidator' },
  ],
};

const mixedErrors: MockAnswer = {
  type: 'invalid',
  issues: [
    { propertyName: 'Medium', message: 'Choose email or SMS.' },
    { propertyName: 'Contact.Phone', message: 'The person has no mobile number.' },
  ],
  formErrors: ['The person is locked.'],
};

const nextPersonId = personIds('visual');

async function stagePrompt(mode: StageMode | readonly StageMode[], answer: MockAnswer, props: Partial<TwoFactorPromptProps> = {}) {
  const adapter = createMockAdapter({ answers: answer });
  const frame = await stage(
    <TwoFactorPrompt personId={nextPersonId()} languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" {...props} />,
    { adapter, mode },
  );
  return { frame, adapter };
}

/** Moves the mouse off every control, so that no hover state shows by accident. */
const restMouse = () => userEvent.hover(page.getByTestId('stage'), { position: { x: 1, y: 1 } });

async function sendAndWaitForHint() {
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  await expect.element(page.getByRole('status')).toHaveTextContent(hint);
  await restMouse();
}

async function sendAndWaitForAlert() {
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  await expect.element(page.getByRole('alert')).toBeVisible();
  await restMouse();
}

describe('<TwoFactorPrompt> screenshots', () => {
  describe('given the prompt as a portal first shows it', () => {
    for (const mode of ['light', 'dark', 'forced', 'rtl'] as const) {
      it(`should match the approved idle prompt (${mode})`, async () => {
        const { frame } = await stagePrompt(mode, { type: 'sent', hint }, mode === 'rtl' ? { messages: arabicTexts } : {});
        // The pointer where an earlier file left it (design.visual's hover) would hover the select.
        await restMouse();
        await expect(frame).toMatchScreenshot(`prompt-idle-${mode}`);
      });
    }
  });

  it('given the mouse over Send code, should match the approved hover state (light)', async () => {
    const { frame } = await stagePrompt('light', { type: 'sent', hint });
    await userEvent.hover(page.getByRole('button', { name: 'Send code' }));
    await expect(frame).toMatchScreenshot('prompt-hover-light');
  });

  describe('given errors at the medium and the language', () => {
    for (const mode of ['light', 'dark', 'forced'] as const) {
      it(`should match the approved inline errors (${mode})`, async () => {
        const { frame } = await stagePrompt(mode, invalidMediumAndLanguage);
        await userEvent.click(page.getByRole('radio', { name: 'Email' }));
        await sendAndWaitForAlert();
        await expect(frame).toMatchScreenshot(`prompt-field-errors-${mode}`);
      });
    }
  });

  it('given a field error and form errors in the long pseudo-locale, should match the approved 320 px layout', async () => {
    const { frame } = await stagePrompt('narrow', mixedErrors, { messages: pseudoLocale });
    await userEvent.click(page.getByRole('button'));
    await expect.element(page.getByRole('alert')).toBeVisible();
    await restMouse();
    await expect(frame).toMatchScreenshot('prompt-mixed-errors-narrow');
  });

  describe('given a code sent, with the button held by the cooldown', () => {
    for (const mode of ['light', 'dark', 'forced', 'narrow'] as const) {
      it(`should match the approved sent state (${mode})`, async () => {
        const { frame } = await stagePrompt(mode, { type: 'sent', hint });
        await sendAndWaitForHint();
        await expect(frame).toMatchScreenshot(`prompt-sent-${mode}`);
      });
    }
  });

  it('given a code sent in a right-to-left page at 320 px, should match the approved layout', async () => {
    const { frame } = await stagePrompt(['rtl', 'narrow'], { type: 'sent', hint }, { messages: arabicTexts });
    await userEvent.click(page.getByRole('button'));
    await expect.element(page.getByRole('status')).toHaveTextContent(hint);
    await restMouse();
    await expect(frame).toMatchScreenshot('prompt-sent-rtl-narrow');
  });

  // The same approved images: a host's reset, loaded before or after the stylesheet, changes nothing drawn.
  describe.each(hostResets)('given $name', (reset) => {
    for (const position of ['before', 'after'] as const) {
      it(`loaded ${position} the stylesheet, should match the approved inline errors and sent state`, async () => {
        const { frame } = await stagePrompt('light', invalidMediumAndLanguage);
        const removeReset = loadReset(document, reset, position);
        try {
          await userEvent.click(page.getByRole('radio', { name: 'Email' }));
          await sendAndWaitForAlert();
          await expect(frame).toMatchScreenshot('prompt-field-errors-light');
        } finally {
          removeReset();
        }
      });
    }
  });
});
