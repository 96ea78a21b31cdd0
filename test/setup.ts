import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearTwoFactorState } from '../src/index.js';

// `waitFor` and `findBy…` wait up to 5 s, not 1: five projects share two cores in CI, and a state that comes
// in 50 ms alone can take seconds there. A state that never comes still fails.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // The engine is page-wide, like a real page's: each test starts without cooldowns or locks.
  clearTwoFactorState();
  // Absent in files that run under `@vitest-environment node`.
  globalThis.sessionStorage?.clear();
});
