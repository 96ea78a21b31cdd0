// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { defaultSendPath } from '../../src/core/index.js';
import type { CreateTwoFactorHandlerOptions, TwoFactorLimitInput, TwoFactorPerson } from '../../src/server/index.js';
import { createTwoFactorHandler } from '../../src/server/index.js';
import { invalidMediumAndLanguage } from '../fixtures/answers.js';
import { answer as json, loopback } from '../loopback.js';
import { setupFakeGateway } from './fakeGateway.js';

const gateway = setupFakeGateway();
const subscriptionKey = 'handler-test-key-5f2c9a';
const verifyPath = '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode';
const person: TwoFactorPerson = { personId: 'person-from-session', contextId: 'context-from-session' };
const sendBody = { PersonId: 'someone-else', ContextId: 'other-context', Language: 'fr-BE', Medium: 'email', TwoFactorId: 'tf-1' };

/** Every answer the tests read, to check at the end that none holds the key. */
const answers: string[] = [];

function handler(options: Partial<CreateTwoFactorHandlerOptions> = {}) {
  return createTwoFactorHandler({
    baseUrl: `${gateway.origin}/2fa`,
    subscriptionKey,
    resolvePerson: () => person,
    verifyPath,
    ...options,
  });
}

interface PostOptions {
  body?: BodyInit | null;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
}

/** Calls the handler as a route would, and reads its answer. */
async function post(handle: (request: Request) => Promise<Response>, options: PostOptions = {}) {
  const { method = 'POST', path = `/api/2fa${defaultSendPath}`, headers = {}, body = JSON.stringify(sendBody) } = options;
  const request = new Request(`http://portal.test${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(method !== 'GET' && method !== 'HEAD' && { body, duplex: 'half' }),
  } as RequestInit);
  const response = await handle(request);
  const text = await response.text();
  answers.push(`${[...response.headers].join('\n')}\n${text}`);
  return { response, status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

describe('createTwoFactorHandler', () => {
  describe('given bad options', () => {
    const resolvePerson = () => person;
    it.each([
      ['no options', undefined, /options are required/],
      ['a baseUrl that is a number', { baseUrl: 42, resolvePerson }, /baseUrl is required/],
      ['a relative baseUrl', { baseUrl: '/api/2fa', resolvePerson }, /absolute http\(s\) URL.*no page/],
      ['an ftp baseUrl', { baseUrl: 'ftp://gateway.test', resolvePerson }, /http\(s\) URL/],
      ['no resolvePerson', { baseUrl: 'https://gateway.test/2fa' }, /resolvePerson is required/],
      ['a timeoutMs of 0', { baseUrl: 'https://gateway.test/2fa', resolvePerson, timeoutMs: 0 }, /timeoutMs must be a positive number/],
      [
        'a sendPath without a leading slash',
        { baseUrl: 'https://gateway.test/2fa', resolvePerson, sendPath: 'send' },
        /sendPath must be a path/,
      ],
      [
        'a verifyPath equal to the send path',
        { baseUrl: 'https://gateway.test/2fa', resolvePerson, verifyPath: defaultSendPath },
        /verifyPath must differ/,
      ],
      [
        'allowedOrigins with a path',
        { baseUrl: 'https://gateway.test/2fa', resolvePerson, allowedOrigins: ['https://portal.test/login'] },
        /allowedOrigins\[0\]/,
      ],
      ['a limit that is not a function', { baseUrl: 'https://gateway.test/2fa', resolvePerson, limit: 5 }, /limit must be a function/],
      [
        'a subscriptionKey that is a number',
        { baseUrl: 'https://gateway.test/2fa', resolvePerson, subscriptionKey: 42 },
        /subscriptionKey must be a string, or false/,
      ],
    ])('given %s, should throw a TypeError naming the option', (_name, options, message) => {
      expect(() => createTwoFactorHandler(options as CreateTwoFactorHandlerOptions)).toThrow(TypeError);
      expect(() => createTwoFactorHandler(options as CreateTwoFactorHandlerOptions)).toThrow(message);
    });

    it('given the key in the baseUrl query and a bad option next to a key, should never repeat the key', () => {
      const attempts = [
        { baseUrl: `https://gateway.test/2fa?subscription-key=${subscriptionKey}`, resolvePerson },
        { baseUrl: `https://${subscriptionKey}@gateway.test/2fa`, resolvePerson },
        { baseUrl: 'https://gateway.test/2fa', subscriptionKey, resolvePerson: subscriptionKey },
      ];
      for (const options of attempts) {
        expect(() => createTwoFactorHandler(options as unknown as CreateTwoFactorHandlerOptions)).toThrow(TypeError);
        try {
          createTwoFactorHandler(options as unknown as CreateTwoFactorHandlerOptions);
        } catch (error) {
          expect(String(error)).not.toContain(subscriptionKey);
        }
      }
    });

    it('given no global fetch and no fetch option, should throw a TypeError that says to pass fetch', () => {
      vi.stubGlobal('fetch', undefined);
      try {
        expect(() => handler()).toThrow(/no global fetch.*pass options\.fetch/);
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });

  describe('given a request it does not serve', () => {
    it('given another path, should answer 404 and call nobody', async () => {
      const { status, body } = await post(handler(), { path: '/api/2fa/SomethingElse' });
      expect(status).toBe(404);
      expect(body).toStrictEqual({ statusCode: 404, message: expect.any(String) });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a GET or a PUT on the send path, should answer 405 with Allow: POST', async () => {
      for (const method of ['GET', 'PUT']) {
        const { status, response } = await post(handler(), { method });
        expect(status).toBe(405);
        expect(response.headers.get('Allow')).toBe('POST');
      }
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a form or text body, should answer 415', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
        const { status } = await post(handler(), { headers: { 'Content-Type': type } });
        expect(status).toBe(415);
      }
      expect(gateway.requests).toHaveLength(0);
    });

    it('given application/json with a charset, should accept it', async () => {
      const { status } = await post(handler(), { headers: { 'Content-Type': 'Application/JSON; charset=utf-8' } });
      expect(status).toBe(200);
    });

    it('given a declared Content-Length over 16 KiB, should answer 413 without reading the body', async () => {
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls += 1;
          controller.enqueue(new Uint8Array(1024).fill(32));
        },
      });
      const { status } = await post(handler(), { body, headers: { 'Content-Length': String(17 * 1024) } });
      expect(status).toBe(413);
      // A ReadableStream pulls once to fill its queue when it is made; the handler read nothing more.
      expect(pulls).toBeLessThanOrEqual(1);
      expect(gateway.requests).toHaveLength(0);
    });

    it('given an endless body without a length, should answer 413 after reading just over 16 KiB', async () => {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 4096;
          controller.enqueue(new Uint8Array(4096).fill(32));
        },
      });
      const { status } = await post(handler(), { body });
      expect(status).toBe(413);
      expect(pulled).toBeLessThanOrEqual(16 * 1024 + 2 * 4096);
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a body of exactly 16 KiB, should read it', async () => {
      const padded = JSON.stringify({ ...sendBody, Padding: '' });
      const body = JSON.stringify({ ...sendBody, Padding: ' '.repeat(16 * 1024 - padded.length) });
      expect(new TextEncoder().encode(body).byteLength).toBe(16 * 1024);
      const { status } = await post(handler(), { body });
      expect(status).toBe(200);
    });

    it.each([
      ['an array', '[]'],
      ['a string', '"hello"'],
      ['null', 'null'],
      ['cut-off JSON', '{"Medium":"sms"'],
      ['an empty body', ''],
      ['a number as Medium', '{"Medium":5}'],
    ])('given %s as the body, should answer 400 and call nobody', async (_name, body) => {
      const { status, body: answer } = await post(handler(), { body });
      expect(status).toBe(400);
      expect(answer).toStrictEqual({ statusCode: 400, message: expect.any(String) });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given bytes that are not UTF-8, should answer 400', async () => {
      const { status } = await post(handler(), { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
      expect(status).toBe(400);
    });
  });

  describe('given the session', () => {
    it('given resolvePerson returning null, should answer 401 saying the session ended, and call nobody', async () => {
      const { status, body } = await post(handler({ resolvePerson: async () => null }));
      expect(status).toBe(401);
      expect(body).toStrictEqual({ statusCode: 401, message: 'You are not signed in, or your session has ended.' });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given resolvePerson throwing, should answer 500 with nothing of the exception, and report it to onError', async () => {
      const onError = vi.fn();
      const thrown = new Error('db password hunter2 at 10.0.0.7');
      const { status, body } = await post(
        handler({
          resolvePerson: () => {
            throw thrown;
          },
          onError,
        }),
      );
      expect(status).toBe(500);
      expect(body).toStrictEqual({ statusCode: 500, message: 'The two-factor service failed.' });
      expect(JSON.stringify(body)).not.toMatch(/hunter2|10\.0\.0\.7/);
      expect(onError).toHaveBeenCalledOnce();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'TwoFactorError', kind: 'server', cause: thrown });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given resolvePerson returning something that is not a person, should answer 500 and say why in onError', async () => {
      const onError = vi.fn();
      const { status } = await post(handler({ resolvePerson: () => ({ id: '42' }) as unknown as TwoFactorPerson, onError }));
      expect(status).toBe(500);
      expect(String(onError.mock.calls[0]?.[0]?.message)).toMatch(/resolvePerson must return/);
    });

    it('given a browser body naming another person and context, should send the person’s PersonId and ContextId', async () => {
      const { status, body } = await post(handler());
      expect(status).toBe(200);
      expect(body).toStrictEqual({ Hint: 'Sent to +32 4** ** ** 12' });
      expect(gateway.onlyBody()).toStrictEqual({
        PersonId: 'person-from-session',
        ContextId: 'context-from-session',
        Language: 'fr-BE',
        Medium: 'email',
        TwoFactorId: 'tf-1',
      });
    });

    it('given a person without a context, should drop the browser’s ContextId', async () => {
      await post(handler({ resolvePerson: () => ({ personId: 'p-7' }) }));
      expect(gateway.onlyBody()).toStrictEqual({ PersonId: 'p-7', Language: 'fr-BE', Medium: 'email', TwoFactorId: 'tf-1' });
    });

    it('given a body without PersonId and with unknown and camelCase members, should send the person and the contract’s members only', async () => {
      await post(handler(), {
        body: JSON.stringify({ medium: 'sms', Language: 'nl', Extra: 'x', __proto__: { PersonId: 'x' }, Code: '123456' }),
      });
      expect(gateway.onlyBody()).toStrictEqual({
        PersonId: 'person-from-session',
        ContextId: 'context-from-session',
        Language: 'nl',
        Medium: 'sms',
      });
    });

    it('given the verify path, should send the person with TwoFactorId and Code only', async () => {
      const { status } = await post(handler(), {
        path: `/api/2fa${verifyPath}`,
        body: JSON.stringify({ PersonId: 'someone-else', TwoFactorId: 'tf-1', Code: '123456', Medium: 'sms' }),
      });
      expect(status).toBe(200);
      expect(gateway.requests[0]?.url).toBe(`/2fa${verifyPath}`);
      expect(gateway.onlyBody()).toStrictEqual({
        PersonId: 'person-from-session',
        ContextId: 'context-from-session',
        TwoFactorId: 'tf-1',
        Code: '123456',
      });
    });

    it('given no verifyPath, should answer 404 on the verify path', async () => {
      const { status } = await post(handler({ verifyPath: undefined }), { path: `/api/2fa${verifyPath}` });
      expect(status).toBe(404);
    });
  });

  describe('given the request headers', () => {
    it('should forward the key, Content-Type and a well-formed Accept-Language, and never cookies, Authorization or other headers', async () => {
      await post(handler(), {
        headers: {
          'Accept-Language': 'fr-BE, fr;q=0.9, en;q=0.5',
          Cookie: 'session=abc',
          Authorization: 'Bearer user-token',
          'X-Forwarded-For': '203.0.113.9',
          'X-Custom': 'yes',
          Origin: 'http://portal.test',
        },
      });
      const [request] = gateway.requests;
      expect(request?.method).toBe('POST');
      expect(request?.url).toBe(`/2fa${defaultSendPath}`);
      expect(request?.headers['ocp-apim-subscription-key']).toBe(subscriptionKey);
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.headers['accept-language']).toBe('fr-BE, fr;q=0.9, en;q=0.5');
      for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'x-custom', 'origin']) {
        expect(request?.headers[name]).toBeUndefined();
      }
    });

    it('given a malformed Accept-Language, should not forward it', async () => {
      for (const value of ['fr-BE<script>', 'en;q=2', 'x'.repeat(300), 'fr, ,en']) {
        await post(handler(), { headers: { 'Accept-Language': value } });
      }
      expect(gateway.requests).toHaveLength(4);
      // Node's fetch puts its own `*` in when none is set.
      for (const request of gateway.requests) expect([undefined, '*']).toContain(request.headers['accept-language']);
    });

    it('given allowedOrigins, should answer 403 to another or a missing Origin and serve a listed one', async () => {
      const handle = handler({ allowedOrigins: ['https://Portal.test:443/'] });
      expect((await post(handle, { headers: { Origin: 'https://evil.test' } })).status).toBe(403);
      expect((await post(handle)).status).toBe(403);
      expect((await post(handle, { headers: { Origin: 'null' } })).status).toBe(403);
      expect(gateway.requests).toHaveLength(0);
      expect((await post(handle, { headers: { Origin: 'https://portal.test' } })).status).toBe(200);
    });
  });

  describe('given a limit function', () => {
    it('given a refusal, should answer 429 with Retry-After in the gateway’s shape, and call nobody', async () => {
      const limit = vi.fn(async () => ({ ok: false as const, retryAfterSeconds: 41.2 }));
      const { status, body, response } = await post(handler({ limit }));
      expect(status).toBe(429);
      expect(response.headers.get('Retry-After')).toBe('42');
      expect(body).toStrictEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 42 seconds.' });
      expect(gateway.requests).toHaveLength(0);
      expect(limit).toHaveBeenCalledWith({ person, operation: 'send', request: expect.any(Request) });
    });

    it('given a verify, should tell limit the operation, and forward when it agrees', async () => {
      const limit = vi.fn((_input: TwoFactorLimitInput) => ({ ok: true as const }));
      const { status } = await post(handler({ limit }), { path: `/api/2fa${verifyPath}`, body: '{"Code":"1"}' });
      expect(status).toBe(200);
      expect(limit.mock.calls[0]?.[0]).toMatchObject({ operation: 'verify' });
      expect(gateway.requests).toHaveLength(1);
    });

    it('given a limit function that throws or answers nonsense, should answer 500 and call nobody', async () => {
      const throwing = () => {
        throw new Error('redis down');
      };
      expect((await post(handler({ limit: throwing }))).status).toBe(500);
      expect((await post(handler({ limit: () => ({ ok: false }) as never }))).status).toBe(500);
      expect(gateway.requests).toHaveLength(0);
    });
  });

  describe('given the gateway’s answer', () => {
    it('given FluentValidation failures, should keep the gateway’s status and only the members the reader uses', async () => {
      gateway.answer(
        json(400, {
          ...(invalidMediumAndLanguage.body as object),
          RequestUri: 'https://backend.internal/send?person=42',
          Internal: { trace: 'x' },
          ExternalError: 'SMS provider down',
          statusCode: 400,
          message: 'One or more errors.',
        }),
      );
      const { status, body } = await post(handler());
      expect(status).toBe(400);
      expect(body).toStrictEqual({
        Errors: {
          Errors: [
            {
              PropertyName: 'Medium',
              ErrorMessage: "'Medium' must be 'email' or 'sms'.",
              Severity: 0,
              ErrorCode: 'PredicateValidator',
              FormattedMessagePlaceholderValues: { PropertyName: 'Medium' },
            },
            {
              PropertyName: 'command.Language',
              ErrorMessage: "'Language' is not a supported language.",
              Severity: 0,
              ErrorCode: 'LanguageValidator',
            },
          ],
        },
        ErrorMessages: [],
        StatusCode: 200,
        HttpStatusCode: 200,
        ExternalError: 'SMS provider down',
        statusCode: 400,
        message: 'One or more errors.',
      });
    });

    it('given camelCase keys, text severities and number placeholders, should keep their spelling and turn numbers into text', async () => {
      gateway.answer(
        json(200, {
          hint: 'Sent',
          errors: {
            isValid: false,
            errors: [
              {
                propertyName: 'language',
                errorMessage: 'At most 10 characters.',
                severity: 'Warning',
                attemptedValue: 'secret',
                formattedMessagePlaceholderValues: { MaxLength: 10, PropertyValue: 'secret', Nested: { a: 1 } },
              },
            ],
          },
        }),
      );
      const { body } = await post(handler());
      expect(body).toStrictEqual({
        hint: 'Sent',
        errors: {
          errors: [
            {
              propertyName: 'language',
              errorMessage: 'At most 10 characters.',
              severity: 'Warning',
              formattedMessagePlaceholderValues: { MaxLength: '10' },
            },
          ],
        },
      });
    });

    it('given an ASP.NET ValidationProblemDetails, should keep type, title, status, detail and errors', async () => {
      const problem = {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        detail: 'See errors.',
        traceId: '00-abc-01',
        instance: '/send?person=42',
        errors: { Medium: ["'Medium' must be 'email' or 'sms'.", 7], $: ['bad'] },
      };
      gateway.answer(json(400, problem, { 'Content-Type': 'application/problem+json' }));
      const { status, body } = await post(handler());
      expect(status).toBe(400);
      expect(body).toStrictEqual({
        type: problem.type,
        title: problem.title,
        status: 400,
        detail: 'See errors.',
        errors: { Medium: ["'Medium' must be 'email' or 'sms'."], $: ['bad'] },
      });
    });

    it('given values that contain the key, in any case, should drop them', async () => {
      gateway.answer(
        json(401 + 1, {
          message: `Key ${subscriptionKey.toUpperCase()} is not valid for this API.`,
          ErrorMessages: ['fine', `echo ${subscriptionKey}`],
          Errors: {
            Errors: [
              {
                PropertyName: 'Medium',
                ErrorMessage: `bad ${subscriptionKey}`,
                FormattedMessagePlaceholderValues: { [subscriptionKey]: 'x' },
              },
            ],
          },
        }),
      );
      const { body } = await post(handler());
      expect(body).toStrictEqual({
        ErrorMessages: ['fine'],
        Errors: { Errors: [{ PropertyName: 'Medium', FormattedMessagePlaceholderValues: {} }] },
      });
    });

    it('given a 429 with Retry-After, should pass the status, the header and the message through', async () => {
      gateway.answer(json(429, { statusCode: 429, message: 'Rate limit is exceeded. Try again in 12 seconds.' }, { 'Retry-After': '12' }));
      const { status, response, body } = await post(handler());
      expect(status).toBe(429);
      expect(response.headers.get('Retry-After')).toBe('12');
      expect(body).toStrictEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 12 seconds.' });
    });

    it('given an HTTP-date Retry-After, should pass it; given a malformed one, should drop it', async () => {
      const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
      gateway.answer(json(429, { statusCode: 429 }, { 'Retry-After': date }));
      expect((await post(handler())).response.headers.get('Retry-After')).toBe(date);
      gateway.answer(json(429, { statusCode: 429 }, { 'Retry-After': 'soon<script>' }));
      expect((await post(handler())).response.headers.get('Retry-After')).toBeNull();
    });

    it('given the gateway refusing the key with 401, should answer 502 (the person’s session is fine) and report it', async () => {
      gateway.answer(json(401, { statusCode: 401, message: 'Access denied due to invalid subscription key.' }));
      const onError = vi.fn();
      const { status, body } = await post(handler({ onError }));
      expect(status).toBe(502);
      expect(body).toStrictEqual({ statusCode: 502, message: expect.any(String) });
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status: 401 });
    });
  });

  describe('given a gateway that fails', () => {
    it('given a redirect to another origin, should not follow it and answer 502 without MaybeSent', async () => {
      const other = await loopback(json(200, {}));
      for (const status of [301, 302, 307, 308]) {
        gateway.answer((_request, response) => {
          response.writeHead(status, { Location: `${other.origin}/steal` });
          response.end();
        });
        const { status: answered, body } = await post(handler());
        expect(answered).toBe(502);
        expect(body).toStrictEqual({ statusCode: 502, message: expect.any(String) });
      }
      expect(other.connections()).toBe(0);
    });

    it('given no answer within timeoutMs, should answer 504 with MaybeSent and report a timeout', async () => {
      gateway.answer(() => {});
      const onError = vi.fn();
      const started = performance.now();
      const { status, body } = await post(handler({ timeoutMs: 500, onError }));
      expect(status).toBe(504);
      expect(body).toStrictEqual({ statusCode: 504, message: expect.any(String), MaybeSent: true });
      // Half the 10 s default (what an ignored timeoutMs would wait), far above what a loaded machine adds to 500 ms.
      expect(performance.now() - started).toBeLessThan(5000);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'timeout' });
    });

    it('given headers in time and a body that never ends, should answer 504 with MaybeSent', async () => {
      gateway.answer((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"Hint":');
      });
      const { status, body } = await post(handler({ timeoutMs: 500 }));
      expect(status).toBe(504);
      expect(body.MaybeSent).toBe(true);
    });

    it('given a gateway that cannot be reached, should answer 502 without MaybeSent and report a network error', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const onError = vi.fn();
      const { status, body } = await post(handler({ baseUrl: `http://127.0.0.1:${port}/2fa`, onError }));
      expect(status).toBe(502);
      expect(body).toStrictEqual({ statusCode: 502, message: 'The two-factor service could not be reached.' });
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'network' });
    });

    it('given a 2xx that is not a JSON object, should answer 502 with MaybeSent', async () => {
      for (const text of ['<html>OK</html>', '', '[1]', '{"Hint":']) {
        gateway.answer(json(200, text));
        const { status, body } = await post(handler());
        expect(status).toBe(502);
        expect(body).toStrictEqual({ statusCode: 502, message: expect.any(String), MaybeSent: true });
      }
    });

    it('given a 2xx larger than the answer cap, should answer 502 with MaybeSent', async () => {
      gateway.answer(json(200, { Hint: 'x'.repeat(300 * 1024) }));
      const { status, body } = await post(handler());
      expect(status).toBe(502);
      expect(body.MaybeSent).toBe(true);
    });

    it('given an HTML 503 page, should answer 502 without MaybeSent', async () => {
      gateway.answer((_request, response) => {
        response.writeHead(503, { 'Content-Type': 'text/html' });
        response.end('<html><body>Service Unavailable</body></html>');
      });
      const { status, body } = await post(handler());
      expect(status).toBe(502);
      expect(body).toStrictEqual({ statusCode: 502, message: expect.any(String) });
    });

    it('given a readable 500, should keep the status and report it', async () => {
      gateway.answer(json(500, { statusCode: 500, message: 'Internal server error' }));
      const onError = vi.fn();
      const { status, body } = await post(handler({ onError }));
      expect(status).toBe(500);
      expect(body).toStrictEqual({ statusCode: 500, message: 'Internal server error' });
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'server', status: 500 });
    });

    it('given an onError that throws, should still answer', async () => {
      gateway.answer(json(500, { statusCode: 500 }));
      const onError = () => {
        throw new Error('logger down');
      };
      expect((await post(handler({ onError }))).status).toBe(500);
    });

    it('should never put the key in what onError receives', async () => {
      const reports: unknown[] = [];
      gateway.answer(() => {});
      await post(handler({ timeoutMs: 500, onError: (error) => reports.push(error) }));
      gateway.answer(json(401, { statusCode: 401 }));
      await post(handler({ onError: (error) => reports.push(error) }));
      expect(reports).toHaveLength(2);
      for (const report of reports) {
        const error = report as Error;
        expect(`${error.message} ${JSON.stringify(error)} ${String(error.cause)} ${JSON.stringify(error.cause ?? null)}`).not.toContain(
          subscriptionKey,
        );
      }
    });
  });

  it('should answer with Cache-Control: no-store and JSON, and never with the key, in every test above', () => {
    expect(answers.length).toBeGreaterThan(40);
    for (const answer of answers) {
      expect(answer).toContain('cache-control,no-store');
      expect(answer).toContain('content-type,application/json; charset=utf-8');
      expect(answer.toLowerCase()).not.toContain(subscriptionKey.toLowerCase());
    }
  });
});
