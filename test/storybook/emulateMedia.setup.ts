/**
 * Setup of the storybook-dark and storybook-forced projects: every story of the project loads in the
 * project's colour scheme or forced colours, emulated before any story renders (a freshly loaded page,
 * not a scheme switched under a rendered one). The a11y addon then runs axe on each story in it.
 */
import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import type { EmulatedMedia } from '../browser/commands.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The media features the project's stories load in. */
    emulatedMedia: EmulatedMedia;
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
  }
}

const media = inject('emulatedMedia');
await commands.emulateMedia(media);
// The page must be in the scheme, or every check of the project would pass in light mode unseen.
const query = media.forcedColors === 'active' ? '(forced-colors: active)' : `(prefers-color-scheme: ${media.colorScheme ?? 'light'})`;
if (!matchMedia(query).matches) throw new Error(`The stories' page is not in ${query}: the emulation did not take.`);
