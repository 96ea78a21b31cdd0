import { defineConfig } from 'vitest/config';

// The tests that pin src/core down, for `npm run test:mutation` (StrykerJS): the core's own tests only,
// in one project, since the Stryker runner cannot drive the browser projects of vite.config.ts. Node, not
// jsdom: the core never touches the DOM, and each of the hundreds of runs starts faster.
export default defineConfig({
  test: {
    environment: 'node',
    // Instrumented code is several times slower: the 150,000-failure tests need the room.
    testTimeout: 60_000,
    // MUTATION_TESTS narrows the run to some files (a lower bound of the score, in a fraction of the time).
    include: process.env.MUTATION_TESTS?.split(',') ?? [
      'test/core/**/*.test.ts',
      'test/contract/**/*.test.ts',
      'test/locales/**/*.test.ts',
    ],
    setupFiles: ['test/mutation.setup.ts'],
    // The two 150,000-failure stress tests take seconds each, per mutant, and the 25,000-failure one times a
    // wall clock that instrumented code on a loaded machine misses: they run in `npm test` only.
    testNamePattern: /^(?!.*(150,000|25,000 failures on one field))/,
  },
});
