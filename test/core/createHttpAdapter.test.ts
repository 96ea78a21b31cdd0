import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { delay, HttpResponse, http, passthrough } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateHttpAdapterOptions, Medium, SendCodeRequest } from '../../src/core/index.js';
import { createHttpAdapter } from '../../src/core/index.js';
import {
  type AnswerFixture,
  bodyStatusCodeFailure,
  bodyStatusFailure,
  camelCaseInvalid,
  camelCaseSent,
  externalError,
  formErrorMessages,
  gatewayInvalidKey,
  gatewayMissingKey,
  gatewayQuota,
  gatewayRateLimited,
  htmlBadGateway,
  invalidMediumAndLanguage,
  invalidPersonId,
  mixedFieldAndFormErrors,
  sentWithHint,
  sentWithInfo,
  sentWithWarning,
  stringSeverityInvalid,
  stringSeveritySent,
  xssMessage,
} from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, sendCodeUrl, toHttpResponse } from '../fixtures/handlers.js';
import { rejection } from '../rejection.js';
import { setupTestServer } from '../server.js';

/** Every request that left the adapter, in order, as a readable copy. */
const { server, requests } = setupTestServer();

const subscriptionKey = 'test-subscription-key';
const sendUrl = sendCodeUrl(fixtureBaseUrl);
/** A request with set and unset members, and a personId to trim. */
const request: SendCodeRequest = { personId: ' 42 ', language: 'fr-BE', medium: 'email' };
const wireBody = { PersonId: '42', Language: 'fr-BE', Medium: 'email' };

function adapter(options: Partial<CreateHttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: fixtureBaseUrl, subscriptionKey, ...options });
}

/** Asserts that exactly one request left, as the contract describes it. */
async function expectOneContractRequest(body: Record<string, string> = wireBody) {
  expect(requests).toHaveLength(1);
  const [sent] = requests as [Request];
  expect(sent.url).toBe(sendUrl);
  expect(sent.method).toBe('POST');
  expect(sent.headers.get('Content-Type')).toBe('application/json');
  expect(sent.headers.get('Accept')).toBe('application/json');
  expect(sent.headers.get('Ocp-Apim-Subscription-Key')).toBe(subscriptionKey);
  expect(await sent.json()).toStrictEqual(body);
}

async function sendAnswered(fixture: AnswerFixture) {
  server.use(answerWith(fixture));
  return adapter().sendCode(request);
}

describe('createHttpAdapter', () => {
  describe('given a successful answer', () => {
    it('given a hint, should resolve with the hint, no issues and the raw body', async () => {
      const result = await sendAnswered(sentWithHint);
      await expectOneContractRequest();
      expect(result).toStrictEqual({ hint: 'A code was sent to +32 *** ** 12.', notes: [], raw: sentWithHint.body });
    });

    it('given a Severity-1 failure and IsValid false, should resolve with the warning in issues', async () => {
      const result = await sendAnswered(sentWithWarning);
      await expectOneContractRequest();
      expect(result.hint).toBe('A code was sent to j***@example.com.');
      expect(result.notes).toStrictEqual([
        {
          field: 'language',
          propertyName: 'Language',
          message: 'The language "xx" is not supported; the code was sent in English.',
          severity: 'warning',
          code: 'LanguageFallbackValidator',
          placeholders: { PropertyName: 'Language', PropertyValue: 'xx' },
        },
      ]);
    });

    it('given a Severity-2 failure and IsValid false, should resolve with the info in issues', async () => {
      const result = await sendAnswered(sentWithInfo);
      await expectOneContractRequest();
      expect(result.notes).toStrictEqual([
        {
          field: 'medium',
          propertyName: 'Medium',
          message: 'No medium given; the code went by SMS.',
          severity: 'info',
          code: 'DefaultMedium',
        },
      ]);
    });

    it('given the severities "Warning" and "Info" as names, should resolve with them in issues', async () => {
      const result = await sendAnswered(stringSeveritySent);
      await expectOneContractRequest();
      expect(result.notes.map(({ field, severity }) => ({ field, severity }))).toStrictEqual([
        { field: 'language', severity: 'warning' },
        { field: 'medium', severity: 'info' },
      ]);
    });

    it('given a camelCase body, should read the hint', async () => {
      const result = await sendAnswered(camelCaseSent);
      await expectOneContractRequest();
      expect(result.hint).toBe('A code was sent.');
      expect(result.notes).toStrictEqual([]);
    });

    it('given every request member, should send all five in PascalCase', async () => {
      server.use(answerWith(sentWithHint));
      await adapter().sendCode({ personId: '42', language: 'nl-BE', contextId: 'ctx-1', twoFactorId: '2fa-9', medium: 'sms' });
      await expectOneContractRequest({ PersonId: '42', Language: 'nl-BE', ContextId: 'ctx-1', TwoFactorId: '2fa-9', Medium: 'sms' });
    });

    it('given only a personId, should send only PersonId', async () => {
      server.use(answerWith(sentWithHint));
      await adapter().sendCode({ personId: '42' });
      await expectOneContractRequest({ PersonId: '42' });
    });

    it('given an empty JSON object, should resolve without a hint', async () => {
      const result = await sendAnswered({ status: 200, body: {} });
      expect(result).toStrictEqual({ notes: [], raw: {} });
    });
  });

  describe('given Severity-0 failures', () => {
    it('given failures on Medium and command.Language, should reject validation with both field errors', async () => {
      const error = await rejection(sendAnswered(invalidMediumAndLanguage));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.status).toBe(200);
      expect(error.fieldErrors).toStrictEqual({
        medium: ["'Medium' must be 'email' or 'sms'."],
        language: ["'Language' is not a supported language."],
      });
      expect(error.formErrors).toStrictEqual([]);
    });

    it('given a 400 with a failure on PersonId, should reject validation with the field error and the status', async () => {
      const error = await rejection(sendAnswered(invalidPersonId));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.status).toBe(400);
      expect(error.fieldErrors).toStrictEqual({ personId: ['No person has this id.'] });
      expect(error.issues[0]).toMatchObject({ propertyName: 'PersonId', severity: 'error', code: 'PersonExistsValidator' });
    });

    it('given MEDIUM and properties the UI does not own, should put MEDIUM on medium and the others verbatim in formErrors', async () => {
      const error = await rejection(sendAnswered(mixedFieldAndFormErrors));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({ medium: ['Choose email or SMS.'] });
      expect(error.formErrors).toStrictEqual([
        'The person has no mobile number.',
        'The first item is invalid.',
        'The request is incomplete.',
        'The person is locked.',
      ]);
      expect(error.issues.map((issue) => issue.propertyName)).toStrictEqual(['MEDIUM', 'Contact.Phone', 'Items[0]', '', 'Language']);
    });

    it('given a camelCase body with a failure on command.Medium, should reject validation on medium and keep the warning in issues', async () => {
      const error = await rejection(sendAnswered(camelCaseInvalid));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({ medium: ['Choose email or SMS.'] });
      expect(error.issues).toStrictEqual([
        { field: 'medium', propertyName: 'command.Medium', message: 'Choose email or SMS.', severity: 'error', code: 'PredicateValidator' },
        { field: 'language', propertyName: 'language', message: 'English was used.', severity: 'warning' },
      ]);
    });

    it('given severities as names, should block only on "Error"', async () => {
      const error = await rejection(sendAnswered(stringSeverityInvalid));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({ personId: ['Unknown person.'] });
      expect(error.issues.map((issue) => issue.severity)).toStrictEqual(['error', 'warning', 'info']);
    });

    it('given markup in a message, should keep it verbatim as text', async () => {
      const error = await rejection(sendAnswered(xssMessage));
      expect(error.fieldErrors.personId).toStrictEqual(['Unknown person <img src=x onerror=alert(1)>']);
      expect(error.formErrors).toStrictEqual(['<img src=x onerror=alert(1)>']);
    });
  });

  describe('given wrapper members that fail a 200', () => {
    it('given ErrorMessages, should reject validation with them as formErrors', async () => {
      const error = await rejection(sendAnswered(formErrorMessages));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({});
      expect(error.formErrors).toStrictEqual(['The person is locked.', 'Contact the help desk.']);
    });

    it('given ExternalError, should reject external with it as a formError', async () => {
      const error = await rejection(sendAnswered(externalError));
      await expectOneContractRequest();
      expect(error.kind).toBe('external');
      expect(error.formErrors).toStrictEqual(['The SMS provider did not accept the message.']);
    });

    it('given HttpStatusCode 500 in the body, should reject server with status 500', async () => {
      const error = await rejection(sendAnswered(bodyStatusFailure));
      await expectOneContractRequest();
      expect(error.kind).toBe('server');
      expect(error.status).toBe(500);
    });

    it('given StatusCode 400 and a message in the body, should reject validation with status 400 and the message', async () => {
      const error = await rejection(sendAnswered(bodyStatusCodeFailure));
      await expectOneContractRequest();
      expect(error.kind).toBe('validation');
      expect(error.status).toBe(400);
      expect(error.formErrors).toStrictEqual(['The two-factor id has expired.']);
    });
  });

  describe('given an answer of the gateway', () => {
    it.each([
      ['a missing key', gatewayMissingKey],
      ['an invalid key', gatewayInvalidKey],
    ])('given a 401 for %s, should reject unauthorized with the gateway message', async (_case, fixture) => {
      const error = await rejection(sendAnswered(fixture));
      await expectOneContractRequest();
      expect(error.kind).toBe('unauthorized');
      expect(error.status).toBe(401);
      expect(error.formErrors).toStrictEqual([(fixture.body as { message: string }).message]);
    });

    it('given a 403 for a used-up quota, should reject forbidden with the replenish time in seconds', async () => {
      const error = await rejection(sendAnswered(gatewayQuota));
      await expectOneContractRequest();
      expect(error.kind).toBe('forbidden');
      expect(error.status).toBe(403);
      expect(error.retryAfterSeconds).toBe(((22 * 24 + 14) * 60 + 18) * 60 + 12);
    });

    it('given a 429 with Retry-After in seconds, should reject rate-limited with the header value', async () => {
      const error = await rejection(sendAnswered({ ...gatewayRateLimited, headers: { 'Retry-After': '30' } }));
      await expectOneContractRequest();
      expect(error.kind).toBe('rate-limited');
      expect(error.status).toBe(429);
      expect(error.retryAfterSeconds).toBe(30);
      expect(error.formErrors).toStrictEqual(['Rate limit is exceeded. Try again in 12 seconds.']);
    });

    it('given a 429 with Retry-After as an HTTP date, should reject rate-limited with the seconds until then', async () => {
      const inAMinute = new Date(Date.now() + 60_000).toUTCString();
      const error = await rejection(sendAnswered({ ...gatewayRateLimited, headers: { 'Retry-After': inAMinute } }));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(58);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it('given a 429 without Retry-After, should read the seconds from the message', async () => {
      const error = await rejection(sendAnswered({ status: 429, body: gatewayRateLimited.body }));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterSeconds).toBe(12);
    });

    it('given a 429 with neither Retry-After nor a message, should reject rate-limited without a wait', async () => {
      const error = await rejection(sendAnswered({ status: 429, body: '' }));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterSeconds).toBeUndefined();
    });

    it.each([502, 503, 504])('given an HTML %i page, should reject server with the status', async (status) => {
      const error = await rejection(sendAnswered({ ...htmlBadGateway, status }));
      await expectOneContractRequest();
      expect(error.kind).toBe('server');
      expect(error.status).toBe(status);
    });
  });

  describe('given an answer that cannot be read', () => {
    it.each<[string, AnswerFixture]>([
      ['an empty 200', { status: 200, body: '' }],
      ['cut-off JSON', { status: 200, body: '{"Hint":"A code was sent' }],
      ['an HTML 200', { status: 200, body: '<html><body>Welcome</body></html>', headers: { 'Content-Type': 'text/html' } }],
      ['a JSON array', { status: 200, body: [sentWithHint.body] }],
      ['a JSON string', { status: 200, body: '"sent"' }],
      ['JSON null', { status: 200, body: 'null' }],
      ['a member of the wrong type', { status: 200, body: { Hint: 42 } }],
    ])('given %s, should reject invalid-response', async (_case, fixture) => {
      const error = await rejection(sendAnswered(fixture));
      await expectOneContractRequest();
      expect(error.kind).toBe('invalid-response');
      expect(error.status).toBe(200);
    });
  });

  describe('given no answer', () => {
    it('given no answer within timeoutMs, should reject timeout without waiting for the answer', async () => {
      // An answer that never comes: a rejection at all shows the adapter did not wait for it.
      server.use(answerWith(sentWithHint, { delayMs: Number.POSITIVE_INFINITY }));
      const started = performance.now();
      const error = await rejection(adapter({ timeoutMs: 50 }).sendCode(request));
      expect(error.kind).toBe('timeout');
      // Far below the 15 s default (what an ignored timeoutMs would wait), far above what a loaded machine adds to 50 ms.
      expect(performance.now() - started).toBeLessThan(5_000);
      await expectOneContractRequest();
    });

    it('given a real server whose body stalls after the headers, should reject timeout', async () => {
      // A real socket: a body mocked by msw/node is not tied to the fetch signal the way a network body is.
      const stalling = createHttpServer((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"Hint":');
      });
      const baseUrl = await listen(stalling);
      try {
        server.use(http.post(`${baseUrl}/*`, () => passthrough()));
        const error = await rejection(adapter({ baseUrl, timeoutMs: 100 }).sendCode(request));
        expect(error.kind).toBe('timeout');
      } finally {
        stalling.closeAllConnections();
        stalling.close();
      }
    });

    it('given the caller aborts while waiting, should reject aborted with the abort reason as cause', async () => {
      server.use(answerWith(sentWithHint, { delayMs: 2_000 }));
      const controller = new AbortController();
      const reason = new Error('unmounted');
      setTimeout(() => controller.abort(reason), 20);
      const error = await rejection(adapter().sendCode(request, { signal: controller.signal }));
      expect(error.kind).toBe('aborted');
      expect(error.cause).toBe(reason);
      await expectOneContractRequest();
    });

    it('given the caller aborts after the request left, should say the code may have been sent', async () => {
      server.use(answerWith(sentWithHint, { delayMs: 2_000 }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const error = await rejection(adapter().sendCode(request, { signal: controller.signal }));
      expect(error.kind).toBe('aborted');
      expect(error.maybeSent).toBe(true);
    });

    it('given a signal already aborted, should reject aborted and send no request', async () => {
      server.use(answerWith(sentWithHint));
      const error = await rejection(adapter().sendCode(request, { signal: AbortSignal.abort() }));
      expect(error.kind).toBe('aborted');
      expect(error.maybeSent).toBe(false);
      expect(requests).toHaveLength(0);
    });

    it('given a network error, should reject network', async () => {
      server.use(http.post(sendUrl, () => HttpResponse.error()));
      const error = await rejection(adapter().sendCode(request));
      expect(error.kind).toBe('network');
      await expectOneContractRequest();
    });

    it('given a refused connection, should reject network', async () => {
      const baseUrl = `http://127.0.0.1:${await closedPort()}/2fa`;
      server.use(http.post(`${baseUrl}/*`, () => passthrough()));
      const error = await rejection(adapter({ baseUrl }).sendCode(request));
      expect(error.kind).toBe('network');
      expect(requests).toHaveLength(1);
    });
  });

  describe('given the URL options', () => {
    it.each([
      ['https://stg-ecap.azure-api.net/2fa', undefined, sendUrl],
      ['https://stg-ecap.azure-api.net/2fa/', undefined, sendUrl],
      ['https://stg-ecap.azure-api.net/2fa', 'custom/send', 'https://stg-ecap.azure-api.net/2fa/custom/send'],
      ['https://stg-ecap.azure-api.net/2fa', '/custom/send', 'https://stg-ecap.azure-api.net/2fa/custom/send'],
      ['https://stg-ecap.azure-api.net/2fa/', 'custom/send', 'https://stg-ecap.azure-api.net/2fa/custom/send'],
      ['https://stg-ecap.azure-api.net/2fa/', '/custom/send', 'https://stg-ecap.azure-api.net/2fa/custom/send'],
    ])('given baseUrl %s and sendPath %s, should POST to %s', async (baseUrl, sendPath, expected) => {
      server.use(http.post('https://stg-ecap.azure-api.net/*', () => toHttpResponse(sentWithHint)));
      await adapter({ baseUrl, ...(sendPath !== undefined && { sendPath }) }).sendCode(request);
      expect(requests.map((sent) => sent.url)).toStrictEqual([expected]);
    });
  });

  describe('given headers and credentials', () => {
    it('given headers as an object, should send them besides the contract headers', async () => {
      server.use(answerWith(sentWithHint));
      await adapter({ headers: { 'X-Portal': 'citizen' } }).sendCode(request);
      await expectOneContractRequest();
      expect(requests[0]?.headers.get('X-Portal')).toBe('citizen');
    });

    it('given headers as a function, should call it for each send', async () => {
      server.use(answerWith(sentWithHint));
      let calls = 0;
      const send = adapter({ headers: () => ({ 'X-Call': String(++calls) }) });
      await send.sendCode(request);
      await send.sendCode(request);
      expect(requests.map((sent) => sent.headers.get('X-Call'))).toStrictEqual(['1', '2']);
    });

    it('given an async function returning a bearer token and no subscription key, should send a fresh token and no key', async () => {
      server.use(answerWith(sentWithHint));
      const tokens = ['Bearer first', 'Bearer second'];
      const send = createHttpAdapter({ baseUrl: fixtureBaseUrl, headers: async () => ({ Authorization: tokens.shift() ?? '' }) });
      await send.sendCode(request);
      await send.sendCode(request);
      expect(requests.map((sent) => sent.headers.get('Authorization'))).toStrictEqual(['Bearer first', 'Bearer second']);
      expect(requests.map((sent) => sent.headers.get('Ocp-Apim-Subscription-Key'))).toStrictEqual([null, null]);
    });

    it('given credentials include, should send the request with them', async () => {
      server.use(answerWith(sentWithHint));
      await adapter({ credentials: 'include' }).sendCode(request);
      expect(requests[0]?.credentials).toBe('include');
    });

    it('given no credentials, should leave fetch its default', async () => {
      server.use(answerWith(sentWithHint));
      await adapter().sendCode(request);
      expect(requests[0]?.credentials).toBe('same-origin');
    });
  });

  describe('given bad options', () => {
    it.each<[string, unknown, RegExp]>([
      ['no options', undefined, /options are required/],
      ['a missing baseUrl', {}, /baseUrl is required/],
      ['a blank baseUrl', { baseUrl: '  ' }, /baseUrl is required/],
      ['an ftp baseUrl', { baseUrl: 'ftp://x' }, /baseUrl must be an http\(s\) URL or a path; got a ftp: URL/],
      ['a negative timeout', { baseUrl: fixtureBaseUrl, timeoutMs: -1 }, /timeoutMs must be a positive number.*got -1/],
      ['a zero timeout', { baseUrl: fixtureBaseUrl, timeoutMs: 0 }, /timeoutMs must be a positive number/],
      ['a NaN timeout', { baseUrl: fixtureBaseUrl, timeoutMs: Number.NaN }, /timeoutMs must be a positive number/],
      ['an infinite timeout', { baseUrl: fixtureBaseUrl, timeoutMs: Number.POSITIVE_INFINITY }, /timeoutMs must be a positive number/],
      ['a timeout as text', { baseUrl: fixtureBaseUrl, timeoutMs: '5000' }, /timeoutMs must be a positive number/],
      ['a subscription key in the URL', { baseUrl: `${fixtureBaseUrl}?subscription-key=SECRET-KEY-123` }, /pass it as subscriptionKey/],
      ['credentials in the URL', { baseUrl: 'https://user:SECRET-PASS@stg-ecap.azure-api.net/2fa' }, /must not hold credentials/],
      ['a sendPath that is not a string', { baseUrl: fixtureBaseUrl, sendPath: 42 }, /sendPath must be a string/],
      ['a fetch that is not a function', { baseUrl: fixtureBaseUrl, fetch: 'fetch' }, /fetch must be a function/],
      ['a query in the URL', { baseUrl: `${fixtureBaseUrl}?api-version=1` }, /without a query or fragment/],
      ['a fragment in the URL', { baseUrl: `${fixtureBaseUrl}#root` }, /without a query or fragment/],
    ])('given %s, should throw a TypeError at creation that names the option', (_case, options, message) => {
      expect(() => createHttpAdapter(options as CreateHttpAdapterOptions)).toThrow(TypeError);
      expect(() => createHttpAdapter(options as CreateHttpAdapterOptions)).toThrow(message);
    });

    it.each([
      `${fixtureBaseUrl}?subscription-key=SECRET-KEY-123`,
      'https://user:SECRET-PASS@stg-ecap.azure-api.net/2fa',
      'ftp://user:SECRET-PASS@stg-ecap.azure-api.net/2fa',
    ])('given a secret in baseUrl %s, should keep it out of the TypeError', (baseUrl) => {
      expect(() => createHttpAdapter({ baseUrl })).toThrow(expect.objectContaining({ message: expect.not.stringMatching(/SECRET/) }));
    });
  });

  describe('given a request that is not valid', () => {
    it.each<[string, SendCodeRequest, string]>([
      ['an empty personId', { personId: '' }, 'personId'],
      ['a blank personId', { personId: '   ' }, 'personId'],
      ['medium fax', { personId: '42', medium: 'fax' as Medium }, 'medium'],
      ['a language that is not a BCP 47 tag', { personId: '42', language: 'not a language' }, 'language'],
    ])('given %s, should reject validation on the field and send no request', async (_case, invalid, field) => {
      server.use(answerWith(sentWithHint));
      const error = await rejection(adapter().sendCode(invalid));
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fieldErrors)).toStrictEqual([field]);
      expect(requests).toHaveLength(0);
    });
  });

  describe('given a failed send', () => {
    it.each<[string, AnswerFixture]>([
      ['a 503', { ...htmlBadGateway, status: 503 }],
      ['a 500 JSON answer', { status: 500, body: { ErrorMessages: ['Internal error.'] } }],
      ['a 429', gatewayRateLimited],
    ])('given %s, should send exactly one request and never retry', async (_case, fixture) => {
      await rejection(sendAnswered(fixture));
      await delay(50);
      expect(requests).toHaveLength(1);
    });

    it('given a network error, should send exactly one request and never retry', async () => {
      server.use(http.post(sendUrl, () => HttpResponse.error()));
      await rejection(adapter().sendCode(request));
      await delay(50);
      expect(requests).toHaveLength(1);
    });
  });

  describe('given secrets in the subscription key and the headers', () => {
    const secrets = ['SECRET-KEY-123', 'SECRET-TOKEN'];
    const consoleMethods = ['error', 'warn', 'log', 'info', 'debug'] as const;
    let spies: ReturnType<typeof vi.spyOn>[] = [];

    beforeEach(() => {
      spies = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
    });
    afterEach(() => {
      for (const spy of spies) spy.mockRestore();
    });

    /** Installs the handler of a case; the case then needs no other option. */
    const answered = (handler: Parameters<typeof server.use>[0]): Partial<CreateHttpAdapterOptions> => {
      server.use(handler);
      return {};
    };

    const secretAdapter = (options: Partial<CreateHttpAdapterOptions> = {}) =>
      adapter({ subscriptionKey: 'SECRET-KEY-123', headers: { Authorization: 'Bearer SECRET-TOKEN' }, ...options });

    it.each<[string, () => Promise<Partial<CreateHttpAdapterOptions>>]>([
      ['a 401', async () => answered(answerWith(gatewayInvalidKey))],
      ['a 500', async () => answered(answerWith({ ...htmlBadGateway, status: 500 }))],
      ['a network error', async () => answered(http.post(sendUrl, () => HttpResponse.error()))],
      [
        'a refused connection',
        async () => {
          const baseUrl = `http://127.0.0.1:${await closedPort()}/2fa`;
          server.use(http.post(`${baseUrl}/*`, () => passthrough()));
          return { baseUrl };
        },
      ],
      ['a timeout', async () => ({ ...answered(answerWith(sentWithHint, { delayMs: 2_000 })), timeoutMs: 50 })],
      ['an invalid response', async () => answered(answerWith({ status: 200, body: '<html><body>Sign in</body></html>' }))],
    ])('given %s, should keep the secrets out of the error and log nothing', async (_case, arrange) => {
      const error = await rejection(secretAdapter(await arrange()).sendCode(request));
      expect(requests[0]?.headers.get('Ocp-Apim-Subscription-Key')).toBe('SECRET-KEY-123');
      const views = [error.message, String(error.cause), JSON.stringify(error), inspect(error, { depth: Number.POSITIVE_INFINITY })];
      for (const view of views) {
        for (const secret of secrets) expect(view).not.toContain(secret);
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    });
  });
});

/** A local port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port.'))));
    });
  });
}

/** Starts `httpServer` on a free local port and returns its base URL. */
function listen(httpServer: Server): Promise<string> {
  return new Promise((resolve) => {
    httpServer.listen(0, '127.0.0.1', () => {
      const address = httpServer.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/2fa`);
    });
  });
}
