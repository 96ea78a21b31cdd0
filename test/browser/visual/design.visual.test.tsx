/**
 * Screenshots of the states issue 23 reviewed: one clock, one sentence per failure, endings that end,
 * retyping, the portal recipe in light and dark, in light, dark and forced colours (1280 and 320 px
 * where the layout differs). See prompt.visual.test.tsx for how to update the baselines.
 */
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { TwoFactorCodeStep, TwoFactorFlow, TwoFactorPrompt } from '../../../src/index.js';
import { createMockAdapter, type MockAnswer, type MockVerifyAnswer } from '../../../src/testing/index.js';
import { PortalLoginScreen } from '../../../stories/PortalLoginScreen.js';
import { personIds } from '../../render.js';
import { type StageMode, stage } from './stage.js';

const hint = 'A code was sent to +32 *** ** 12.';
const rightCode = '123456';
const wrongCode: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };
const modes = ['light', 'dark', 'forced'] as const;
// Five test projects share two cores in CI: a stable pair of screenshots of the 1280 px recipe can take longer than 5 s.
const stableWithin = { timeout: 30_000 };

const person = personIds('visual-design');

/** Moves the mouse off every control, so that no hover state shows by accident. */
const restMouse = () => userEvent.hover(page.getByTestId('stage'), { position: { x: 1, y: 1 } });

/** Holds the mouse button down on `selector` (its `:active` state) while `check` runs, then lets go. */
async function pressed(selector: string, check: () => Promise<unknown>) {
  await commands.pressMouse(selector);
  try {
    await check();
  } finally {
    await commands.releaseMouse();
  }
}

async function stagePrompt(mode: StageMode | readonly StageMode[], answers: MockAnswer | MockAnswer[], cooldownSeconds = 30) {
  const adapter = createMockAdapter({ answers });
  const frame = await stage(
    <TwoFactorPrompt personId={person()} languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" cooldownSeconds={cooldownSeconds} />,
    { adapter, mode },
  );
  await userEvent.click(page.getByRole('button'));
  return frame;
}

async function stageCodeStep(
  mode: StageMode | readonly StageMode[],
  props: { maxAttempts?: number; withWayOn?: boolean; width?: number } = {},
) {
  const adapter = createMockAdapter({ verifyAnswers: (request) => (request.code === rightCode ? { type: 'verified' } : wrongCode) });
  const frame = await stage(
    <TwoFactorCodeStep
      personId={person()}
      {...(props.maxAttempts !== undefined && { maxAttempts: props.maxAttempts })}
      {...(props.withWayOn && { onUseAnotherMethod: () => {} })}
    />,
    { adapter, mode, ...(props.width !== undefined && { width: props.width }) },
  );
  const input = page.getByRole('textbox');
  await userEvent.click(input);
  return { frame, input };
}

type Rgba = readonly [number, number, number, number];
interface Look {
  text: Rgba;
  background: Rgba;
}

/** Reads a computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–1 channels and an alpha. */
function parseColour(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`Unreadable colour: ${value}`);
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba =>
  [0, 1, 2].map((i) => (top[i] as number) * top[3] + (bottom[i] as number) * (1 - top[3])).concat(1) as unknown as Rgba;

/** The first opaque background from `element` up. */
function cardBackground(element: HTMLElement): Rgba {
  for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour[3] === 1) return colour;
  }
  return parseColour(getComputedStyle(document.documentElement).backgroundColor);
}

/** The text's colour and the background it sits on (its own, painted over the card's), as the eye sees them. */
function look(element: HTMLElement): Look {
  const style = getComputedStyle(element);
  const background = over(parseColour(style.backgroundColor), cardBackground(element));
  return { text: over(parseColour(style.color), background), background };
}

/** WCAG's contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const luminance = ([r, g, bl]: Rgba) =>
    [r, g, bl].reduce((sum, channel, i) => {
      const linear = channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      return sum + linear * ([0.2126, 0.7152, 0.0722][i] as number);
    }, 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
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

    for (const mode of ['light', 'dark'] as const) {
      it(`given "Use another method" pressed, should match the approved pressed link (${mode})`, async () => {
        const frame = await stage(recipe(), { adapter: createMockAdapter({ answers: { type: 'sent', hint } }), mode: [mode, 'narrow'] });
        await userEvent.click(page.getByRole('button', { name: 'Send code' }));
        await expect.element(page.getByRole('textbox')).toHaveFocus();
        await pressed('.rtf-link', () => expect(frame).toMatchScreenshot(`recipe-link-pressed-${mode}`, stableWithin));
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
  describe('given the buttons pressed: a step from hover, in dark mode too', () => {
    for (const mode of ['light', 'dark'] as const) {
      it(`should match the approved pressed send button (${mode})`, async () => {
        const frame = await stage(<TwoFactorPrompt personId={person()} languages={['en', 'fr']} defaultLanguage="en" />, {
          adapter: createMockAdapter(),
          mode,
        });
        await pressed('.rtf-submit', () => expect(frame).toMatchScreenshot(`prompt-send-pressed-${mode}`, stableWithin));
      });

      it(`should match the approved pressed resend action (${mode})`, async () => {
        // No cooldown: the resend is offered at once, so that it can be pressed.
        const frame = await stage(<TwoFactorFlow personId={person()} send={{ cooldownSeconds: 0 }} />, {
          adapter: createMockAdapter({ answers: { type: 'sent', hint } }),
          mode,
        });
        await userEvent.click(page.getByRole('button', { name: 'Send code' }));
        await expect.element(page.getByRole('button', { name: 'Resend code' })).not.toHaveAttribute('aria-disabled');
        await pressed('.rtf-secondary', () => expect(frame).toMatchScreenshot(`flow-resend-pressed-${mode}`, stableWithin));
      });
    }

    it('given the dark scheme, should step the secondary action from rest to hover to pressed by a measurable contrast each time', async () => {
      await stage(<TwoFactorFlow personId={person()} send={{ cooldownSeconds: 0 }} />, {
        adapter: createMockAdapter({ answers: { type: 'sent', hint } }),
        mode: 'dark',
      });
      await userEvent.click(page.getByRole('button', { name: 'Send code' }));
      const resend = page.getByRole('button', { name: 'Resend code' });
      await expect.element(resend).not.toHaveAttribute('aria-disabled');
      const element = resend.element() as HTMLElement;
      await restMouse();
      const rest = look(element);
      await userEvent.hover(resend);
      const hover = look(element);
      let press = rest;
      await pressed('.rtf-secondary', async () => {
        press = look(element);
      });
      // The background behind the text, on the card: each state is at least 1.2:1 from the one before.
      expect(contrast(rest.background, hover.background)).toBeGreaterThanOrEqual(1.2);
      expect(contrast(hover.background, press.background)).toBeGreaterThanOrEqual(1.2);
      // Pressed also changes the text's colour, and every state keeps 4.5:1 for its text.
      expect(press.text).not.toEqual(hover.text);
      for (const state of [rest, hover, press]) expect(contrast(state.text, state.background)).toBeGreaterThanOrEqual(4.5);
    });
  });

  describe('given 1280 px: the card keeps its width, and the states read as at 560 px', () => {
    for (const mode of ['light', 'dark'] as const) {
      it(`should match the approved code step of the flow at 1280 px (${mode})`, async () => {
        const frame = await stage(<TwoFactorFlow personId={person()} />, {
          adapter: createMockAdapter({ answers: { type: 'sent', hint } }),
          mode,
          width: 1280,
        });
        await userEvent.click(page.getByRole('button', { name: 'Send code' }));
        await expect.element(page.getByRole('textbox')).toHaveFocus();
        await restMouse();
        await expect(frame).toMatchScreenshot(`flow-code-step-wide-${mode}`, stableWithin);
      });
    }

    it('should match the approved rate-limited prompt at 1280 px (light)', async () => {
      const adapter = createMockAdapter({ answers: { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 12 } });
      const frame = await stage(
        <TwoFactorPrompt personId={person()} languages={['en', 'fr', 'nl', 'de']} defaultLanguage="en" cooldownSeconds={5} />,
        { adapter, mode: 'light', width: 1280 },
      );
      await userEvent.click(page.getByRole('button'));
      await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 12 s.');
      await restMouse();
      await expect(frame).toMatchScreenshot('prompt-rate-limited-wide-light', stableWithin);
    });

    it('should match the approved locked step with its way on at 1280 px (light)', async () => {
      const { frame } = await stageCodeStep('light', { maxAttempts: 1, withWayOn: true, width: 1280 });
      await userEvent.keyboard('000000');
      await expect.element(page.getByRole('alert')).toHaveTextContent('Too many wrong codes.');
      await restMouse();
      await expect(frame).toMatchScreenshot('code-locked-way-on-wide-light', stableWithin);
    });
  });
});
