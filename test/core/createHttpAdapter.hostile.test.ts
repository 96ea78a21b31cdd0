// @vitest-environment node
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { maxWaitSeconds } from '../../src/core/errors/clampWaitSeconds.js';
import { type CreateHttpAdapterOptions, createHttpAdapter, defaultSendPath, type SendCodeRequest } from '../../src/core/index.js';
import { answer, type Loopback, loopback, sleep } from '../loopback.js';
import { rejection } from '../rejection.js';

// Secrets a careless log would show: the subscription key, a bearer token, and the request's PersonId.
const subscriptionKey = 'SECRET-KEY-0123456789abcdef';
const token = 'SECRET-TOKEN-fedcba9876543210';
const request: SendCodeRequest = { personId: '42', medium: 'sms' };

const printed = (error: unknown) => inspect(error, { depth: 10, showHidden: true });

/** An adapter on a loopback gateway with a key and a bearer token. */
function adapterOn(server: Loopback, options: Partial<CreateHttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: `${server.origin}/2fa`, subscriptionKey, headers: { Authorization: `Bearer ${token}` }, ...options });
}

const send = async (server: Loopback, options: Partial<CreateHttpAdapterOptions> = {}) => adapterOn(server, options).sendCode(request);

const failures = (count: number, propertyName = 'Medium') =>
  Array.from({ length: count }, (_, index) => ({ PropertyName: propertyName, ErrorMessage: `Bad medium ${index}.`, Severity: 0 }));

describe('createHttpAdapter against a hostile network', () => {
  describe('given a redirect', () => {
    it.each([302, 307, 308])(
      'given a %i to another origin, should reject invalid-response and send nothing of the request there',
      async (status) => {
        const attacker = await loopback(answer(200, { Hint: 'A code was sent.' }));
        const gateway = await loopback(answer(status, '', { Location: `${attacker.origin}/collect` }));
        const error = await rejection(send(gateway));
        expect(error.kind).toBe('invalid-response');
        expect(error.status).toBe(status);
        expect(gateway.requests[0]?.headers['ocp-apim-subscription-key']).toBe(subscriptionKey);
        await sleep(50);
        expect(attacker.connections()).toBe(0);
        expect(printed(error)).not.toContain(subscriptionKey);
        expect(printed(error)).not.toContain(token);
      },
    );

    it('given a BFF whose session expired and that redirects to its login page, should not read the login page as a sent code', async () => {
      const bff = await loopback((received, response) => {
        if (received.url === '/login') return answer(200, { Hint: 'Please sign in.' })(received, response);
        response.writeHead(303, { Location: '/login' });
        response.end();
      });
      const error = await rejection(createHttpAdapter({ baseUrl: `${bff.origin}/api/2fa` }).sendCode(request));
      expect(error.kind).toBe('invalid-response');
      expect(bff.requests.map((received) => received.url)).toStrictEqual([`/api/2fa${defaultSendPath}`]);
    });
  });

  describe('given a large answer', () => {
    it('given a 200 of 1 MiB and one byte, should reject invalid-response with maybeSent', async () => {
      const server = await loopback(answer(200, `{"Hint":"${'x'.repeat(1024 * 1024 - 10)}"}`));
      const error = await rejection(send(server));
      expect(error).toMatchObject({ kind: 'invalid-response', status: 200, maybeSent: true });
    });

    it('given a body of 1.5 MiB and maxBodyBytes of 2 MiB, should read it', async () => {
      const hint = 'x'.repeat(1.5 * 1024 * 1024);
      const server = await loopback(answer(200, { Hint: hint }));
      expect((await send(server, { maxBodyBytes: 2 * 1024 * 1024 })).hint).toBe(hint);
    });

    it('given a gzip bomb, should stop at the limit of decoded bytes', async () => {
      const server = await loopback((_received, response) => {
        response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
        response.end(gzipSync(Buffer.from(`{"Hint":"${'0'.repeat(20 * 1024 * 1024)}"}`)));
      });
      const error = await rejection(send(server));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain('larger than 1048576 bytes');
    });
  });

  describe('given many failures', () => {
    it('given 25,000 failures on one field, should keep 100, count the rest and answer in well under a second', async () => {
      const server = await loopback(answer(400, { Errors: { IsValid: false, Errors: failures(25_000) } }));
      const started = performance.now();
      const error = await rejection(send(server, { maxBodyBytes: 4 * 1024 * 1024 }));
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(error.kind).toBe('validation');
      expect(error.issues).toHaveLength(100);
      expect(error.fieldErrors.medium).toHaveLength(100);
      expect(error.fieldErrors.medium?.[99]).toBe('Bad medium 99.');
      expect(error.issuesLeftOut).toBe(24_900);
    });

    it('given 25,000 ErrorMessages, should keep 100 and count the rest', async () => {
      const messages = Array.from({ length: 25_000 }, (_, index) => `Message ${index}.`);
      const server = await loopback(answer(400, { ErrorMessages: messages }));
      const error = await rejection(send(server));
      expect(error.formErrors).toHaveLength(100);
      expect(error.issuesLeftOut).toBe(24_900);
    });

    it('given a 200 with 300 warnings, should resolve with 100 and say how many were left out', async () => {
      const warnings = failures(300).map((failure) => ({ ...failure, Severity: 1 }));
      const server = await loopback(answer(200, { Hint: 'Sent.', Errors: { IsValid: false, Errors: warnings } }));
      const result = await send(server);
      expect(result.notes).toHaveLength(100);
      expect(result.notesLeftOut).toBe(200);
    });
  });

  describe('given headers() and the clock', () => {
    it('given a headers() that hangs, should reject timeout and send nothing afterwards', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const error = await rejection(send(server, { timeoutMs: 50, headers: () => new Promise<HeadersInit>(() => undefined) }));
      expect(error).toMatchObject({ kind: 'timeout', maybeSent: false });
      await sleep(100);
      expect(server.connections()).toBe(0);
    });

    it('given a headers() slower than timeoutMs, should reject timeout and send nothing once it resolves', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const headers = async () => {
        await sleep(150);
        return { Authorization: `Bearer ${token}` };
      };
      const error = await rejection(send(server, { timeoutMs: 50, headers }));
      expect(error.kind).toBe('timeout');
      await sleep(250);
      expect(server.connections()).toBe(0);
    });

    it('given an abort during a pending headers(), should reject aborted at once', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const started = performance.now();
      const pending = adapterOn(server, { headers: () => new Promise<HeadersInit>(() => undefined) }).sendCode(request, {
        signal: controller.signal,
      });
      const error = await rejection(pending);
      expect(error.kind).toBe('aborted');
      // Far below the 15 s default timeout (the only other way out), far above what a loaded machine adds to 20 ms.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(server.connections()).toBe(0);
    });

    it('given a signal already aborted, should not call headers()', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const headers = vi.fn(() => ({}));
      const error = await rejection(adapterOn(server, { headers }).sendCode(request, { signal: AbortSignal.abort() }));
      expect(error.kind).toBe('aborted');
      expect(headers).not.toHaveBeenCalled();
      expect(server.connections()).toBe(0);
    });

    it('given no answer within timeoutMs after the request left, should reject timeout with maybeSent', async () => {
      const server = await loopback(() => undefined);
      const error = await rejection(send(server, { timeoutMs: 200 }));
      expect(error).toMatchObject({ kind: 'timeout', maybeSent: true });
    });
  });

  describe('given failures that are none of the other kinds', () => {
    it('given a headers() that rejects, should reject unknown and send nothing', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const error = await rejection(send(server, { headers: () => Promise.reject(new Error('no token')) }));
      expect(error.kind).toBe('unknown');
      expect(server.connections()).toBe(0);
    });

    it('given a header value with CR/LF, should reject unknown and keep the value out of the error', async () => {
      const server = await loopback(answer(200, { Hint: 'Sent.' }));
      const error = await rejection(send(server, { headers: () => ({ Authorization: `Bearer ${token}\r\nX-Injected: yes` }) }));
      expect(error.kind).toBe('unknown');
      expect(printed(error)).not.toContain(token);
      expect(server.connections()).toBe(0);
    });

    it('given a custom fetch that throws an Error with the key in it, should reject unknown without the key', async () => {
      const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
        throw new Error(`refused ${new Headers(init?.headers).get('Ocp-Apim-Subscription-Key')}`);
      };
      const error = await rejection(
        createHttpAdapter({ baseUrl: 'https://gateway.invalid/2fa', subscriptionKey, fetch }).sendCode(request),
      );
      expect(error.kind).toBe('unknown');
      expect(printed(error)).not.toContain(subscriptionKey);
    });

    it('given the runtime running out of room while reading, should reject unknown', async () => {
      const body = new ReadableStream({
        pull(controller) {
          controller.error(new RangeError('Invalid string length'));
        },
      });
      const fetch = async () => new Response(body, { status: 200 });
      const error = await rejection(createHttpAdapter({ baseUrl: 'https://gateway.invalid/2fa', fetch }).sendCode(request));
      expect(error.kind).toBe('unknown');
    });

    it('given a toVerifyBody that returns a BigInt, should reject unknown and send nothing', async () => {
      const server = await loopback(answer(200, {}));
      const verifying = adapterOn(server, { verifyPath: '/verify', toVerifyBody: () => ({ Code: 1n }) });
      const error = await rejection(verifying.verifyCode?.({ personId: '42', code: '123456' }) ?? Promise.resolve());
      expect(error.kind).toBe('unknown');
      expect(server.connections()).toBe(0);
    });
  });

  describe('given an answer that repeats what was sent', () => {
    it.each([
      [
        'a 401 that repeats the key',
        401,
        { statusCode: 401, message: `Access denied due to invalid subscription key ${subscriptionKey}.` },
      ],
      [
        'a 400 that repeats the bearer token in a failure',
        400,
        { Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: `Bearer ${token} may not send.` }] } },
      ],
      ['a 500 that repeats the key JSON-escaped', 500, `{"ErrorMessages":["key \\u0053${subscriptionKey.slice(1)}"]}`],
      ['a 200 with a failure that repeats the token', 200, { ErrorMessages: [`token=${token}`] }],
    ])('given %s, should keep none of the body on the error', async (_case, status, body) => {
      const server = await loopback(answer(status, body));
      const error = await rejection(send(server));
      expect(error.status).toBe(status);
      expect(error.formErrors).toStrictEqual([]);
      expect(error.issues).toStrictEqual([]);
      expect(error.cause).toBeUndefined();
      expect(printed(error)).not.toContain(subscriptionKey);
      expect(printed(error)).not.toContain(token);
      expect(printed(error)).not.toContain(subscriptionKey.slice(1));
    });

    it('given a 429 that repeats the key, should still keep the wait of its Retry-After', async () => {
      const server = await loopback(answer(429, { message: `Key ${subscriptionKey} is rate limited.` }, { 'Retry-After': '30' }));
      const error = await rejection(send(server));
      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30, formErrors: [] });
    });

    it('given a body that repeats a short, public header value, should keep the body', async () => {
      const server = await loopback(answer(400, { ErrorMessages: ['citizen portals may not send.'] }));
      const error = await rejection(send(server, { headers: { 'X-Portal': 'citizen' } }));
      expect(error.formErrors).toStrictEqual(['citizen portals may not send.']);
    });
  });

  describe('given HttpStatusCode as a .NET enum name', () => {
    it.each(['OK', 'ok', 'Accepted', '200', 'Teapot', 'Continue'])(
      'given a 200 whose HttpStatusCode is %j, should resolve: the code went out',
      async (name) => {
        const server = await loopback(answer(200, { Hint: 'Sent.', HttpStatusCode: name }));
        expect((await send(server)).hint).toBe('Sent.');
      },
    );

    it.each<[string, string, number]>([
      ['TooManyRequests', 'rate-limited', 429],
      ['toomanyrequests', 'rate-limited', 429],
      ['BadRequest', 'server', 400],
      ['Unauthorized', 'unauthorized', 401],
      ['InternalServerError', 'server', 500],
      ['503', 'server', 503],
    ])('given a 200 whose HttpStatusCode is %j, should reject %s with status %i', async (name, kind, status) => {
      const server = await loopback(answer(200, { HttpStatusCode: name }));
      const error = await rejection(send(server));
      expect(error).toMatchObject({ kind, status, maybeSent: false });
    });

    it('given a 200 with "BadRequest" and ErrorMessages, should reject validation', async () => {
      const server = await loopback(answer(200, { HttpStatusCode: 'BadRequest', ErrorMessages: ['Unknown person.'] }));
      expect(await rejection(send(server))).toMatchObject({ kind: 'validation', status: 400, formErrors: ['Unknown person.'] });
    });
  });

  describe('given an ASP.NET Core ValidationProblemDetails', () => {
    const problem = (errors: Record<string, string[]>, detail?: string) => ({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      ...(detail !== undefined && { detail }),
      errors,
      traceId: '00-abc-01',
    });
    const problemJson = { 'Content-Type': 'application/problem+json' };

    it('given errors on Medium, command.Language, $.personId and another key, should reject validation with them at their fields', async () => {
      const body = problem({
        Medium: ["'Medium' must be 'email' or 'sms'."],
        'command.Language': ['Unsupported language.'],
        '$.personId': ['The JSON value could not be converted.'],
        'Contact.Phone': ['No phone number.'],
      });
      const server = await loopback(answer(400, body, problemJson));
      const error = await rejection(send(server));
      expect(error.kind).toBe('validation');
      expect(error.status).toBe(400);
      expect(error.fieldErrors).toStrictEqual({
        medium: ["'Medium' must be 'email' or 'sms'."],
        language: ['Unsupported language.'],
        personId: ['The JSON value could not be converted.'],
      });
      expect(error.formErrors).toStrictEqual(['No phone number.']);
      expect(error.issues.map((issue) => issue.propertyName)).toStrictEqual(['Medium', 'command.Language', '$.personId', 'Contact.Phone']);
    });

    it('given $.Medium and MEDIUM, should put both on medium', async () => {
      const server = await loopback(answer(400, problem({ '$.Medium': ['Bad JSON.'], MEDIUM: ['Required.'] }), problemJson));
      expect((await rejection(send(server))).fieldErrors).toStrictEqual({ medium: ['Bad JSON.', 'Required.'] });
    });

    it('given a detail and no errors, should reject validation with the detail as a form error', async () => {
      const server = await loopback(answer(400, problem({}, 'The request body is empty.'), problemJson));
      const error = await rejection(send(server));
      expect(error).toMatchObject({ kind: 'validation', formErrors: ['The request body is empty.'] });
    });

    it('given a detail besides errors, should leave the detail out', async () => {
      const server = await loopback(answer(400, problem({ Medium: ['Required.'] }, 'See errors.'), problemJson));
      expect((await rejection(send(server))).formErrors).toStrictEqual([]);
    });

    it('given 30,000 messages on one key, should keep 100 and count the rest', async () => {
      const messages = Array.from({ length: 30_000 }, (_, index) => `m${index}`);
      const server = await loopback(answer(400, problem({ Medium: messages }), problemJson));
      const error = await rejection(send(server));
      expect(error.issues).toHaveLength(100);
      expect(error.issuesLeftOut).toBe(29_900);
    });
  });

  describe('given Retry-After', () => {
    const rateLimited = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' };

    it.each(['-5', '+12', '12.5', '12, 12', 'Tue, 01 Dec 2026'])(
      'given %j, which is not a wait, should fall back to the message',
      async (header) => {
        const server = await loopback(answer(429, rateLimited, { 'Retry-After': header }));
        expect((await rejection(send(server))).retryAfterSeconds).toBe(7);
      },
    );

    it('given an HTTP-date a minute ahead, should wait about a minute', async () => {
      const server = await loopback(answer(429, rateLimited, { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }));
      const { retryAfterSeconds } = await rejection(send(server));
      expect(retryAfterSeconds).toBeGreaterThanOrEqual(58);
      expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it.each([
      ['an HTML 503', '<html>Service Unavailable</html>'],
      ['a JSON 503', { ErrorMessages: ['Down for maintenance.'] }],
    ])('given %s with Retry-After, should reject server with the wait', async (_case, body) => {
      const server = await loopback(answer(503, body, { 'Retry-After': '120' }));
      expect(await rejection(send(server))).toMatchObject({ kind: 'server', status: 503, retryAfterSeconds: 120 });
    });

    it('given a 502 with Retry-After, should not read it', async () => {
      const server = await loopback(answer(502, '<html>Bad Gateway</html>', { 'Retry-After': '120' }));
      expect((await rejection(send(server))).retryAfterSeconds).toBeUndefined();
    });

    it.each<[string, number, unknown, Record<string, string>]>([
      ['a huge Retry-After', 429, rateLimited, { 'Retry-After': '9'.repeat(400) }],
      ['a huge wait in the message', 429, { message: `Try again in ${'9'.repeat(400)} seconds.` }, {}],
      [
        'a huge quota time',
        403,
        { statusCode: 403, message: 'Out of call volume quota. Quota will be replenished in 99999999.23:59:59.' },
        {},
      ],
    ])('given %s, should clamp the wait to 31 days', async (_case, status, body, headers) => {
      const server = await loopback(answer(status, body, headers));
      expect((await rejection(send(server))).retryAfterSeconds).toBe(maxWaitSeconds);
    });
  });

  describe('given an ambiguous failure', () => {
    it.each<[string, number, unknown]>([
      ['an HTML 200', 200, '<html>Welcome</html>'],
      ['an empty 200', 200, ''],
      ['a 200 that breaks the contract', 200, { Hint: 42 }],
      ['a 502 from our BFF that says MaybeSent', 502, { MaybeSent: true, ErrorMessages: ['The gateway timed out.'] }],
      ['a camelCase maybeSent', 504, { maybeSent: true }],
    ])('given %s, should say the code may have gone out', async (_case, status, body) => {
      const server = await loopback(answer(status, body));
      expect((await rejection(send(server))).maybeSent).toBe(true);
    });

    it.each<[string, number, unknown]>([
      ['a 429', 429, { statusCode: 429, message: 'Slow down.' }],
      ['a 200 with a Severity-0 failure', 200, { Errors: { Errors: failures(1) } }],
      ['a 500 with MaybeSent false', 500, { MaybeSent: false }],
      ['a 500 with MaybeSent "true"', 500, { MaybeSent: 'true' }],
      ['an HTML 502', 502, '<html>Bad Gateway</html>'],
    ])('given %s, should not', async (_case, status, body) => {
      const server = await loopback(answer(status, body));
      expect((await rejection(send(server))).maybeSent).toBe(false);
    });
  });

  describe('given FormattedMessagePlaceholderValues', () => {
    it('given text, numbers and objects, should keep the values as text under the keys as sent', async () => {
      const failure = {
        PropertyName: 'PersonId',
        ErrorMessage: "'PersonId' must be 10 characters or fewer.",
        ErrorCode: 'MaximumLengthValidator',
        FormattedMessagePlaceholderValues: {
          PropertyName: 'Person Id',
          MaxLength: 10,
          TotalLength: 12,
          PropertyValue: { Id: 1 },
          Flag: true,
          Nothing: null,
        },
      };
      const server = await loopback(answer(400, { Errors: { IsValid: false, Errors: [failure] } }));
      const error = await rejection(send(server));
      expect(error.issues[0]?.placeholders).toStrictEqual({ PropertyName: 'Person Id', MaxLength: '10', TotalLength: '12', Flag: 'true' });
    });

    it('given a placeholder list that is not an object, should still resolve a 200', async () => {
      const failure = {
        PropertyName: 'Language',
        ErrorMessage: 'English was used.',
        Severity: 1,
        FormattedMessagePlaceholderValues: [1, 2],
      };
      const server = await loopback(answer(200, { Hint: 'Sent.', Errors: { Errors: [failure] } }));
      const result = await send(server);
      expect(result.notes).toStrictEqual([
        { field: 'language', propertyName: 'Language', message: 'English was used.', severity: 'warning' },
      ]);
    });
  });
});

describe('createHttpAdapter option checks', () => {
  it.each<[string, Partial<CreateHttpAdapterOptions>, RegExp]>([
    ['a key with CR/LF', { subscriptionKey: `${subscriptionKey}\r\nX-Injected: 1` }, /subscriptionKey must be a single-line token/],
    ['a key with a space', { subscriptionKey: `${subscriptionKey} x` }, /subscriptionKey must be a single-line token/],
    ['a key with a tab', { subscriptionKey: `\t${subscriptionKey}` }, /subscriptionKey must be a single-line token/],
    ['a key with a non-ASCII letter', { subscriptionKey: `${subscriptionKey}é` }, /subscriptionKey must be a single-line token/],
    ['an empty key', { subscriptionKey: '' }, /subscriptionKey must be a single-line token/],
    ['a key that is not a string', { subscriptionKey: 42 as unknown as string }, /subscriptionKey must be a single-line token/],
    ['a timeout past the timer limit', { timeoutMs: 2_147_483_648 }, /timeoutMs must be at most 2147483647/],
    ['a baseUrl ending in a bare ?', { baseUrl: 'https://gateway.example/2fa?' }, /without a query or fragment/],
    ['a baseUrl ending in a bare #', { baseUrl: 'https://gateway.example/2fa#' }, /without a query or fragment/],
    ['a protocol-relative baseUrl', { baseUrl: '//gateway.example/2fa' }, /must not be protocol-relative/],
    ['a protocol-relative baseUrl with backslashes', { baseUrl: '\\\\gateway.example/2fa' }, /must not be protocol-relative/],
    ['a baseUrl with a user only', { baseUrl: 'https://user@gateway.example/2fa' }, /must not hold credentials/],
    ['a baseUrl with a password only', { baseUrl: 'https://:pass@gateway.example/2fa' }, /must not hold credentials/],
    ['a byte limit of zero', { maxBodyBytes: 0 }, /maxBodyBytes must be a positive whole number/],
    ['a byte limit as text', { maxBodyBytes: '1024' as unknown as number }, /maxBodyBytes must be a positive whole number/],
    ['headers as a string', { headers: 'Authorization: x' as unknown as HeadersInit }, /headers must be an object/],
    ['headers as null', { headers: null as unknown as HeadersInit }, /headers must be an object/],
    ['credentials as a boolean', { credentials: true as unknown as RequestCredentials }, /credentials must be a string/],
  ])('given %s, should throw a TypeError at creation that does not repeat the key', (_case, options, message) => {
    const create = () => createHttpAdapter({ baseUrl: 'https://gateway.example/2fa', ...options });
    expect(create).toThrow(TypeError);
    expect(create).toThrow(message);
    expect(create).toThrow(expect.objectContaining({ message: expect.not.stringContaining(subscriptionKey) }));
  });

  it.each<[string, Partial<CreateHttpAdapterOptions>]>([
    ['the largest timer delay', { timeoutMs: 2_147_483_647 }],
    ['a key of printable characters', { subscriptionKey: '!~0aZ-_.' }],
    ['a same-origin path', { baseUrl: '/api/2fa' }],
    ['a byte limit of one', { maxBodyBytes: 1 }],
    ['headers as a function', { headers: () => ({}) }],
    ['headers as pairs', { headers: [['X-A', 'b']] }],
  ])('given %s, should create the adapter', (_case, options) => {
    expect(createHttpAdapter({ baseUrl: 'https://gateway.example/2fa', ...options }).sendCode).toBeTypeOf('function');
  });
});
