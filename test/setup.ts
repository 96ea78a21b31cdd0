import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Absent in files that run under `@vitest-environment node`.
  globalThis.sessionStorage?.clear();
});
