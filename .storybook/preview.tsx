import type { Preview } from '@storybook/react-vite';
import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { clearTwoFactorState } from '../src/index.js';
import '../src/styles.css';
import './host.css';
import { checkNoHorizontalOverflow } from '../stories/checkNoHorizontalOverflow.js';
import { checkResets } from '../stories/checkResets.js';
import { DocsLink } from './DocsLink.js';

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
    docs: { components: { a: DocsLink } },
  },
  // Cooldowns and locks are page-wide: one story's send must not disable the next story's button.
  beforeEach(context) {
    clearTwoFactorState();
    // In forced colours the browser paints system colours while axe's colour-contrast reads the author's:
    // that one rule is off there, and only there.
    if (matchMedia('(forced-colors: active)').matches) {
      const a11y = (context.parameters.a11y ?? {}) as { options?: { rules?: Record<string, { enabled: boolean }> } };
      context.parameters.a11y = {
        ...a11y,
        options: { ...a11y.options, rules: { ...a11y.options?.rules, 'color-contrast': { enabled: false } } },
      };
    }
  },
  afterEach: [checkNoHorizontalOverflow, checkResets],
  tags: ['autodocs'],
};

export default preview;
