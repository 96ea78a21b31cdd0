/**
 * A host's reset never hides or breaks the library's parts: Tailwind's preflight, Bootstrap's reboot
 * and modern-normalize, each loaded before and after the library's stylesheet, measured in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { hostResets, loadReset, type ResetPosition } from './hostResets.js';
import { stage } from './visual/stage.js';

let nextPerson = 0;
const nextPersonId = () => {
  nextPerson += 1;
  return `P-resets-${nextPerson}`;
};

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

const positions: readonly ResetPosition[] = ['before', 'after'];

describe.each(hostResets)('given $name', (reset) => {
  describe.each(positions)('loaded %s the stylesheet', (position) => {
    it('should draw every box of the code, with its character', async () => {
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
      }
      expect(slots.map(drawnCharacter)).toEqual(['1', '2', '3', '', '', '']);
    });
  });
});
