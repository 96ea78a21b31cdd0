// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshPage } from './freshPage.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const attempts = { one: '{name}, {attempts} attempt left.', other: '{name}, {attempts} attempts left.' };

describe('formatMessage, edges', () => {
  it('given a name before the count among the values, should pick the form by the count', async () => {
    const { formatMessage } = await freshPage();
    expect(formatMessage(attempts, 'en', { name: 'Ann', attempts: 1 })).toBe('Ann, 1 attempt left.');
  });

  it('given a plural text without a count and a locale Intl refuses, should use other without reporting the locale', async () => {
    const { formatMessage, reports } = await freshPage();
    // Nothing here needs the locale's rules: a bad tag is reported when a count or a number is formatted, not before.
    expect(formatMessage(attempts, 'not a locale!', { name: 'Ann' })).toBe('Ann, {attempts} attempts left.');
    expect(reports()).toStrictEqual([]);
  });
});
