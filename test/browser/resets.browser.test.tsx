/**
 * A host's reset never hides or breaks the library's parts: Tailwind's preflight, Bootstrap's reboot
 * and modern-normalize, each loaded before and after the library's stylesheet, measured in Chromium
 * (the screenshots of the same states are in visual/resets.visual.test.tsx).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep, TwoFactorFlow, TwoFactorPrompt } from '../../src/index.js';
import { createMockAdapter, type MockAnswer, type MockVerifyAnswer } from '../../src/testing/index.js';
import { personIds } from '../render.js';
import { hostResets, loadReset, type ResetPosition, resetDifferences } from './hostResets.js';
import { stage } from './visual/stage.js';

const nextPersonId = personIds('resets');

let removeReset: (() => void) | undefined;
afterEach(() => {
  removeReset?.();
  removeReset = undefined;
});

/** The character a drawn box shows (its `::before`), or '' for none. */
function drawnCharacter(slot: Element): string {
  const content = getComputedStyle(slot, '::before').content;
  return content.startsWith('"') ? (JSON.parse(content) as string) : '';
}

const hint = 'A code was sent to +32 *** ** 12.';
const wrongCode: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };
const fieldErrors: MockAnswer = {
  type: 'invalid',
  issues: [
    { propertyName: 'Medium', message: 'Choose email or SMS.' },
    { propertyName: 'command.Language', message: "'Language' is not a supported language." },
  ],
  formErrors: ['The person is locked.', 'Try again tomorrow.'],
};

const positions: readonly ResetPosition[] = ['before', 'after'];

describe.each(hostResets)('given $name', (reset) => {
  describe.each(positions)('loaded %s the stylesheet', (position) => {
    it('should draw every box of the code, with its character and the caret box outlined', async () => {
      await stage(<TwoFactorCodeStep personId={nextPersonId()} autoSubmit={false} />, { adapter: createMockAdapter(), mode: 'light' });
      removeReset = loadReset(document, reset, position);
      await userEvent.click(page.getByRole('textbox', { name: 'Verification code' }));
      await userEvent.keyboard('123');

      const slots = [...document.querySelectorAll('.rtf-code-slot')];
      expect(slots).toHaveLength(6);
      for (const slot of slots) {
        const box = slot.getBoundingClientRect();
        expect(box.width).toBeGreaterThan(20);
        expect(box.height).toBeGreaterThan(40);
        expect(getComputedStyle(slot).borderTopWidth).toBe('1px');
      }
      expect(slots.map(drawnCharacter)).toEqual(['1', '2', '3', '', '', '']);
      const caret = getComputedStyle(slots[3] as Element);
      expect(caret.outlineStyle).toBe('solid');
      expect(caret.outlineWidth).toBe('2px');
    });

    it('should show the focus ring of a button reached with the keyboard', async () => {
      await stage(<TwoFactorCodeStep personId={nextPersonId()} autoSubmit={false} />, { adapter: createMockAdapter(), mode: 'light' });
      removeReset = loadReset(document, reset, position);
      await userEvent.click(page.getByRole('textbox', { name: 'Verification code' }));
      await userEvent.keyboard('{Tab}');

      const verify = page.getByRole('button', { name: 'Verify' }).element();
      expect(document.activeElement).toBe(verify);
      expect(getComputedStyle(verify).outlineStyle).toBe('solid');
      expect(getComputedStyle(verify).outlineWidth).toBe('3px');
    });
  });
});

describe('given each reset before and after the stylesheet', () => {
  const sameParts = () => expect(resetDifferences(page.getByTestId('stage').element())).toEqual([]);

  it('should lay out the code step the same, typing, after a wrong code and locked', async () => {
    await stage(<TwoFactorCodeStep personId={nextPersonId()} maxAttempts={2} />, {
      adapter: createMockAdapter({ verifyAnswers: wrongCode }),
      mode: 'light',
    });
    const input = page.getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(input);
    await userEvent.keyboard('123');
    sameParts();
    await userEvent.keyboard('456');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    sameParts();
    await userEvent.keyboard('654321');
    await expect.element(page.getByRole('alert')).toBeVisible();
    sameParts();
  });

  it('should lay out the prompt the same, idle, with field and form errors, and sent', async () => {
    await stage(<TwoFactorPrompt personId={nextPersonId()} languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" />, {
      adapter: createMockAdapter({ answers: [fieldErrors, { type: 'sent', hint }] }),
      mode: 'light',
    });
    sameParts();
    await userEvent.click(page.getByRole('radio', { name: 'Email' }));
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('alert')).toBeVisible();
    sameParts();
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('status')).toHaveTextContent(hint);
    sameParts();
  });

  it('should lay out the flow the same at its code step and verified', async () => {
    await stage(<TwoFactorFlow personId={nextPersonId()} send={{ languages: ['en', 'fr'], defaultLanguage: 'en' }} />, {
      adapter: createMockAdapter({ answers: { type: 'sent', hint } }),
      mode: 'light',
    });
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(page.getByRole('textbox')).toHaveFocus();
    sameParts();
    await userEvent.keyboard('123456');
    await expect.element(page.getByText('Code accepted.')).toBeVisible();
    sameParts();
  });
});
