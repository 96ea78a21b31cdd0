import type { Preview } from '@storybook/react-vite';
import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { cooldownKey, startCooldown } from '../src/core/cooldownStore.js';
import '../src/styles.css';
import './host.css';
import { checkNoHorizontalOverflow } from '../stories/checkNoHorizontalOverflow.js';

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({
        quiet: true,
        // Relative, so that a static build served from any folder finds the worker.
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest(request, print) {
          if (isCommonAssetRequest(request) || /sb-|@vite|@react-refresh|\/virtual:|\.stories\.|iframe\.html|\.mdx$/.test(request.url))
            return;
          print.warning();
        },
      });
      return worker;
    }),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
  },
  // Cooldowns live in sessionStorage: one story's send must not disable the next story's button.
  beforeEach({ args }) {
    // Workaround: the cooldown store's in-memory copy outlives sessionStorage.clear() (src/core/cooldownStore.ts
    // falls back to it when storage has no entry), so the story's own person gets an expired cooldown first.
    const { personId, contextId } = args as { personId?: unknown; contextId?: unknown };
    if (typeof personId === 'string') startCooldown(cooldownKey(personId, typeof contextId === 'string' ? contextId : undefined), 0);
    sessionStorage.clear();
  },
  afterEach: checkNoHorizontalOverflow,
  tags: ['autodocs'],
};

export default preview;
