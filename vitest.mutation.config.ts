import { defineConfig } from 'vitest/config';

// The tests that pin src/core down, for `npm run test:mutation` (StrykerJS): the core's own tests only,
// in one project, since the Stryker runner cannot drive the browser projects of vite.config.ts. Node, not
// jsdom: the core never touches the DOM, and each of the hundreds of runs starts faster.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/core/**/*.test.ts', 'test/contract/**/*.test.ts'],
  },
});
