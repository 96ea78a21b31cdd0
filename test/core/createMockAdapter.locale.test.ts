import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../src/testing/index.js';

describe('createMockAdapter and the locale', () => {
  it('given sends with and without a locale, should record the locale of each call', async () => {
    const adapter = createMockAdapter();
    await adapter.sendCode({ personId: '42' }, { locale: 'fr' });
    await adapter.sendCode({ personId: '42' });
    expect(adapter.calls.map((call) => call.locale)).toStrictEqual(['fr', undefined]);
  });

  it('given a verify with a locale, should record it on the verify call', async () => {
    const adapter = createMockAdapter();
    await adapter.verifyCode({ personId: '42', code: '123456' }, { locale: 'ar' });
    expect(adapter.verifyCalls[0]?.locale).toBe('ar');
  });

  it('given an issue scripted with placeholders, should pass them on the ValidationIssue', async () => {
    const placeholders = { PropertyName: 'Medium', PropertyValue: 'fax' };
    const adapter = createMockAdapter({
      answers: { type: 'invalid', issues: [{ propertyName: 'Medium', message: 'No.', code: 'PredicateValidator', placeholders }] },
    });
    const error = await adapter.sendCode({ personId: '42' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ issues: [{ field: 'medium', code: 'PredicateValidator', placeholders }] });
  });
});
