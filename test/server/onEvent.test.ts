// @vitest-environment node
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { type CreateTwoFactorHandlerOptions, createTwoFactorHandler, type TwoFactorEvent } from '../../src/server/index.js';
import { answer as json } from '../loopback.js';
import { setupFakeGateway } from './fakeGateway.js';
import { type CurlAnswer, serveForCurl, verifyPath } from './serveForCurl.js';

const gateway = setupFakeGateway();
const subscriptionKey = 'events-test-key-3b9d';
const personId = 'person-4711';

function serve(options: Partial<CreateTwoFactorHandlerOptions> = {}) {
  const events: TwoFactorEvent[] = [];
  const served = serveForCurl(
    createTwoFactorHandler({
      baseUrl: `${gateway.origin}/2fa`,
      subscriptionKey,
      verifyPath,
      resolvePerson: (request) => (request.headers.has('X-Signed-Out') ? null : { personId, contextId: 'portal' }),
      onEvent: (event) => {
        events.push(event);
      },
      ...options,
    }),
  );
  return { served, events };
}

/** The only event of a request, after its answer. */
async function onlyEvent(events: TwoFactorEvent[], answered: Promise<CurlAnswer>) {
  const { status } = await answered;
  expect(events).toHaveLength(1);
  const event = events.pop() as TwoFactorEvent;
  expect(event.status).toBe(status);
  return event;
}

const hash = /^[0-9a-f]{64}$/;

describe('createTwoFactorHandler’s onEvent', () => {
  it('given a send the gateway accepts, should record sent with the person’s hash, the medium and the time it took', async () => {
    const { served, events } = serve();
    const handler = await served;
    const event = await onlyEvent(events, handler.send({ Medium: 'Email', Language: 'en', TwoFactorId: 'tf-secret-id' }));
    expect(event).toStrictEqual({
      operation: 'send',
      outcome: 'sent',
      status: 200,
      personHash: expect.stringMatching(hash),
      medium: 'email',
      durationMs: expect.any(Number),
    });
    expect(event.durationMs).toBeGreaterThanOrEqual(0);
    expect(event.durationMs).toBeLessThan(10_000);
  });

  it('given a verify the gateway accepts, should record verified, and hold neither the code, the PersonId nor the key', async () => {
    const { served, events } = serve();
    const event = await onlyEvent(events, (await served).verify({ TwoFactorId: 'tf-secret-id', Code: '482913' }));
    expect(event).toMatchObject({ operation: 'verify', outcome: 'verified', status: 200 });
    expect(event).not.toHaveProperty('medium');
    const text = JSON.stringify(event);
    for (const secret of ['482913', personId, 'portal', subscriptionKey, 'tf-secret-id']) expect(text).not.toContain(secret);
  });

  it('given a medium that is not the contract’s, should leave it out: it is text the person typed', async () => {
    const { served, events } = serve();
    const event = await onlyEvent(events, (await served).send({ Medium: '<b>pager</b>' }));
    expect(event).not.toHaveProperty('medium');
  });

  it.each([
    ['a path it does not serve', { path: '/api/2fa/Other' }, 404, null],
    ['a GET', { method: 'GET' }, 405, 'send'],
    ['a text body', { headers: { 'Content-Type': 'text/plain' } }, 415, 'send'],
    ['no session', { headers: { 'X-Signed-Out': '1' } }, 401, 'send'],
    ['a body that is not an object', { body: '[1]' }, 400, 'send'],
    ['a member that is not a string', { body: '{"Medium":1}' }, 400, 'send'],
    ['a body over 16 KiB', { body: JSON.stringify({ Medium: 'x'.repeat(17_000) }) }, 413, 'send'],
  ])('given %s, should record rejected with the status', async (_name, request, status, operation) => {
    const { served, events } = serve();
    const { baseUrl } = await served;
    const {
      path = '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson',
      method = 'POST',
      headers = {},
      body = '{}',
    } = request as { path?: string; method?: string; headers?: Record<string, string>; body?: string };
    const url = path.startsWith('/api/2fa') ? baseUrl.replace('/api/2fa', '') + path : baseUrl + path;
    const response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(method === 'POST' && { body }),
    });
    expect(response.status).toBe(status);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation, outcome: 'rejected', status });
    // The person is known once the session is: after 401, 404, 405 and 415 it is not.
    expect(events[0]?.personHash).toStrictEqual(status === 400 || status === 413 ? expect.stringMatching(hash) : null);
    expect(gateway.requests).toHaveLength(0);
  });

  it('given allowedOrigins and another Origin, should record rejected 403', async () => {
    const { served, events } = serve({ allowedOrigins: ['https://portal.test'] });
    const event = await onlyEvent(events, (await served).send(undefined, { Origin: 'https://evil.test' }));
    expect(event).toMatchObject({ outcome: 'rejected', status: 403, personHash: null });
  });

  it('given the built-in limits or the host’s limit refusing, should record rate-limited', async () => {
    const { served, events } = serve({ limits: { send: new RateLimiterMemory({ points: 1, duration: 60 }) } });
    const handler = await served;
    await handler.send();
    events.length = 0;
    const limited = await onlyEvent(events, handler.send());
    expect(limited).toMatchObject({ operation: 'send', outcome: 'rate-limited', status: 429 });

    const { served: other, events: otherEvents } = serve({ limit: () => ({ ok: false, retryAfterSeconds: 5 }) });
    expect(await onlyEvent(otherEvents, (await other).send())).toMatchObject({ outcome: 'rate-limited', status: 429 });
  });

  it('given the gateway’s 400 (a wrong code) or its own 429, should record refused', async () => {
    const { served, events } = serve();
    const handler = await served;
    gateway.answer(json(400, { statusCode: 400, message: 'The code is wrong.' }));
    expect(await onlyEvent(events, handler.verify())).toMatchObject({ operation: 'verify', outcome: 'refused', status: 400 });
    gateway.answer(json(429, { statusCode: 429, message: 'Rate limit is exceeded.' }, { 'Retry-After': '9' }));
    expect(await onlyEvent(events, handler.send())).toMatchObject({ operation: 'send', outcome: 'refused', status: 429 });
  });

  it('given a gateway 500, a timeout, an unreadable answer or a resolvePerson that throws, should record failed', async () => {
    const { served, events } = serve();
    const handler = await served;
    gateway.answer(json(500, { message: 'down' }));
    expect(await onlyEvent(events, handler.send())).toMatchObject({ outcome: 'failed', status: 500 });
    gateway.answer(json(200, '<html>'));
    expect(await onlyEvent(events, handler.verify())).toMatchObject({ outcome: 'failed', status: 502 });
    // Never answers: a handler of its own with a short deadline, which the answers above, over loopback on a loaded
    // machine, could miss.
    gateway.answer(() => {});
    const { served: waiting, events: waitingEvents } = serve({ timeoutMs: 300 });
    expect(await onlyEvent(waitingEvents, (await waiting).verify())).toMatchObject({ outcome: 'failed', status: 504 });

    const { served: broken, events: brokenEvents } = serve({
      resolvePerson: () => {
        throw new Error('session store down');
      },
    });
    expect(await onlyEvent(brokenEvents, (await broken).send())).toMatchObject({ outcome: 'failed', status: 500, personHash: null });
  });

  it('given an onEvent that throws or rejects, should answer exactly as without it', async () => {
    for (const onEvent of [
      () => {
        throw new Error('log down');
      },
      () => Promise.reject(new Error('log down')),
    ]) {
      const handler = await serveForCurl(
        createTwoFactorHandler({ baseUrl: `${gateway.origin}/2fa`, subscriptionKey, resolvePerson: () => ({ personId }), onEvent }),
      );
      const { status, body } = await handler.send();
      expect(status).toBe(200);
      expect(body).toStrictEqual({ Hint: 'Sent to +32 4** ** ** 12' });
    }
  });

  describe('the person hash', () => {
    async function personHashWith(options: Partial<CreateTwoFactorHandlerOptions>, person = { personId, contextId: 'portal' }) {
      const { served, events } = serve({ resolvePerson: () => person, ...options });
      await (await served).send({ Medium: 42 });
      return events[0]?.personHash;
    }

    it('given two instances with one subscription key, should be the same on both; another key gives another', async () => {
      const first = await personHashWith({});
      expect(first).toMatch(hash);
      expect(await personHashWith({})).toBe(first);
      expect(await personHashWith({ subscriptionKey: 'another-deployment-key' })).not.toBe(first);
    });

    it('given personHashSecret, should key the hash by it rather than by the subscription key', async () => {
      const secret = 'a-shared-secret-of-this-deployment';
      const withSecret = await personHashWith({ personHashSecret: secret });
      expect(withSecret).toBe(await personHashWith({ personHashSecret: secret, subscriptionKey: 'another-deployment-key' }));
      expect(withSecret).not.toBe(await personHashWith({}));
    });

    it('given another person or another context, should differ; given ids that only run together differently, should differ', async () => {
      const base = await personHashWith({});
      expect(await personHashWith({}, { personId: 'person-4712', contextId: 'portal' })).not.toBe(base);
      expect(await personHashWith({}, { personId, contextId: 'other' })).not.toBe(base);
      expect(await personHashWith({}, { personId: 'ab', contextId: '' })).not.toBe(
        await personHashWith({}, { personId: 'a', contextId: 'b' }),
      );
    });

    it('given neither a key nor a secret, should be stable within a handler, and another handler’s random secret gives another', async () => {
      const events: TwoFactorEvent[] = [];
      const create = () =>
        createTwoFactorHandler({
          baseUrl: `${gateway.origin}/2fa`,
          subscriptionKey: false,
          resolvePerson: () => ({ personId }),
          onEvent: (event) => {
            events.push(event);
          },
        });
      const handler = await serveForCurl(create());
      await handler.send({ Medium: 42 });
      await handler.send({ Medium: 42 });
      const other = await serveForCurl(create());
      await other.send({ Medium: 42 });
      expect(events[0]?.personHash).toMatch(hash);
      expect(events[1]?.personHash).toBe(events[0]?.personHash);
      // Each handler makes its own random secret: a shared store needs a key or personHashSecret.
      expect(events[2]?.personHash).not.toBe(events[0]?.personHash);
    });
  });
});
