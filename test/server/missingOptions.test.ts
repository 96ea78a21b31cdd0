// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { defaultSendPath } from '../../src/core/index.js';
import type { CreateTwoFactorHandlerOptions, TwoFactorHandler } from '../../src/server/index.js';
import { createTwoFactorHandler } from '../../src/server/index.js';
import { setupFakeGateway } from './fakeGateway.js';

const gateway = setupFakeGateway();
const subscriptionKey = 'missing-test-key-2b9d';
const resolvePerson = () => ({ personId: 'person-from-session' });

function handler(options: Partial<CreateTwoFactorHandlerOptions>) {
  return createTwoFactorHandler({ baseUrl: `${gateway.origin}/2fa`, subscriptionKey, resolvePerson, ...options });
}

async function post(handle: TwoFactorHandler) {
  const response = await handle(
    new Request(`http://portal.test/api/2fa${defaultSendPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://portal.test' },
      body: JSON.stringify({ Medium: 'sms' }),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('createTwoFactorHandler, options missing from the environment', () => {
  it.each([
    ['baseUrl undefined', { baseUrl: undefined }, 'baseUrl is not set'],
    ['baseUrl blank', { baseUrl: ' ' }, 'baseUrl is not set'],
    ['subscriptionKey undefined', { subscriptionKey: undefined }, 'subscriptionKey is not set'],
    ['subscriptionKey empty', { subscriptionKey: '' }, 'subscriptionKey is not set'],
    ['an allowedOrigins entry undefined', { allowedOrigins: [undefined] }, 'allowedOrigins[0] is not set'],
    ['an allowedOrigins entry empty', { allowedOrigins: ['https://portal.test', ''] }, 'allowedOrigins[1] is not set'],
  ])(
    'given %s, should create the handler, then answer every request 500 naming it to onError, and send nothing',
    async (_name, options, named) => {
      const onError = vi.fn();
      const fetch = vi.fn(globalThis.fetch);
      const handle = handler({ ...options, onError, fetch });
      for (let request = 0; request < 2; request += 1) {
        const { status, body } = await post(handle);
        expect(status).toBe(500);
        expect(body).toStrictEqual({ statusCode: 500, message: 'The two-factor service failed.' });
      }
      expect(onError).toHaveBeenCalledTimes(2);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'TwoFactorError', kind: 'server' });
      expect(String(onError.mock.calls[0]?.[0]?.message)).toContain(named);
      expect(fetch).not.toHaveBeenCalled();
      expect(gateway.requests).toHaveLength(0);
    },
  );

  it('given several missing, should name them all', async () => {
    const onError = vi.fn();
    await post(handler({ baseUrl: undefined, subscriptionKey: undefined, allowedOrigins: [undefined], onError }));
    expect(String(onError.mock.calls[0]?.[0]?.message)).toContain('baseUrl, subscriptionKey, allowedOrigins[0] are not set');
  });

  it('given no onError, should write the missing option to console.error once, however many requests', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const handle = handler({ subscriptionKey: undefined, baseUrl: 'https://gateway.test/unset-once' });
      expect((await post(handle)).status).toBe(500);
      expect((await post(handle)).status).toBe(500);
      expect(consoleError).toHaveBeenCalledOnce();
      expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/^react-two-factor: createTwoFactorHandler: subscriptionKey is not set/);
    } finally {
      consoleError.mockRestore();
    }
  });

  it('given subscriptionKey false, should call a gateway that takes no key, without the header', async () => {
    const { status } = await post(handler({ subscriptionKey: false }));
    expect(status).toBe(200);
    expect(gateway.requests[0]?.headers['ocp-apim-subscription-key']).toBeUndefined();
  });

  it('given a route module made at build time with no variables set, should load, and answer 500 at run time without sending', async () => {
    for (const name of ['RTF_TEST_GATEWAY_URL', 'RTF_TEST_APIM_KEY', 'RTF_TEST_APP_ORIGIN']) delete process.env[name];
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { POST } = await import('./fixtures/routeWithoutEnvironment.js');
      expect((await post(POST)).status).toBe(500);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain('baseUrl, subscriptionKey, allowedOrigins[0] are not set');
    } finally {
      consoleError.mockRestore();
    }
  });

  describe('given options of the wrong type or value, which no environment gives', () => {
    it.each([
      ['a number as baseUrl', { baseUrl: 42 }, /baseUrl is required/],
      ['a function as baseUrl', { baseUrl: () => 'https://gateway.test' }, /baseUrl is required/],
      ['a baseUrl that is not a URL', { baseUrl: 'gateway dot test' }, /absolute http\(s\) URL/],
      ['a number as subscriptionKey', { subscriptionKey: 42 }, /subscriptionKey must be a string, or false/],
      ['a function as subscriptionKey', { subscriptionKey: () => 'key' }, /subscriptionKey must be a string, or false/],
      ['true as subscriptionKey', { subscriptionKey: true }, /subscriptionKey must be a string, or false/],
      ['a string as allowedOrigins', { allowedOrigins: 'https://portal.test' }, /allowedOrigins must be a non-empty array/],
      ['an empty allowedOrigins', { allowedOrigins: [] }, /allowedOrigins must be a non-empty array/],
      ['a number in allowedOrigins', { allowedOrigins: [42] }, /allowedOrigins\[0\] must be an origin/],
      ['no resolvePerson', { resolvePerson: undefined }, /resolvePerson is required/],
      ['a timeoutMs that is not a number', { timeoutMs: Number.NaN }, /timeoutMs must be a positive number/],
    ])('given %s, should throw a TypeError at creation', (_name, options, message) => {
      expect(() => handler(options as unknown as Partial<CreateTwoFactorHandlerOptions>)).toThrow(TypeError);
      expect(() => handler(options as unknown as Partial<CreateTwoFactorHandlerOptions>)).toThrow(message);
    });
  });
});
