/**
 * The stylesheet's promises, measured in real Chromium: what the screenshots show, asserted with
 * numbers, so that a failure says what broke.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep, TwoFactorPrompt } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { personIds } from '../render.js';
import { stage } from './visual/stage.js';

const nextPersonId = personIds('layout');

/** Euclidean distance between two `rgb()` colours, 0 to 441. */
function distance(first: string, second: string): number {
  const channels = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [a, b] = [channels(first), channels(second)];
  return Math.hypot(...a.map((value, index) => value - (b[index] ?? 0)));
}

const box = (element: Element) => element.getBoundingClientRect();
const style = (element: Element) => getComputedStyle(element);
const element = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`${selector} is not rendered.`);
  return found as HTMLElement;
};

describe('the stylesheet', () => {
  it('given forced colours, should keep the real input of the code invisible and every button outlined', async () => {
    await stage(<TwoFactorCodeStep personId={nextPersonId()} />, { adapter: createMockAdapter(), mode: 'forced' });
    await userEvent.click(page.getByRole('textbox', { name: 'Verification code' }));
    await userEvent.keyboard('123');

    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    expect(style(element('.rtf-code-input')).color).toBe('rgba(0, 0, 0, 0)');
    const verify = style(element('.rtf-submit'));
    expect(verify.borderTopStyle).toBe('solid');
    expect(verify.borderTopWidth).toBe('1px');
    expect(verify.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('given six boxes at 320 px, should fit them inside the card, grouped 3 + 3', async () => {
    await stage(<TwoFactorCodeStep personId={nextPersonId()} />, { adapter: createMockAdapter(), mode: 'narrow' });
    const card = box(element('.rtf-code-step'));
    const slots = [...document.querySelectorAll('.rtf-code-slot')].map(box);

    expect(slots).toHaveLength(6);
    for (const slot of slots) {
      expect(slot.left).toBeGreaterThanOrEqual(card.left);
      expect(slot.right).toBeLessThanOrEqual(card.right);
    }
    const gaps = slots.slice(1).map((slot, index) => slot.left - (slots[index] as DOMRect).right);
    expect(gaps[2]).toBeGreaterThan((gaps[0] as number) * 2);
    expect(new Set(gaps.filter((_, index) => index !== 2).map(Math.round)).size).toBe(1);
  });

  it('given an empty status region, should end the card one padding below the button', async () => {
    await stage(<TwoFactorPrompt personId={nextPersonId()} />, { adapter: createMockAdapter(), mode: 'light' });
    const card = element('.rtf-prompt');
    const padding = Number.parseFloat(style(card).paddingBottom) + Number.parseFloat(style(card).borderBottomWidth);

    expect(element('.rtf-status').childElementCount).toBe(0);
    expect(box(card).bottom - box(element('.rtf-submit')).bottom).toBeCloseTo(padding, 0);
  });

  it('given the default theme, should give the select and the button the same radius, and inherit the page font', async () => {
    await stage(<TwoFactorPrompt personId={nextPersonId()} />, { adapter: createMockAdapter(), mode: 'light' });

    expect(style(element('.rtf-select')).borderTopLeftRadius).toBe(style(element('.rtf-submit')).borderTopLeftRadius);
    expect(style(element('.rtf-prompt')).fontFamily).toBe(style(document.body).fontFamily);
    expect(style(element('.rtf-submit')).fontFamily).toBe(style(document.body).fontFamily);
  });

  it('given the focus ring on a radio, should leave a gap before its label', async () => {
    await stage(<TwoFactorPrompt personId={nextPersonId()} />, { adapter: createMockAdapter(), mode: 'light' });
    await userEvent.tab();
    const radio = page.getByRole('radio', { name: 'Text message (SMS)' });
    await expect.element(radio).toHaveFocus();
    const input = radio.element();
    const ring = Number.parseFloat(style(input).outlineWidth) + Number.parseFloat(style(input).outlineOffset);
    const label = box(input.nextElementSibling as Element);

    expect(label.left - (box(input).right + ring)).toBeGreaterThanOrEqual(4);
  });

  it('given the mouse over Send code, should change its background; held by the cooldown in dark mode, it should be muted, not a slab', async () => {
    const adapter = createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to +32 *** ** 12.' } });
    await stage(<TwoFactorPrompt personId={nextPersonId()} />, { adapter, mode: 'dark' });
    const button = element('.rtf-submit');
    const idle = style(button).backgroundColor;

    await userEvent.hover(button);
    const hovered = style(button).backgroundColor;
    expect(hovered).not.toBe(idle);

    await userEvent.click(button);
    await expect.element(page.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    const held = style(button);
    const card = style(element('.rtf-prompt')).backgroundColor;
    // Held: close to the card's own background, where the enabled button stands out from it.
    expect(distance(held.backgroundColor, card)).toBeLessThan(distance(idle, card) / 3);
    expect(held.cursor).toBe('not-allowed');
  });
});
