import { vi } from 'vitest';

/**
 * The i18n entry from freshly loaded modules, with `console.error` recorded: each report is printed once per
 * page, so a page of its own per test shows every report the test causes. Restore with `vi.restoreAllMocks()`.
 */
export async function freshPage() {
  vi.resetModules();
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  const i18n = await import('../../src/i18n/index.js');
  return { ...i18n, reports: () => spy.mock.calls.map(([message]) => String(message)) };
}
