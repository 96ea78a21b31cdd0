import { describe, expectTypeOf, it } from 'vitest';
import type { TwoFactorAdapter, TwoFactorProviderProps } from '../../src/index.js';

declare const adapter: TwoFactorAdapter;

describe('TwoFactorProviderProps', () => {
  it('should take an adapter or plain http options', () => {
    expectTypeOf({ adapter }).toExtend<TwoFactorProviderProps>();
    expectTypeOf({
      http: { baseUrl: '/api/2fa', timeoutMs: 5000, credentials: 'include' as const, verifyPath: '/Verify' },
    }).toExtend<TwoFactorProviderProps>();
  });

  it('should refuse both, a key, functions and toVerifyBody in http', () => {
    expectTypeOf({ adapter, http: { baseUrl: '/api/2fa' } }).not.toExtend<TwoFactorProviderProps>();
    expectTypeOf({ http: { baseUrl: '/api/2fa', subscriptionKey: 'k' } }).not.toExtend<TwoFactorProviderProps>();
    expectTypeOf({ http: { baseUrl: '/api/2fa', fetch: globalThis.fetch } }).not.toExtend<TwoFactorProviderProps>();
    expectTypeOf({ http: { baseUrl: '/api/2fa', headers: () => ({}) } }).not.toExtend<TwoFactorProviderProps>();
    expectTypeOf({ http: { baseUrl: '/api/2fa', verifyPath: '/V', toVerifyBody: () => ({}) } }).not.toExtend<TwoFactorProviderProps>();
    expectTypeOf({}).not.toExtend<TwoFactorProviderProps>();
  });
});
