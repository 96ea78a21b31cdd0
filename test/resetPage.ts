import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearTwoFactorState } from '../src/index.js';

// After each test, in jsdom (through test/setup.ts) and in Chromium (the browser project's setup file) alike.
afterEach(() => {
  cleanup();
  // The engine is page-wide, like a real page's: each test starts without cooldowns or locks.
  clearTwoFactorState();
  // Absent in files that run under `@vitest-environment node`.
  globalThis.sessionStorage?.clear();
});
