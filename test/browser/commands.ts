/**
 * Browser commands of the Chromium projects, run by Vitest in Node with Playwright's page. Vitest's
 * `page` has no `emulateMedia`: forced colours, the colour scheme and reduced motion come from here.
 */
import type { BrowserCommand } from 'vitest/node';

/** The media features a test may emulate; `null` ends the emulation of that feature. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

const emulateMedia: BrowserCommand<[media: EmulatedMedia]> = async (context, media) => {
  if (context.provider.name !== 'playwright') throw new Error(`emulateMedia needs the playwright provider, not ${context.provider.name}.`);
  // The tester iframe inherits the emulation of its top-level page.
  await context.page.emulateMedia(media);
};

/**
 * Presses the mouse button over the centre of the element `selector` matches in the test's page, and keeps it
 * pressed (the `:active` state) until `releaseMouse`: Vitest's `userEvent` only clicks, which never shows it.
 */
const pressMouse: BrowserCommand<[selector: string]> = async (context, selector) => {
  if (context.provider.name !== 'playwright') throw new Error(`pressMouse needs the playwright provider, not ${context.provider.name}.`);
  const frame = await context.frame();
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`pressMouse: nothing visible matches ${selector}.`);
  await context.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await context.page.mouse.down();
};

/** Releases the mouse button `pressMouse` holds. */
const releaseMouse: BrowserCommand<[]> = async (context) => {
  if (context.provider.name !== 'playwright') throw new Error(`releaseMouse needs the playwright provider, not ${context.provider.name}.`);
  await context.page.mouse.up();
};

/** Passed to `browser.commands` in vite.config.ts. */
export const browserCommands = { emulateMedia, pressMouse, releaseMouse };
