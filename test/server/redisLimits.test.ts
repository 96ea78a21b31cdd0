// @vitest-environment node
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTwoFactorHandler, type TwoFactorLimits } from '../../src/server/index.js';
import { answer as json, type Loopback, loopback } from '../loopback.js';
import { type RedisServer, startRedisServer } from './redisServer.js';
import { type CurlAnswer, countStatuses, serveForCurl, verifyPath } from './serveForCurl.js';

const personId = 'person-31415';
const subscriptionKey = 'redis-test-key-9e4a';
const sent = json(200, { Hint: 'Sent to +32 4** ** ** 12' });

let redis: RedisServer;
const clients: Redis[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
}, 20_000);

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
});

afterAll(async () => {
  await redis?.stop();
});

/** The README's client: fails fast while Redis is down instead of queueing commands. */
async function connect(): Promise<Redis> {
  const client = new Redis({ host: '127.0.0.1', port: redis.port, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // An unreachable Redis is reported through onError; ioredis must not also throw it as an unhandled 'error'.
  client.on('error', () => {});
  clients.push(client);
  await new Promise<void>((resolve) => client.once('ready', () => resolve()));
  return client;
}

/** The README's production limits over one client. */
function sharedLimits(client: Redis, prefix: string): TwoFactorLimits {
  return {
    send: new RateLimiterRedis({ storeClient: client, keyPrefix: `${prefix}-send`, points: 5, duration: 600 }),
    verify: new RateLimiterRedis({ storeClient: client, keyPrefix: `${prefix}-verify`, points: 10, duration: 600 }),
  };
}

/**
 * Two instances of one deployment: each its own handler, its own Redis client and its own
 * gateway (so that the sends of each can be counted), sharing one Redis.
 */
async function twoInstances(prefix: string) {
  const onError = vi.fn();
  const instances: { gateway: Loopback; send: () => Promise<CurlAnswer> }[] = [];
  for (let index = 0; index < 2; index++) {
    const gateway = await loopback(sent);
    const handler = await serveForCurl(
      createTwoFactorHandler({
        baseUrl: `${gateway.origin}/2fa`,
        subscriptionKey,
        verifyPath,
        resolvePerson: () => ({ personId, contextId: 'portal' }),
        limits: sharedLimits(await connect(), prefix),
        onError,
      }),
    );
    instances.push({ gateway, send: () => handler.send() });
  }
  const sends = () => instances.map(({ gateway }) => gateway.requests.length);
  return { instances, sends, onError };
}

const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);

describe('createTwoFactorHandler with RateLimiterRedis on a real redis-server, two instances', () => {
  it('given 20 sends for one person alternating between the instances, should let 5 reach the gateways', async () => {
    const { instances, sends } = await twoInstances('alternating');
    const answers = [];
    for (let index = 0; index < 20; index++) answers.push(await (instances[index % 2]?.send() as Promise<CurlAnswer>));
    expect(total(sends())).toBe(5);
    expect(countStatuses(answers)).toStrictEqual({ 200: 5, 429: 15 });
    for (const { headers } of answers.filter((answer) => answer.status === 429)) {
      expect(Number(headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    }
  });

  it('given 50 sends at once spread over the instances, should let 5 reach the gateways', async () => {
    const { instances, sends } = await twoInstances('concurrent');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => instances[index % 2]?.send() as Promise<CurlAnswer>));
    expect(total(sends())).toBe(5);
    expect(countStatuses(answers)).toStrictEqual({ 200: 5, 429: 45 });
  });

  it('should store no key that holds the PersonId, the ContextId or the key: only the person’s keyed hash', async () => {
    const { instances } = await twoInstances('scan');
    await instances[0]?.send();
    const client = await connect();
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    expect(keys).toContain(keys.find((key) => key.startsWith('scan-send:')));
    for (const key of keys) {
      expect(key).toMatch(/^[a-z-]+:(send|verify):[0-9a-f]{64}$/);
      for (const secret of [personId, 'portal', subscriptionKey]) expect(key).not.toContain(secret);
    }
  });

  it('given Redis stopping mid-run, should answer only 200 or 429, send at most 5 per instance, report to onError, and use Redis again once it is back', async () => {
    const { instances, sends, onError } = await twoInstances('outage');
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push(await (instances[index % 2]?.send() as Promise<CurlAnswer>));
    expect(total(sends())).toBe(4);

    await redis.stop();
    for (let index = 0; index < 20; index++) answers.push(await (instances[index % 2]?.send() as Promise<CurlAnswer>));
    expect(Object.keys(countStatuses(answers)).sort()).toStrictEqual(['200', '429']);
    // Each instance also counts the person in its own memory, the 2 it sent before included: 5 each in all.
    expect(sends()).toStrictEqual([5, 5]);
    // Once per instance: one failure streak each.
    expect(onError).toHaveBeenCalledTimes(2);
    for (const [error] of onError.mock.calls)
      expect(error).toMatchObject({ kind: 'server', message: expect.stringMatching(/send limiter failed/) });

    // Redis is back (empty: no persistence): the instances count there again.
    redis = await startRedisServer(redis.port);
    const client = await connect();
    await vi.waitFor(
      async () => {
        await instances[0]?.send();
        expect(await client.keys('outage-send:*')).toHaveLength(1);
      },
      { timeout: 15_000, interval: 200 },
    );
  }, 60_000);
});
