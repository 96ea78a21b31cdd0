import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import locales from './src/locales/locales.json' with { type: 'json' };
import { browserCommands, type EmulatedMedia } from './test/browser/commands.js';
import chromium from './test/chromium.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));

// Debian's chromium: a browser downloaded by Playwright cannot be fetched on these machines.
function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
  );
}

// Without the networking flags Chromium floods the closed network with refused connections. In a JSON
// file, so that the Next.js consumer test's plain-Node Playwright script launches it the same way.
const chromiumFlags: string[] = chromium.flags;

const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      // Looked up at launch, so that `vite build` and the unit project run without a browser.
      get executablePath() {
        return findChromium();
      },
      args: chromiumFlags,
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  commands: browserCommands,
});

// The library: ES modules with the source tree preserved, so that each React module keeps its
// 'use client' and `react-two-factor/core` pulls in no React. Types come from `tsc -p tsconfig.build.json`.
const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'i18n/index': 'src/i18n/index.ts',
  'server/index': 'src/server/index.ts',
  'testing/index': 'src/testing/index.ts',
  // Apart from the mock adapter, so that `/testing` loads neither MSW nor Node's modules.
  'testing/msw/index': 'src/testing/msw/index.ts',
  'testing/node/index': 'src/testing/node/index.ts',
  // One entry per catalogue of the list, so that each is its own tree-shakable module.
  ...Object.fromEntries(locales.map(({ name }) => [`locales/${name}`, `src/locales/${name}.ts`])),
};
const dependencies = [
  /^react(-dom)?($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^react-hook-form($|\/)/,
  /^@hookform\/resolvers($|\/)/,
  /^zod($|\/)/,
  // The server entry's limiter: imported from its own module path, left to the host's install.
  /^rate-limiter-flexible($|\/)/,
  /^msw($|\/)/,
  /^node:/,
];

// Every story at 320 px (Storybook's mobile1), where the stories' afterEach checks for horizontal overflow;
// with `media`, every story loads in that emulated scheme (test/storybook/emulateMedia.setup.ts).
function storybookProject(name: string, media?: EmulatedMedia) {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir: `${root}.storybook`, initialGlobals: { viewport: { value: 'mobile1', isRotated: false } } })],
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload and fail the test.
    optimizeDeps: {
      include: [
        'msw-storybook-addon/csf3',
        'msw',
        'msw/browser',
        '@tanstack/react-query',
        'react-hook-form',
        '@hookform/resolvers/zod',
        'zod/mini',
      ],
    },
    test: {
      name,
      // Three story projects share the cores with the others: the first story of a file waits for the MSW worker and the bundle.
      testTimeout: 30_000,
      browser: browser(),
      ...(media && { setupFiles: ['test/storybook/emulateMedia.setup.ts'], provide: { emulatedMedia: media } }),
    },
  };
}

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    copyPublicDir: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: dependencies,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // The recipes of docs/ that tests run (test/server/recipes) import the package by name, as an app does.
        resolve: { alias: { 'react-two-factor/server': `${root}src/server/index.ts` } },
        test: {
          name: 'unit',
          environment: 'jsdom',
          // The three projects share two cores in CI: a jsdom render that takes 1 s alone can take 6 under load.
          testTimeout: 15_000,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/consumer/**'],
          setupFiles: ['test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        // Pre-bundled up front: a dependency discovered mid-run makes Vite reload and fail the test.
        optimizeDeps: {
          include: [
            '@testing-library/react',
            '@testing-library/user-event',
            '@tanstack/react-query',
            'react-hook-form',
            '@hookform/resolvers/zod',
            'zod/mini',
            'react-dom/client',
          ],
        },
        test: {
          name: 'browser',
          // Five projects share two cores in CI: a screenshot test that takes 2 s alone took over 15 under that load.
          testTimeout: 90_000,
          // `expect.element` and `expect.poll` wait up to 5 s, not 1, for the same reason.
          expect: { poll: { timeout: 5_000 } },
          include: ['test/browser/**/*.test.{ts,tsx}'],
          // Without test/setup.ts's jest-dom matchers: the browser project has `expect.element`'s own.
          setupFiles: ['test/resetPage.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        // Not a test suite: `npm run bench:browser` prints the runtime timings measured in Chromium.
        optimizeDeps: {
          include: ['@testing-library/react', '@tanstack/react-query', 'react-hook-form', '@hookform/resolvers/zod', 'zod/mini'],
        },
        test: {
          name: 'bench-browser',
          include: ['bench/*.browser.bench-script.tsx'],
          testTimeout: 120_000,
          browser: browser(),
        },
      },
      storybookProject('storybook'),
      // The same stories again, each loaded in dark mode, then in forced colours, for axe (the a11y addon) and the play functions.
      storybookProject('storybook-dark', { colorScheme: 'dark' }),
      storybookProject('storybook-forced', { forcedColors: 'active' }),
    ],
  },
});
