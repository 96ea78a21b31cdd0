// @vitest-environment node
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it, vi } from 'vitest';
import type { TwoFactorError } from '../../src/core/index.js';
import { createHttpAdapter, isTwoFactorError } from '../../src/core/index.js';
import { type CreateTwoFactorHandlerOptions, createTwoFactorHandler } from '../../src/server/index.js';
import { answer as json } from '../loopback.js';
import { setupFakeGateway } from './fakeGateway.js';
import { countStatuses, serveForCurl, verifyPath } from './serveForCurl.js';

const gateway = setupFakeGateway();
const subscriptionKey = 'limits-test-key-7c1e';

// The person is the request's `X-Test-Person` header, as a session cookie would name them.
function serve(options: Partial<CreateTwoFactorHandlerOptions> = {}) {
  return serveForCurl(
    createTwoFactorHandler({
      baseUrl: `${gateway.origin}/2fa`,
      subscriptionKey,
      verifyPath,
      resolvePerson: (request) => ({ personId: request.headers.get('X-Test-Person') ?? 'person-1', contextId: 'portal' }),
      ...options,
    }),
  );
}

const sends = () => gateway.requests.filter((request) => request.url.includes('Send2FactorAuthenticationCodeToPerson')).length;
const verifies = () => gateway.requests.filter((request) => request.url.includes('Verify2FactorAuthenticationCode')).length;

describe('createTwoFactorHandler’s built-in limits', () => {
  describe('given no limits option', () => {
    it('given 20 sends in a row for one person, should let 5 reach the gateway and refuse 15 with 429, Retry-After and no-store', async () => {
      const handler = await serve();
      const answers = [];
      for (let index = 0; index < 20; index++) answers.push(await handler.send());

      expect(sends()).toBe(5);
      expect(answers.slice(0, 5).map((answer) => answer.status)).toStrictEqual([200, 200, 200, 200, 200]);
      for (const { status, headers, body } of answers.slice(5)) {
        expect(status).toBe(429);
        const seconds = Number(headers.get('Retry-After'));
        expect(Number.isInteger(seconds)).toBe(true);
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(600);
        expect(headers.get('Cache-Control')).toBe('no-store');
        expect(body).toStrictEqual({ statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` });
      }
    });

    it('given 50 sends at once for one person, should let at most 5 reach the gateway', async () => {
      const handler = await serve();
      const answers = await Promise.all(Array.from({ length: 50 }, () => handler.send()));
      expect(sends()).toBe(5);
      expect(countStatuses(answers)).toStrictEqual({ 200: 5, 429: 45 });
    });

    it('given 60 wrong codes in a row through verifyPath, should let 10 reach the gateway and refuse the rest with 429', async () => {
      gateway.answer(json(400, { statusCode: 400, message: 'The code is wrong.' }));
      const handler = await serve();
      const answers = [];
      for (let index = 0; index < 60; index++) answers.push(await handler.verify({ TwoFactorId: 'tf-1', Code: String(100000 + index) }));
      expect(verifies()).toBe(10);
      expect(countStatuses(answers)).toStrictEqual({ 400: 10, 429: 50 });
    });

    it('given ten tabs of one person, each with its own browser adapter, should send 5 codes and tell the other tabs to wait', async () => {
      const handler = await serve();
      const tabs = Array.from({ length: 10 }, () => createHttpAdapter({ baseUrl: handler.baseUrl }));
      const results = await Promise.allSettled(
        tabs.map((tab, index) => tab.sendCode({ personId: 'what-the-tab-says', medium: index % 2 ? 'sms' : 'email', language: 'en' })),
      );
      expect(sends()).toBe(5);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
      for (const result of results.filter((each): each is PromiseRejectedResult => each.status === 'rejected')) {
        expect(isTwoFactorError(result.reason)).toBe(true);
        expect(result.reason as TwoFactorError).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: expect.any(Number) });
        expect((result.reason as TwoFactorError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }
    });

    it('given sends that change Medium, Language and TwoFactorId, should count them all for the one person', async () => {
      const handler = await serve();
      const bodies = [
        { Medium: 'sms', Language: 'en', TwoFactorId: 'a' },
        { Medium: 'email', Language: 'fr-BE', TwoFactorId: 'b' },
        { medium: 'SMS', language: 'nl', twoFactorId: 'c' },
        { Medium: 'email' },
        {},
        { Medium: 'sms', Language: 'de', TwoFactorId: 'f' },
      ];
      const answers = [];
      for (const body of bodies) answers.push(await handler.send(body));
      expect(answers.map((answer) => answer.status)).toStrictEqual([200, 200, 200, 200, 200, 429]);
      expect(sends()).toBe(5);
    });

    it('given one person held, should still serve another person', async () => {
      const handler = await serve();
      for (let index = 0; index < 6; index++) await handler.send();
      expect((await handler.send()).status).toBe(429);
      expect((await handler.send(undefined, { 'X-Test-Person': 'person-2' })).status).toBe(200);
      expect(sends()).toBe(6);
    });

    it('given a person held on send, should still let them verify the code already sent', async () => {
      const handler = await serve();
      for (let index = 0; index < 6; index++) await handler.send();
      expect((await handler.send()).status).toBe(429);
      expect((await handler.verify()).status).toBe(200);
      expect(verifies()).toBe(1);
    });

    it('given sends the gateway fails, should still count them: a point is never given back', async () => {
      gateway.answer(json(500, { message: 'down' }));
      const handler = await serve();
      const answers = [];
      for (let index = 0; index < 6; index++) answers.push(await handler.send());
      expect(answers.map((answer) => answer.status)).toStrictEqual([500, 500, 500, 500, 500, 429]);
    });

    it('given bodies the handler refuses (400), should not count them: a point is taken once the body is valid', async () => {
      const handler = await serve();
      for (let index = 0; index < 8; index++) expect((await handler.send({ Medium: 42 })).status).toBe(400);
      const answers = [];
      for (let index = 0; index < 5; index++) answers.push(await handler.send());
      expect(countStatuses(answers)).toStrictEqual({ 200: 5 });
    });

    it('given two handlers (two instances), should count in each instance’s memory apart', async () => {
      const first = await serve();
      const second = await serve();
      for (let index = 0; index < 5; index++) await first.send();
      expect((await first.send()).status).toBe(429);
      expect((await second.send()).status).toBe(200);
    });
  });

  describe('given a limits option', () => {
    it('given send: false, should let every send through and still limit verify', async () => {
      const handler = await serve({ limits: { send: false } });
      for (let index = 0; index < 20; index++) expect((await handler.send()).status).toBe(200);
      const verified = [];
      for (let index = 0; index < 11; index++) verified.push((await handler.verify()).status);
      expect(verified.at(-1)).toBe(429);
      expect(verified.slice(0, 10)).toStrictEqual(Array(10).fill(200));
    });

    it('given a host’s limiter of 2 per 60 s, should refuse the third with its Retry-After', async () => {
      const handler = await serve({ limits: { send: new RateLimiterMemory({ points: 2, duration: 60 }) } });
      const answers = [];
      for (let index = 0; index < 3; index++) answers.push(await handler.send());
      expect(answers.map((answer) => answer.status)).toStrictEqual([200, 200, 429]);
      const seconds = Number(answers[2]?.headers.get('Retry-After'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
    });

    it('given a limiter from another copy of the package (a refusal of the same shape), should answer 429, rounding up to whole seconds', async () => {
      const foreign = { points: 1, duration: 60, consume: vi.fn(async () => Promise.reject({ msBeforeNext: 1200, remainingPoints: 0 })) };
      const onError = vi.fn();
      const handler = await serve({ limits: { send: foreign as unknown as RateLimiterMemory }, onError });
      const { status, headers } = await handler.send();
      expect(status).toBe(429);
      expect(headers.get('Retry-After')).toBe('2');
      expect(onError).not.toHaveBeenCalled();
      expect(sends()).toBe(0);
    });

    it('given a limiter that refuses with no wait left, should still say to wait 1 second', async () => {
      const spent = { points: 1, duration: 60, consume: async () => Promise.reject({ msBeforeNext: 0 }) };
      const handler = await serve({ limits: { send: spent as unknown as RateLimiterMemory } });
      const { status, headers } = await handler.send();
      expect(status).toBe(429);
      expect(headers.get('Retry-After')).toBe('1');
    });

    it('given limits that are not limiters, should throw a TypeError naming the member', () => {
      const base = { baseUrl: 'https://gateway.test/2fa', subscriptionKey, resolvePerson: () => null };
      expect(() => createTwoFactorHandler({ ...base, limits: { send: {} as RateLimiterMemory } })).toThrow(/limits\.send must be/);
      expect(() => createTwoFactorHandler({ ...base, limits: 5 as never })).toThrow(/limits must be an object/);
      expect(() => createTwoFactorHandler({ ...base, personHashSecret: 'short' })).toThrow(/personHashSecret/);
    });

    it('given a blank personHashSecret (a variable empty at build time), should create the handler', () => {
      const base = { baseUrl: 'https://gateway.test/2fa', subscriptionKey, resolvePerson: () => null };
      expect(() => createTwoFactorHandler({ ...base, personHashSecret: '' })).not.toThrow();
      expect(() => createTwoFactorHandler({ ...base, personHashSecret: '  ' })).not.toThrow();
    });

    it('given its own limiters, no subscriptionKey and no personHashSecret, should throw: each instance would hash the person alike only by chance', () => {
      const base = { baseUrl: 'https://gateway.test/2fa', subscriptionKey: false as const, resolvePerson: () => null };
      const shared = new RateLimiterMemory({ points: 5, duration: 600 });
      expect(() => createTwoFactorHandler({ ...base, limits: { send: shared } })).toThrow(/personHashSecret is required/);
      expect(() =>
        createTwoFactorHandler({ ...base, limits: { send: shared }, personHashSecret: 'a-shared-secret-of-32-characters' }),
      ).not.toThrow();
      expect(() => createTwoFactorHandler(base)).not.toThrow();
    });

    it('given one limiter for both send and verify, should let a person held on send still verify', async () => {
      const both = new RateLimiterMemory({ points: 2, duration: 600 });
      const handler = await serve({ limits: { send: both, verify: both } });
      for (let index = 0; index < 3; index += 1) await handler.send();
      expect((await handler.send()).status).toBe(429);
      expect((await handler.verify()).status).toBe(200);
    });
  });

  describe('given a limiter whose store fails', () => {
    /** A limiter of 3 per 60 s whose store can be switched off: then every call rejects with an Error. */
    function switchable() {
      const store = new RateLimiterMemory({ points: 3, duration: 60 });
      const state = { down: false, calls: 0 };
      const limiter = Object.assign(Object.create(RateLimiterMemory.prototype) as RateLimiterMemory, {
        points: 3,
        duration: 60,
        consume: (key: string) => {
          state.calls += 1;
          return state.down ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) : store.consume(key);
        },
      });
      return { limiter, state };
    }

    it('should count in memory with the same points, answer 200 or 429 (never 500), and report once per failure streak', async () => {
      const { limiter, state } = switchable();
      const onError = vi.fn();
      const handler = await serve({ limits: { send: limiter }, onError });
      state.down = true;
      const answers = [];
      for (let index = 0; index < 6; index++) answers.push(await handler.send());
      expect(answers.map((answer) => answer.status)).toStrictEqual([200, 200, 200, 429, 429, 429]);
      expect(sends()).toBe(3);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'server', message: expect.stringMatching(/send limiter failed/) });
      expect(String(onError.mock.calls[0]?.[0].message)).not.toContain('person-1');

      // The store answers again: the handler asks it (its own count, from zero), and a new failure is a new streak.
      state.down = false;
      const callsBefore = state.calls;
      expect((await handler.send(undefined, { 'X-Test-Person': 'person-2' })).status).toBe(200);
      expect(state.calls).toBe(callsBefore + 1);
      state.down = true;
      await handler.send(undefined, { 'X-Test-Person': 'person-3' });
      expect(onError).toHaveBeenCalledTimes(2);
    });

    it('given a limiter that never answers, should give up after its deadline and count in memory', async () => {
      const silent = { points: 1, duration: 60, consume: () => new Promise(() => {}) };
      const onError = vi.fn();
      const handler = await serve({ limits: { send: silent as unknown as RateLimiterMemory }, onError });
      const first = await handler.send();
      const second = await handler.send();
      expect([first.status, second.status]).toStrictEqual([200, 429]);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(String(onError.mock.calls[0]?.[0].cause)).toMatch(/did not answer within 1000 ms/);
    });
  });

  describe('given the host’s limit', () => {
    it('should run after the built-in limits: not asked for a request they refused, and its refusal answers 429', async () => {
      const limit = vi.fn(async () => ({ ok: false as const, retryAfterSeconds: 30 }));
      const handler = await serve({ limits: { send: new RateLimiterMemory({ points: 1, duration: 60 }) }, limit });
      const first = await handler.send();
      expect(first.status).toBe(429);
      expect(first.headers.get('Retry-After')).toBe('30');
      expect(limit).toHaveBeenCalledTimes(1);
      expect((await handler.send()).status).toBe(429);
      expect(limit).toHaveBeenCalledTimes(1);
      expect(sends()).toBe(0);
    });
  });
});
