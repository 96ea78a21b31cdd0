import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearTwoFactorState } from '../../src/index.js';

// As test/setup.ts does for jsdom, without its jest-dom matchers (the browser project has `expect.element`'s own).
afterEach(() => {
  cleanup();
  // The engine is page-wide, like a real page's: each test starts without cooldowns or locks.
  clearTwoFactorState();
  sessionStorage.clear();
});
