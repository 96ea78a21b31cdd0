// @vitest-environment node
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type FetchAnswerOptions, fetchAnswer } from '../../src/core/http/fetchAnswer.js';
import { answer, loopback } from '../loopback.js';
import { rejection } from '../rejection.js';

const secret = 'SECRET-KEY-0123456789';
const printed = (error: unknown) => inspect(error, { depth: 10, showHidden: true });
const failingWith = (cause: unknown) => () => Promise.reject(cause);

/** An object `levels` deep: `{ next: { next: … {} } }`. */
const nested = (levels: number): object => (levels <= 1 ? { code: 5 } : { next: nested(levels - 1) });

describe('fetchAnswer: what each failure says', () => {
  it.each<[string, Partial<FetchAnswerOptions>, string, string]>([
    [
      'a network error',
      { fetch: failingWith(new TypeError('Failed to fetch')) },
      'network',
      'The server could not be reached (network error, CORS or offline).',
    ],
    [
      'a fetch that throws another error',
      { fetch: failingWith(new Error('boom')) },
      'unknown',
      'fetch failed with something other than a network error.',
    ],
    ['a headers() that throws', { headers: () => Promise.reject(new Error('no token')) }, 'unknown', 'The headers function failed.'],
    [
      'a header value with a line break',
      { headers: { 'X-Token': 'a\r\nb' } },
      'unknown',
      'A header name or value was refused by the platform (e.g. a line break in a token).',
    ],
  ])('given %s, should reject with its kind and a message that says so', async (_case, options, kind, message) => {
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/send', ...options }));
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it('given no complete answer in time, should say how long it waited', async () => {
    const server = await loopback(() => undefined);
    const error = await rejection(fetchAnswer({ url: server.origin, timeoutMs: 100 }));
    expect(error.message).toBe('No complete answer within 100 ms.');
  });

  it('given a 302, should say it was a redirect with its status, never followed', async () => {
    const server = await loopback(answer(302, '', { Location: '/elsewhere' }));
    const error = await rejection(fetchAnswer({ url: server.origin }));
    expect(error.message).toBe('The server answered with a redirect (HTTP 302), which is never followed.');
  });

  it('given an opaque redirect, should say it was a redirect without a status', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/send', fetch: async () => opaque }));
    expect(error.message).toBe('The server answered with a redirect, which is never followed.');
  });

  it('given a 300 Multiple Choices, should refuse it as a redirect with its status', async () => {
    const server = await loopback(answer(300, { Hint: 'A code was sent.' }, { Location: '/choice' }));
    const error = await rejection(fetchAnswer({ url: server.origin }));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 300 });
    expect(error.message).toContain('redirect (HTTP 300)');
  });

  it.each([
    ['a RangeError of another wording', new RangeError('Array buffer allocation failed')],
    ['"Invalid string length"', new RangeError('Invalid string length')],
  ])('given the runtime failing with %s while reading, should reject unknown saying it ran out of room', async (_case, cause) => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(cause);
      },
    });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => new Response(body) }));
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('The runtime ran out of room while reading the answer.');
  });

  it('given a body stream that fails with nothing, should reject invalid-response', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(undefined);
      },
    });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => new Response(body) }));
    expect(error).toMatchObject({ kind: 'invalid-response', maybeSent: true });
  });

  it('given a body stream that yields text instead of bytes, should reject invalid-response saying so', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue('{"Hint":"sent"}');
        controller.close();
      },
    });
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, 'body', { value: body });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => response }));
    expect(error.kind).toBe('invalid-response');
    expect((error.cause as Error).message).toBe('The body stream yielded something other than bytes.');
  });

  it.each<[string, unknown]>([
    ['a string', 'ok'],
    ['null', null],
    ['an object whose status is text', { status: '200', headers: new Headers(), body: null }],
  ])('given a custom fetch that resolves with %s, should reject invalid-response saying it is not a Response', async (_case, value) => {
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: async () => value as Response }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('fetch resolved with something that is not a Response.');
  });
});

describe('fetchAnswer given a Response-like answer without a stream', () => {
  const responseLike = (text: string) => async () =>
    ({ status: 200, type: 'basic', headers: new Headers(), text: async () => text }) as unknown as Response;

  it('given a body within the limit, should read its text', async () => {
    const result = await fetchAnswer({ url: 'https://gateway.invalid/', fetch: responseLike('{"Hint":"sent"}') });
    expect(result).toMatchObject({ status: 200, body: '{"Hint":"sent"}' });
  });

  it('given a body of exactly the limit in bytes, should read it', async () => {
    const result = await fetchAnswer({ url: 'https://gateway.invalid/', fetch: responseLike('é'.repeat(8)), maxBodyBytes: 16 });
    expect(result.body).toBe('é'.repeat(8));
  });

  it('given a body one byte past the limit, counted in UTF-8, should reject invalid-response with maybeSent', async () => {
    const error = await rejection(
      fetchAnswer({ url: 'https://gateway.invalid/', fetch: responseLike(`${'é'.repeat(8)}x`), maxBodyBytes: 16 }),
    );
    expect(error).toMatchObject({ kind: 'invalid-response', maybeSent: true });
    expect(error.message).toContain('larger than 16 bytes');
  });
});

describe('fetchAnswer: which causes it keeps', () => {
  it('given a network error whose cause holds no secret, numbers included, should keep the cause', async () => {
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNRESET', errno: -104 } });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: failingWith(cause), secrets: [secret] }));
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain('dropped');
  });

  it('given a network error whose cause has a member set to null (as Node sets some), should keep the cause', async () => {
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNRESET', address: null } });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: failingWith(cause), secrets: [secret] }));
    expect(error.kind).toBe('network');
    expect(error.cause).toBe(cause);
  });

  it('given a cause ten levels deep without a secret, should keep it; eleven levels deep, should drop it', async () => {
    const kept = new TypeError('fetch failed', { cause: nested(10) });
    const dropped = new TypeError('fetch failed', { cause: nested(11) });
    const options = { url: 'https://gateway.invalid/', secrets: [secret] };
    expect((await rejection(fetchAnswer({ ...options, fetch: failingWith(kept) }))).cause).toBe(kept);
    const error = await rejection(fetchAnswer({ ...options, fetch: failingWith(dropped) }));
    expect(error.cause).toBeUndefined();
  });

  it('given a cause that refers to itself, should drop it rather than loop', async () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    const error = await rejection(
      fetchAnswer({
        url: 'https://gateway.invalid/',
        fetch: failingWith(new TypeError('fetch failed', { cause: loop })),
        secrets: [secret],
      }),
    );
    expect(error.kind).toBe('network');
    expect(error.cause).toBeUndefined();
  });

  it('given a cause with the secret as a key, should drop it and say why, keeping kind and status', async () => {
    const cause = new TypeError('fetch failed', { cause: { [secret]: true } });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: failingWith(cause), secrets: [secret] }));
    expect(error.kind).toBe('network');
    expect(error.cause).toBeUndefined();
    expect(error.message).toBe(
      'The server could not be reached (network error, CORS or offline). (its cause was dropped: it repeated a secret).',
    );
    expect(printed(error)).not.toContain(secret);
  });

  it('given a cause whose nested DOMException names the secret, should drop it', async () => {
    const cause = new TypeError('fetch failed', { cause: new DOMException(`refused ${secret}`, 'NetworkError') });
    const error = await rejection(fetchAnswer({ url: 'https://gateway.invalid/', fetch: failingWith(cause), secrets: [secret] }));
    expect(error.cause).toBeUndefined();
    expect(printed(error)).not.toContain(secret);
  });
});

describe('fetchAnswer: which bodies repeat a secret', () => {
  it.each<[string, Partial<FetchAnswerOptions>, string, boolean]>([
    ['the key in a text body', { secrets: [secret] }, `Invalid key ${secret}`, true],
    ['a text body without the key', { secrets: [secret] }, 'Access denied.', false],
    ['an empty secret', { secrets: [''] }, '{"message":"Access denied."}', false],
    ['a secret that is not text', { secrets: [42 as unknown as string] }, '{"message":"Error 42"}', false],
    ['a header value of exactly eight characters', { headers: { 'X-Session': 'abcd1234' } }, '{"message":"session abcd1234"}', true],
    ['the first word of a two-word header value', { headers: { 'X-Trace': 'portal-citizen 42' } }, '{"message":"portal-citizen"}', false],
  ])('given %s, should say whether it echoes a secret', async (_case, options, body, echoes) => {
    const server = await loopback(answer(401, body));
    expect((await fetchAnswer({ url: server.origin, ...options })).echoesSecret).toBe(echoes);
  });

  it('given a body that repeats the long values of Accept, Accept-Language, Content-Language and Content-Type, should not count them as secrets', async () => {
    const server = await loopback(
      answer(415, '{"message":"got application/x-portal for application/problem+json in en-GB-oxendict, fr-BE-x-portal"}'),
    );
    const result = await fetchAnswer({
      url: server.origin,
      body: '{}',
      headers: {
        Accept: 'application/problem+json',
        'Accept-Language': 'en-GB-oxendict',
        'Content-Language': 'fr-BE-x-portal',
        'Content-Type': 'application/x-portal',
      },
    });
    expect(result.echoesSecret).toBe(false);
  });
});

describe('fetchAnswer: option checks name their owner', () => {
  it.each<[string, unknown, RegExp]>([
    ['null options', null, /^fetchAnswer: options are required/],
    ['an empty url', { url: '' }, /^fetchAnswer: url is required/],
    ['a bad timeoutMs', { url: '/x', timeoutMs: -1 }, /^fetchAnswer: timeoutMs must be a positive number/],
    ['a bad maxBodyBytes', { url: '/x', maxBodyBytes: -1 }, /^fetchAnswer: maxBodyBytes must be a positive whole number/],
  ])('given %s, should reject with a TypeError that names fetchAnswer', async (_case, options, message) => {
    await expect(fetchAnswer(options as FetchAnswerOptions)).rejects.toThrow(TypeError);
    await expect(fetchAnswer(options as FetchAnswerOptions)).rejects.toThrow(message);
  });
});

describe('fetchAnswer: what it asks of the platform', () => {
  it("given defaultHeaders, should send each one unless the caller's headers set it", async () => {
    const server = await loopback(answer(200, {}));
    await fetchAnswer({
      url: server.origin,
      headers: { 'Accept-Language': 'fr-BE' },
      defaultHeaders: { 'Accept-Language': 'en', 'X-Portal': 'citizen' },
    });
    expect(server.requests[0]?.headers).toMatchObject({ 'accept-language': 'fr-BE', 'x-portal': 'citizen' });
  });

  it.each<[string, FetchAnswerOptions['credentials'], RequestCredentials]>([
    ['credentials include', 'include', 'include'],
    ['credentials omit', 'omit', 'omit'],
    ['no credentials', undefined, 'same-origin'],
  ])('given %s, should have fetch send the request with its mode (the platform default otherwise)', async (_case, credentials, mode) => {
    const sent: Request[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      sent.push(new Request(input, init));
      return new Response('{}');
    };
    await fetchAnswer({ url: 'https://gateway.invalid/send', fetch, credentials });
    expect(sent.map((request) => request.credentials)).toEqual([mode]);
  });
});
