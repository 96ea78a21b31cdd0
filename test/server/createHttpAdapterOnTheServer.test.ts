// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../src/core/index.js';
import { rejection } from '../rejection.js';

describe('createHttpAdapter on the server', () => {
  it('given a relative baseUrl and no page to resolve it, should create the adapter (server rendering) and reject a send with what to do, not network', async () => {
    const fetch = vi.fn();
    const adapter = createHttpAdapter({ baseUrl: '/api/2fa', fetch });
    const error = await rejection(adapter.sendCode({ personId: '42' }));
    expect(error).toMatchObject({ name: 'TwoFactorError', kind: 'unknown' });
    expect(error.message).toMatch(/path, with no page.*absolute URL/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('given an absolute baseUrl, should send', async () => {
    const fetch = vi.fn(async () => new Response('{"Hint":"sent"}', { status: 200 }));
    await expect(createHttpAdapter({ baseUrl: 'https://gateway.test/2fa', fetch }).sendCode({ personId: '42' })).resolves.toMatchObject({
      hint: 'sent',
    });
  });

  it('given a page (location), should send to a relative baseUrl', async () => {
    vi.stubGlobal('location', new URL('https://portal.test/login'));
    try {
      const fetch = vi.fn(async () => new Response('{"Hint":"sent"}', { status: 200 }));
      await expect(createHttpAdapter({ baseUrl: '/api/2fa', fetch }).sendCode({ personId: '42' })).resolves.toMatchObject({ hint: 'sent' });
      expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/^\/api\/2fa\//);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('given no global fetch and no fetch option, should reject a send saying to pass fetch', async () => {
    vi.stubGlobal('fetch', undefined);
    try {
      const error = await rejection(createHttpAdapter({ baseUrl: 'https://gateway.test/2fa' }).sendCode({ personId: '42' }));
      expect(error).toMatchObject({ kind: 'unknown' });
      expect(error.message).toMatch(/no fetch: pass options\.fetch/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
