import { defineConfig } from 'vitest/config';

// The tests that pin src/core down, for `npm run test:mutation` (StrykerJS): the core's own tests only,
// in one project, since the Stryker runner cannot drive the browser projects of vite.config.ts.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['test/core/**/*.test.ts', 'test/contract/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
  },
});
