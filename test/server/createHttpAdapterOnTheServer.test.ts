// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../src/core/index.js';

describe('createHttpAdapter on the server', () => {
  it('given a relative baseUrl and no page to resolve it, should throw a TypeError that says what to do, not fail later as network', () => {
    expect(() => createHttpAdapter({ baseUrl: '/api/2fa' })).toThrow(TypeError);
    expect(() => createHttpAdapter({ baseUrl: '/api/2fa' })).toThrow(/no page here to resolve it.*absolute URL.*TwoFactorProvider http/);
  });

  it('given an absolute baseUrl, should create the adapter', () => {
    expect(createHttpAdapter({ baseUrl: 'https://gateway.test/2fa' }).sendCode).toBeTypeOf('function');
  });

  it('given a page (location), should accept a relative baseUrl', () => {
    vi.stubGlobal('location', new URL('https://portal.test/login'));
    try {
      expect(createHttpAdapter({ baseUrl: '/api/2fa' }).sendCode).toBeTypeOf('function');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('given no global fetch and no fetch option, should throw a TypeError that says to pass fetch', () => {
    vi.stubGlobal('fetch', undefined);
    try {
      expect(() => createHttpAdapter({ baseUrl: 'https://gateway.test/2fa' })).toThrow(/no global fetch.*pass options\.fetch/);
      expect(createHttpAdapter({ baseUrl: 'https://gateway.test/2fa', fetch: async () => new Response('{}') }).sendCode).toBeTypeOf(
        'function',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
