// @vitest-environment node
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { defaultMaxBodyBytes, fetchAnswer } from '../../src/core/http/fetchAnswer.js';
import { answer, loopback, sleep } from '../loopback.js';
import { rejection } from '../rejection.js';

const secret = 'SECRET-KEY-0123456789';
const token = 'SECRET-TOKEN-abcdef';

/** Everything a logger or an error tracker could print of an error. */
const printed = (error: unknown) => inspect(error, { depth: 10, showHidden: true });

describe('fetchAnswer', () => {
  describe('given a plain answer', () => {
    it('given a 200 JSON body, should resolve with the status, the headers and the body text', async () => {
      const server = await loopback(answer(200, { Hint: 'sent' }, { 'Retry-After': '5' }));
      const result = await fetchAnswer({
        url: `${server.origin}/send`,
        body: '{"PersonId":"42"}',
        setHeaders: { 'Content-Type': 'application/json' },
      });
      expect(result).toMatchObject({ status: 200, body: '{"Hint":"sent"}', echoesSecret: false });
      expect(result.headers.get('Retry-After')).toBe('5');
      expect(server.requests).toMatchObject([{ method: 'POST', url: '/send', body: '{"PersonId":"42"}' }]);
      expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    });

    it('given setHeaders, should set them over the caller headers', async () => {
      const server = await loopback(answer(200, {}));
      await fetchAnswer({
        url: server.origin,
        headers: { Accept: 'text/html', 'X-Portal': 'citizen' },
        setHeaders: { Accept: 'application/json' },
      });
      expect(server.requests[0]?.headers).toMatchObject({ accept: 'application/json', 'x-portal': 'citizen' });
    });

    it('given a GET without a body, should send a GET', async () => {
      const server = await loopback(answer(204));
      const result = await fetchAnswer({ url: server.origin, method: 'GET' });
      expect(result).toMatchObject({ status: 204, body: '' });
      expect(server.requests[0]?.method).toBe('GET');
    });

    it('given a multi-byte character split across chunks, should decode it whole', async () => {
      const server = await loopback((_request, response) => {
        const bytes = Buffer.from('{"Hint":"é€"}');
        response.writeHead(200);
        response.write(bytes.subarray(0, 10));
        setTimeout(() => response.end(bytes.subarray(10)), 20);
      });
      expect((await fetchAnswer({ url: server.origin })).body).toBe('{"Hint":"é€"}');
    });
  });

  describe('given a redirect', () => {
    it.each([301, 302, 303, 307, 308])(
      'given a %i to a second origin, should reject invalid-response with the status and send nothing there',
      async (status) => {
        const elsewhere = await loopback(answer(200, { Hint: 'A code was sent.' }));
        const gateway = await loopback(answer(status, '', { Location: `${elsewhere.origin}/steal` }));
        const error = await rejection(
          fetchAnswer({ url: `${gateway.origin}/send`, body: '{"Code":"123456"}', setHeaders: { 'Ocp-Apim-Subscription-Key': secret } }),
        );
        expect(error.kind).toBe('invalid-response');
        expect(error.status).toBe(status);
        expect(error.maybeSent).toBe(false);
        expect(gateway.requests).toHaveLength(1);
        await sleep(50);
        expect(elsewhere.connections()).toBe(0);
        expect(printed(error)).not.toContain(secret);
      },
    );

    it('given a 302 to the same origin, should not follow it either', async () => {
      const server = await loopback((request, response) => {
        if (request.url === '/login') return answer(200, { Hint: 'A code was sent.' })(request, response);
        response.writeHead(302, { Location: '/login' });
        response.end();
      });
      const error = await rejection(fetchAnswer({ url: `${server.origin}/send` }));
      expect(error.kind).toBe('invalid-response');
      expect(server.requests.map((request) => request.url)).toStrictEqual(['/send']);
    });

    it('given an opaque redirect (what a browser gives for redirect: manual), should reject invalid-response without a status', async () => {
      // Node's fetch shows the 3xx itself; a browser hides it as type "opaqueredirect", status 0.
      const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
      Object.defineProperty(opaque, 'status', { value: 0 });
      const fetch = vi.fn(async () => opaque);
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/send', fetch }));
      expect(error.kind).toBe('invalid-response');
      expect(error.status).toBeUndefined();
      expect(fetch).toHaveBeenCalledWith('https://gateway.invalid/send', expect.objectContaining({ redirect: 'manual' }));
    });
  });

  describe('given a large body', () => {
    it('given a body of exactly the limit, should read it', async () => {
      const server = await loopback(answer(200, 'x'.repeat(1024)));
      expect((await fetchAnswer({ url: server.origin, maxBodyBytes: 1024 })).body).toHaveLength(1024);
    });

    it('given a body one byte past the limit, should reject invalid-response with maybeSent on a 2xx', async () => {
      const server = await loopback(answer(200, 'x'.repeat(1025)));
      const error = await rejection(fetchAnswer({ url: server.origin, maxBodyBytes: 1024 }));
      expect(error.kind).toBe('invalid-response');
      expect(error.status).toBe(200);
      expect(error.maybeSent).toBe(true);
      expect(error.message).toContain('larger than 1024 bytes');
    });

    it('given a 500 past the limit, should reject invalid-response without maybeSent', async () => {
      const server = await loopback(answer(500, 'x'.repeat(2048)));
      const error = await rejection(fetchAnswer({ url: server.origin, maxBodyBytes: 1024 }));
      expect(error).toMatchObject({ kind: 'invalid-response', status: 500, maybeSent: false });
    });

    it('given an endless body and the default limit, should stop after 1 MiB', async () => {
      let written = 0;
      const server = await loopback((_request, response) => {
        response.writeHead(200);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (written < 64 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
          if (!response.destroyed && written < 64 * 1024 * 1024) response.once('drain', pump);
        };
        pump();
      });
      const error = await rejection(fetchAnswer({ url: server.origin }));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain(`larger than ${defaultMaxBodyBytes} bytes`);
      expect(written).toBeLessThan(16 * 1024 * 1024);
    });

    it('given a gzip bomb (10 MiB of zeros in 10 KiB), should count the decoded bytes and stop at the limit', async () => {
      const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
      expect(bomb.length).toBeLessThan(defaultMaxBodyBytes);
      const server = await loopback((_request, response) => {
        response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
        response.end(bomb);
      });
      const error = await rejection(fetchAnswer({ url: server.origin }));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain('larger than');
    });
  });

  describe('given headers() and the clock', () => {
    it('given a headers() that never settles, should reject timeout and send nothing', async () => {
      const server = await loopback(answer(200, {}));
      const started = performance.now();
      const error = await rejection(
        fetchAnswer({ url: server.origin, headers: () => new Promise<HeadersInit>(() => undefined), timeoutMs: 50 }),
      );
      expect(error.kind).toBe('timeout');
      expect(error.maybeSent).toBe(false);
      // Far below the 15 s default (what an ignored timeoutMs would wait), far above what a loaded machine adds to 50 ms.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(server.connections()).toBe(0);
    });

    it('given a headers() slower than timeoutMs, should reject timeout and send nothing once it settles', async () => {
      const server = await loopback(answer(200, {}));
      const headers = () => sleep(100).then(() => ({ Authorization: `Bearer ${token}` }));
      const error = await rejection(fetchAnswer({ url: server.origin, headers, timeoutMs: 30 }));
      expect(error.kind).toBe('timeout');
      await sleep(150);
      expect(server.connections()).toBe(0);
    });

    it('given an abort while headers() is pending, should reject aborted at once with the reason', async () => {
      const server = await loopback(answer(200, {}));
      const controller = new AbortController();
      const reason = new Error('unmounted');
      setTimeout(() => controller.abort(reason), 20);
      const started = performance.now();
      const error = await rejection(
        fetchAnswer({ url: server.origin, headers: () => new Promise<HeadersInit>(() => undefined), signal: controller.signal }),
      );
      expect(error.kind).toBe('aborted');
      expect(error.cause).toBe(reason);
      // Far below the 15 s default timeout (the only other way out), far above what a loaded machine adds to 20 ms.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(server.connections()).toBe(0);
    });

    it('given a signal already aborted, should not call headers() nor fetch', async () => {
      const headers = vi.fn(() => ({}));
      const fetch = vi.fn(globalThis.fetch);
      const error = await rejection(fetchAnswer({ url: 'http://127.0.0.1:9/', headers, fetch, signal: AbortSignal.abort() }));
      expect(error.kind).toBe('aborted');
      expect(headers).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
    });

    it('given an abort during the headers() call that then resolves, should not fetch', async () => {
      const controller = new AbortController();
      const fetch = vi.fn(globalThis.fetch);
      const headers = () => {
        controller.abort();
        return {};
      };
      const error = await rejection(fetchAnswer({ url: 'http://127.0.0.1:9/', headers, fetch, signal: controller.signal }));
      expect(error.kind).toBe('aborted');
      expect(fetch).not.toHaveBeenCalled();
    });

    it('given a body that stalls after a 200, should reject timeout with maybeSent', async () => {
      const server = await loopback((_request, response) => {
        response.writeHead(200);
        response.write('{"Hint":');
      });
      // Long enough for the status to arrive over loopback on a loaded machine, before the deadline.
      const error = await rejection(fetchAnswer({ url: server.origin, timeoutMs: 1_000 }));
      expect(error).toMatchObject({ kind: 'timeout', status: 200, maybeSent: true });
    });

    it('given a body that stalls after a 429, should reject timeout without maybeSent', async () => {
      const server = await loopback((_request, response) => {
        response.writeHead(429);
        response.write('{"message":');
      });
      // Time for the head to arrive on a loaded machine: a timeout before it would rightly say maybeSent.
      const error = await rejection(fetchAnswer({ url: server.origin, timeoutMs: 2_000 }));
      expect(error).toMatchObject({ kind: 'timeout', status: 429, maybeSent: false });
    });

    it('given no answer at all within timeoutMs, should reject timeout with maybeSent', async () => {
      const server = await loopback(() => undefined);
      const error = await rejection(fetchAnswer({ url: server.origin, timeoutMs: 300 }));
      expect(error).toMatchObject({ kind: 'timeout', maybeSent: true });
      expect(error.status).toBeUndefined();
      await vi.waitFor(() => expect(server.connections()).toBe(1));
    });

    it('given the caller aborts while the body streams, should reject aborted', async () => {
      const controller = new AbortController();
      const server = await loopback((_request, response) => {
        response.writeHead(200);
        response.write('{"Hint":');
        setTimeout(() => controller.abort(), 20);
      });
      const error = await rejection(fetchAnswer({ url: server.origin, signal: controller.signal }));
      expect(error.kind).toBe('aborted');
    });
  });

  describe('given failures that are none of the other kinds', () => {
    it.each([
      [
        'throws',
        () => {
          throw new Error('token store unavailable');
        },
      ],
      ['rejects', () => Promise.reject(new Error('token store unavailable'))],
    ])('given a headers() that %s, should reject unknown and send nothing', async (_case, headers) => {
      const server = await loopback(answer(200, {}));
      const error = await rejection(fetchAnswer({ url: server.origin, headers: headers as () => Promise<HeadersInit> }));
      expect(error.kind).toBe('unknown');
      expect((error.cause as Error).message).toBe('token store unavailable');
      expect(server.connections()).toBe(0);
    });

    it('given a header value with CR/LF, should reject unknown and keep the value out of the error', async () => {
      const server = await loopback(answer(200, {}));
      const error = await rejection(
        fetchAnswer({ url: server.origin, headers: () => ({ Authorization: `Bearer ${token}\r\nX-Evil: 1` }) }),
      );
      expect(error.kind).toBe('unknown');
      expect(error.cause).toBeUndefined();
      expect(printed(error)).not.toContain(token);
      expect(server.connections()).toBe(0);
    });

    it('given a custom fetch that throws something other than a TypeError, should reject unknown', async () => {
      const cause = new RangeError('Maximum call stack size exceeded');
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => Promise.reject(cause) }));
      expect(error.kind).toBe('unknown');
      expect(error.cause).toBe(cause);
    });

    it('given a custom fetch that throws a string, should reject unknown', async () => {
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: () => Promise.reject('nope') }));
      expect(error.kind).toBe('unknown');
    });

    it('given a custom fetch that throws a TypeError, should reject network', async () => {
      const error = await rejection(
        fetchAnswer({ url: 'https://gateway.invalid/', fetch: () => Promise.reject(new TypeError('Failed to fetch')) }),
      );
      expect(error.kind).toBe('network');
    });

    it('given a custom fetch whose error repeats a sent credential, should drop that cause', async () => {
      const fetch = () => Promise.reject(new Error(`request with key ${secret} failed`));
      const error = await rejection(
        fetchAnswer({ url: 'https://gateway.invalid/', fetch, setHeaders: { 'Ocp-Apim-Subscription-Key': secret } }),
      );
      expect(error.kind).toBe('unknown');
      expect(error.cause).toBeUndefined();
      expect(printed(error)).not.toContain(secret);
    });

    it('given a nested cause that repeats a bearer token, should drop it', async () => {
      const fetch = () => Promise.reject(new TypeError('fetch failed', { cause: { request: { headers: [['authorization', token]] } } }));
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch, headers: { Authorization: `Bearer ${token}` } }));
      expect(error.kind).toBe('network');
      expect(printed(error)).not.toContain(token);
    });

    it('given the runtime failing with "string too long" while reading, should reject unknown', async () => {
      const body = new ReadableStream({
        pull(controller) {
          controller.error(new RangeError('Invalid string length'));
        },
      });
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => new Response(body) }));
      expect(error.kind).toBe('unknown');
      expect(error.maybeSent).toBe(true);
    });

    it('given a custom fetch that resolves with something that is not a Response, should reject invalid-response', async () => {
      const fetch = async () => 'ok' as unknown as Response;
      const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch }));
      expect(error.kind).toBe('invalid-response');
    });

    it('given a connection cut in the middle of a 200 body, should reject invalid-response with maybeSent', async () => {
      const server = await loopback((_request, response) => {
        response.writeHead(200, { 'Content-Length': '100' });
        response.write('{"Hint":');
        setTimeout(() => response.destroy(), 20);
      });
      const error = await rejection(fetchAnswer({ url: server.origin }));
      expect(error).toMatchObject({ kind: 'invalid-response', status: 200, maybeSent: true });
      expect(error.message).toBe('The answer (HTTP 200) was cut off.');
    });

    it('given a refused connection, should reject network', async () => {
      const server = await loopback(answer(200, {}));
      const url = server.origin;
      // Closed at once: the port is free again.
      const error = await rejection(fetchAnswer({ url: url.replace(/:\d+$/, ':9') }));
      expect(error.kind).toBe('network');
    });
  });

  describe('given a body that repeats what was sent', () => {
    it.each([
      ['the subscription key', { secrets: [secret] }, `{"message":"Invalid key ${secret}"}`],
      ['a bearer token', { headers: { Authorization: `Bearer ${token}` } }, `{"message":"token ${token} expired"}`],
      ['a JSON-escaped key', { secrets: [secret] }, `{"message":"\\u0053${secret.slice(1)}"}`],
    ])('given %s in the body, should say it echoes a secret', async (_case, options, body) => {
      const server = await loopback(answer(401, body));
      expect((await fetchAnswer({ url: server.origin, ...options })).echoesSecret).toBe(true);
    });

    it('given a short header value or the Accept-Language in the body, should not count it as a secret', async () => {
      const server = await loopback(answer(400, '{"message":"fr-BE is not supported; call 1"}'));
      const result = await fetchAnswer({ url: server.origin, headers: { 'X-Call': '1', 'Accept-Language': 'fr-BE' } });
      expect(result.echoesSecret).toBe(false);
    });
  });

  describe('given bad options', () => {
    it.each<[string, unknown, RegExp]>([
      ['no options', undefined, /options are required/],
      ['no url', {}, /url is required/],
      ['a timeout past the timer limit', { url: '/x', timeoutMs: 2_147_483_648 }, /timeoutMs must be at most 2147483647/],
      ['a fractional byte limit', { url: '/x', maxBodyBytes: 1.5 }, /maxBodyBytes must be a positive whole number/],
      ['a zero byte limit', { url: '/x', maxBodyBytes: 0 }, /maxBodyBytes must be a positive whole number/],
      ['a fetch that is not a function', { url: '/x', fetch: 'fetch' }, /fetch must be a function/],
    ])('given %s, should reject with a TypeError', async (_case, options, message) => {
      await expect(fetchAnswer(options as never)).rejects.toThrow(TypeError);
      await expect(fetchAnswer(options as never)).rejects.toThrow(message);
    });

    it('given the largest timer delay, should accept it', async () => {
      const server = await loopback(answer(200, {}));
      expect((await fetchAnswer({ url: server.origin, timeoutMs: 2_147_483_647 })).status).toBe(200);
    });
  });
});
