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

/** Passed to `browser.commands` in vite.config.ts. */
export const browserCommands = { emulateMedia };
