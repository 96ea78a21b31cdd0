// @vitest-environment node
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CreateHttpAdapterOptions, createHttpAdapter, defaultSendPath, type SendCodeRequest } from '../../src/core/index.js';
import { answer, loopback } from '../loopback.js';
import { rejection } from '../rejection.js';

const request: SendCodeRequest = { personId: '42', medium: 'sms' };
const printed = (error: unknown) => inspect(error, { depth: 10, showHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createHttpAdapter at the edges of where it runs', () => {
  it('given a path as baseUrl and no page (server side), should reject unknown saying to use an absolute URL, and send nothing', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const error = await rejection(createHttpAdapter({ baseUrl: '/api/2fa', fetch }).sendCode(request));
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('createHttpAdapter: baseUrl is a path, with no page (server side): use an absolute URL.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('given a path that merely contains "https:" and no page, should still reject it as a path', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const error = await rejection(createHttpAdapter({ baseUrl: '/relay/https:/2fa', fetch }).sendCode(request));
    expect(error.message).toMatch(/baseUrl is a path/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('given a path as baseUrl on a page, should send to that path on the page', async () => {
    const server = await loopback(answer(200, { Hint: 'sent' }));
    vi.stubGlobal('location', new URL(`${server.origin}/login`));
    // Node's fetch has no page to resolve against: this one resolves as a browser's would.
    const fetch = (url: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(new URL(String(url), server.origin), init);
    const result = await createHttpAdapter({ baseUrl: '/api/2fa', fetch }).sendCode(request);
    expect(result.hint).toBe('sent');
    expect(server.requests.map((received) => received.url)).toStrictEqual([`/api/2fa${defaultSendPath}`]);
  });

  it('given an absolute baseUrl with spaces around it and no page, should send to it', async () => {
    const server = await loopback(answer(200, { Hint: 'sent' }));
    const result = await createHttpAdapter({ baseUrl: `  ${server.origin}/2fa  ` }).sendCode(request);
    expect(result.hint).toBe('sent');
    expect(server.requests).toHaveLength(1);
  });

  it('given no global fetch and no fetch option, should reject unknown saying to pass one', async () => {
    vi.stubGlobal('fetch', undefined);
    const error = await rejection(createHttpAdapter({ baseUrl: 'https://gateway.invalid/2fa' }).sendCode(request));
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('createHttpAdapter: no fetch: pass options.fetch.');
  });

  it('given no global fetch but a fetch option, should send with it', async () => {
    const server = await loopback(answer(200, { Hint: 'sent' }));
    const fetch = globalThis.fetch;
    vi.stubGlobal('fetch', undefined);
    const result = await createHttpAdapter({ baseUrl: `${server.origin}/2fa`, fetch }).sendCode(request);
    expect(result.hint).toBe('sent');
  });
});

describe('createHttpAdapter given URLs and requests at the edges', () => {
  it('given a baseUrl ending in two slashes and a path starting with two, should join them with one', async () => {
    const server = await loopback(answer(200, {}));
    await createHttpAdapter({ baseUrl: `${server.origin}/2fa//`, sendPath: '//send' }).sendCode(request);
    expect(server.requests.map((received) => received.url)).toStrictEqual(['/2fa/send']);
  });

  it('given an already aborted signal and a request that is not valid, should reject aborted with the reason, not validation', async () => {
    const reason = new Error('unmounted');
    const controller = new AbortController();
    controller.abort(reason);
    const error = await rejection(
      createHttpAdapter({ baseUrl: 'https://gateway.invalid/2fa' }).sendCode({ personId: '' }, { signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
    expect(error.cause).toBe(reason);
  });

  it.each<[string, (adapter: ReturnType<typeof createHttpAdapter>) => Promise<unknown> | undefined, string]>([
    ['a send request', (adapter) => adapter.sendCode({ personId: '' }), 'SendCodeRequest'],
    ['a verify request', (adapter) => adapter.verifyCode?.({ personId: '', code: '123456' }), 'VerifyCodeRequest'],
  ])('given %s that is not valid, should say which request it is', async (_case, call, name) => {
    const adapter = createHttpAdapter({ baseUrl: 'https://gateway.invalid/2fa', verifyPath: '/verify' });
    const error = await rejection(call(adapter) ?? Promise.resolve());
    expect(error.kind).toBe('validation');
    expect(error.message).toContain(`not a valid ${name}`);
  });

  it('given a toVerifyBody that throws, should reject unknown saying the body could not be built, with the error as cause', async () => {
    const server = await loopback(answer(200, {}));
    const failure = new Error('no code');
    const toVerifyBody = () => {
      throw failure;
    };
    const adapter = createHttpAdapter({ baseUrl: `${server.origin}/2fa`, verifyPath: '/verify', toVerifyBody });
    const error = await rejection(adapter.verifyCode?.({ personId: '42', code: '123456' }) ?? Promise.resolve());
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('The request body could not be built.');
    expect(error.cause).toBe(failure);
    expect(server.connections()).toBe(0);
  });
});

describe('createHttpAdapter given an answer that repeats a short subscription key', () => {
  it('given a 401 that repeats a key shorter than a header credential, should keep none of the body and say why', async () => {
    const subscriptionKey = 'k3y!';
    const server = await loopback(answer(401, { statusCode: 401, message: `Access denied: key ${subscriptionKey} is invalid.` }));
    const error = await rejection(createHttpAdapter({ baseUrl: `${server.origin}/2fa`, subscriptionKey }).sendCode(request));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, formErrors: [] });
    expect(error.message).toMatch(/repeated a credential that was sent, so none of it is kept/);
    expect(printed(error)).not.toContain(subscriptionKey);
  });
});

describe('createHttpAdapter option checks name the factory', () => {
  it.each<[string, unknown]>([
    ['null options', null],
    ['a bad baseUrl', { baseUrl: 'ftp://x' }],
    ['a protocol-relative baseUrl with spaces before it', { baseUrl: '  //gateway.example/2fa' }],
    ['a bad timeoutMs', { baseUrl: 'https://gateway.example/2fa', timeoutMs: 0 }],
    ['a bad maxBodyBytes', { baseUrl: 'https://gateway.example/2fa', maxBodyBytes: 0 }],
  ])('given %s, should throw a TypeError whose message starts with createHttpAdapter', (_case, options) => {
    const create = () => createHttpAdapter(options as CreateHttpAdapterOptions);
    expect(create).toThrow(TypeError);
    expect(create).toThrow(/^createHttpAdapter: /);
  });

  it('given null options, should say options are required', () => {
    expect(() => createHttpAdapter(null as unknown as CreateHttpAdapterOptions)).toThrow(/options are required/);
  });

  it('given a protocol-relative baseUrl with spaces before it, should refuse it as protocol-relative', () => {
    expect(() => createHttpAdapter({ baseUrl: '  //gateway.example/2fa' })).toThrow(/must not be protocol-relative/);
  });

  it.each(['xhttp://gateway.example/2fa', 'http://[::1/2fa'])('given baseUrl %s, should refuse it as not an http(s) URL', (baseUrl) => {
    expect(() => createHttpAdapter({ baseUrl })).toThrow(/baseUrl must be an http\(s\) URL or a path/);
  });

  it('given a baseUrl that cannot be parsed, should say it is an invalid URL', () => {
    expect(() => createHttpAdapter({ baseUrl: 'http://[::1/2fa' })).toThrow(/got an invalid URL/);
  });
});
