import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CreateHttpAdapterOptions, VerifyCodeRequest } from '../../src/core/index.js';
import { createHttpAdapter } from '../../src/core/index.js';
import { createMockAdapter, type MockAnswer, type MockVerifyAnswer } from '../../src/testing/index.js';
import { codeVerified, expiredCode, htmlBadGateway, wrongCode, wrongCommandCode } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, sendCodeUrl, verifyAnswerWith, verifyCodePath, verifyCodeUrl } from '../fixtures/handlers.js';
import { rejection } from '../rejection.js';
import { setupTestServer } from '../server.js';

/** Every request that left the adapter, in order, as a readable copy. */
const { server, requests } = setupTestServer();

const subscriptionKey = 'test-subscription-key';
const verifyUrl = verifyCodeUrl(fixtureBaseUrl);
/** A request with every member set, and identifiers to trim. */
const request: VerifyCodeRequest = { personId: ' 42 ', contextId: 'portal-login', twoFactorId: '2fa-9', code: '123456' };
const wireBody = { PersonId: '42', ContextId: 'portal-login', TwoFactorId: '2fa-9', Code: '123456' };

function adapter(options: Partial<CreateHttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: fixtureBaseUrl, subscriptionKey, verifyPath: verifyCodePath, ...options });
}

/** The adapter's `verifyCode`; fails the test when the adapter has none. */
function verifyCodeOf(created: ReturnType<typeof createHttpAdapter>) {
  const { verifyCode } = created;
  if (!verifyCode) throw new Error('Expected the adapter to have verifyCode.');
  return (value: VerifyCodeRequest, context?: { signal?: AbortSignal }) => verifyCode.call(created, value, context);
}

/** Asserts that exactly one request left, to the verify URL, with the contract's headers and `body`. */
async function expectOneVerifyRequest(body: unknown = wireBody) {
  expect(requests).toHaveLength(1);
  const [sent] = requests as [Request];
  expect(sent.url).toBe(verifyUrl);
  expect(sent.method).toBe('POST');
  expect(sent.headers.get('Content-Type')).toBe('application/json');
  expect(sent.headers.get('Accept')).toBe('application/json');
  expect(sent.headers.get('Ocp-Apim-Subscription-Key')).toBe(subscriptionKey);
  expect(await sent.json()).toStrictEqual(body);
}

describe('createHttpAdapter with verify', () => {
  describe('given a right code', () => {
    it('given every member, should POST the PascalCase body {PersonId, ContextId, TwoFactorId, Code} to the verify URL', async () => {
      server.use(verifyAnswerWith(codeVerified));

      const result = await verifyCodeOf(adapter())(request);

      await expectOneVerifyRequest();
      expect(verifyUrl).toBe('https://stg-ecap.azure-api.net/2fa/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode');
      expect(result).toStrictEqual({ notes: [], raw: codeVerified.body });
    });

    it('given only personId and code, should send only PersonId and Code', async () => {
      server.use(verifyAnswerWith(codeVerified));

      await verifyCodeOf(adapter())({ personId: '42', code: '123456' });

      await expectOneVerifyRequest({ PersonId: '42', Code: '123456' });
    });

    it('given a baseUrl with a trailing slash and a path without a leading one, should join them with one slash', async () => {
      server.use(verifyAnswerWith(codeVerified));

      await verifyCodeOf(adapter({ baseUrl: `${fixtureBaseUrl}/`, verifyPath: verifyCodePath.slice(1) }))(request);

      await expectOneVerifyRequest();
    });

    it('given toVerifyBody, should send what it returns for the checked (trimmed) request', async () => {
      server.use(verifyAnswerWith(codeVerified));
      const seen: VerifyCodeRequest[] = [];
      const custom = adapter({
        toVerifyBody: (checked) => {
          seen.push(checked);
          return { person: checked.personId, otp: checked.code, channel: 'web' };
        },
      });

      await verifyCodeOf(custom)(request);

      await expectOneVerifyRequest({ person: '42', otp: '123456', channel: 'web' });
      expect(seen).toStrictEqual([{ ...request, personId: '42' }]);
    });

    it('given headers as a function, should call it for the verify too', async () => {
      server.use(verifyAnswerWith(codeVerified));
      let calls = 0;
      const withToken = adapter({
        headers: () => {
          calls += 1;
          return { Authorization: `Bearer token-${calls}` };
        },
      });

      await verifyCodeOf(withToken)(request);

      expect(calls).toBe(1);
      expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    });

    it('given a send and a verify on one adapter, should POST each to its own path', async () => {
      server.use(answerWith(codeVerified), verifyAnswerWith(codeVerified));
      const both = adapter();

      await both.sendCode({ personId: '42', medium: 'sms' });
      await verifyCodeOf(both)(request);

      expect(requests.map((sent) => sent.url)).toStrictEqual([sendCodeUrl(fixtureBaseUrl), verifyUrl]);
    });
  });

  describe('given a refused code', () => {
    it('given a Severity-0 failure on Code, should reject validation with the message on fieldErrors.code', async () => {
      server.use(verifyAnswerWith(wrongCode));

      const error = await rejection(verifyCodeOf(adapter())(request));

      await expectOneVerifyRequest();
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({ code: ['The code is not correct.'] });
      expect(error.formErrors).toStrictEqual([]);
      expect(error.issues[0]).toMatchObject({ field: 'code', propertyName: 'Code', code: 'TwoFactorCodeValidator' });
    });

    it('given a 400 with a failure on command.Code, should reject validation with the message on fieldErrors.code', async () => {
      server.use(verifyAnswerWith(wrongCommandCode));

      const error = await rejection(verifyCodeOf(adapter())(request));

      expect(error.kind).toBe('validation');
      expect(error.status).toBe(400);
      expect(error.fieldErrors).toStrictEqual({ code: ['The code does not match.'] });
    });

    it('given an expired code in ErrorMessages, should reject validation with the message in formErrors and no field error', async () => {
      server.use(verifyAnswerWith(expiredCode));

      const error = await rejection(verifyCodeOf(adapter())(request));

      expect(error.kind).toBe('validation');
      expect(error.formErrors).toStrictEqual(['The code has expired. Request a new code.']);
      expect(error.fieldErrors).toStrictEqual({});
    });

    it('given a 502 HTML page, should reject server after exactly one request', async () => {
      server.use(verifyAnswerWith(htmlBadGateway));

      const error = await rejection(verifyCodeOf(adapter())(request));
      await delay(50);

      expect(error.kind).toBe('server');
      expect(requests).toHaveLength(1);
    });

    it('given a network error, should reject network after exactly one request', async () => {
      server.use(http.post(verifyUrl, () => HttpResponse.error()));

      const error = await rejection(verifyCodeOf(adapter())(request));
      await delay(50);

      expect(error.kind).toBe('network');
      expect(requests).toHaveLength(1);
    });

    it('given the caller aborts while waiting, should reject aborted', async () => {
      server.use(verifyAnswerWith(codeVerified, { delayMs: Number.POSITIVE_INFINITY }));
      const controller = new AbortController();

      const pending = rejection(verifyCodeOf(adapter())(request, { signal: controller.signal }));
      await delay(20);
      controller.abort(new Error('unmounted'));

      expect((await pending).kind).toBe('aborted');
    });
  });

  describe('given a request that is not valid', () => {
    it.each<[string, VerifyCodeRequest, string]>([
      ['an empty code', { personId: '42', code: '' }, 'code'],
      ['a blank code', { personId: '42', code: '   ' }, 'code'],
      ['an empty personId', { personId: '', code: '123456' }, 'personId'],
    ])('given %s, should reject validation on the field and send no request', async (_case, invalid, field) => {
      server.use(verifyAnswerWith(codeVerified));

      const error = await rejection(verifyCodeOf(adapter())(invalid));
      await delay(20);

      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fieldErrors)).toStrictEqual([field]);
      expect(requests).toHaveLength(0);
    });
  });

  describe('given the options', () => {
    it('given no verifyPath, should have no verifyCode', () => {
      const sendOnly = createHttpAdapter({ baseUrl: fixtureBaseUrl });

      expect(sendOnly.verifyCode).toBeUndefined();
      expect('verifyCode' in sendOnly).toBe(false);
    });

    it.each<[string, Record<string, unknown>, RegExp]>([
      ['a null verifyPath', { verifyPath: null }, /verifyPath must be/],
      ['an object verifyPath', { verifyPath: { path: verifyCodePath } }, /verifyPath must be/],
      ['an empty verifyPath', { verifyPath: '' }, /verifyPath must be/],
      ['a blank verifyPath', { verifyPath: '   ' }, /verifyPath must be/],
      ['a verifyPath that is not a string', { verifyPath: 42 }, /verifyPath must be/],
      [
        'a toVerifyBody that is not a function',
        { verifyPath: verifyCodePath, toVerifyBody: 'PascalCase' },
        /toVerifyBody must be a function/,
      ],
      ['a toVerifyBody without verifyPath', { toVerifyBody: () => ({}) }, /toVerifyBody needs verifyPath/],
    ])('given %s, should throw a TypeError at creation that names the option', (_case, options, message) => {
      expect(() => createHttpAdapter({ baseUrl: fixtureBaseUrl, ...options } as CreateHttpAdapterOptions)).toThrow(TypeError);
      expect(() => createHttpAdapter({ baseUrl: fixtureBaseUrl, ...options } as CreateHttpAdapterOptions)).toThrow(message);
    });
  });
});

describe('createMockAdapter verify answers', () => {
  const verifyRequest: VerifyCodeRequest = { personId: '42', code: '123456' };

  it('given no verifyAnswers, should accept every code and record each call with its signal', async () => {
    const mock = createMockAdapter();
    const controller = new AbortController();

    await expect(mock.verifyCode(verifyRequest, { signal: controller.signal })).resolves.toMatchObject({ notes: [] });

    expect(mock.verifyCalls).toStrictEqual([{ request: verifyRequest, signal: controller.signal }]);
    expect(mock.calls).toHaveLength(0);
  });

  it('given a list of verifyAnswers, should answer in order and repeat the last', async () => {
    const mock = createMockAdapter({
      verifyAnswers: [
        { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] },
        { type: 'invalid', issues: [{ propertyName: 'command.Code', message: 'Still not correct.' }] },
        { type: 'verified' },
      ],
    });

    const first = await rejection(mock.verifyCode({ ...verifyRequest, code: '111111' }));
    const second = await rejection(mock.verifyCode({ ...verifyRequest, code: '222222' }));
    await mock.verifyCode(verifyRequest);
    await mock.verifyCode(verifyRequest);

    expect(first.fieldErrors).toStrictEqual({ code: ['The code is not correct.'] });
    expect(second.fieldErrors).toStrictEqual({ code: ['Still not correct.'] });
    expect(mock.verifyCalls.map((call) => call.request.code)).toStrictEqual(['111111', '222222', '123456', '123456']);
  });

  it('given a function, should answer from the request', async () => {
    const mock = createMockAdapter({
      verifyAnswers: (checked) =>
        checked.code === '123456' ? { type: 'verified' } : { type: 'invalid', formErrors: ['The code has expired. Request a new code.'] },
    });

    await expect(mock.verifyCode(verifyRequest)).resolves.toMatchObject({ notes: [] });
    expect((await rejection(mock.verifyCode({ ...verifyRequest, code: '999999' }))).formErrors).toStrictEqual([
      'The code has expired. Request a new code.',
    ]);
  });

  it('given an empty code, should reject validation on code like the HTTP adapter', async () => {
    const mock = createMockAdapter();

    const error = await rejection(mock.verifyCode({ personId: '42', code: '' }));

    expect(error.kind).toBe('validation');
    expect(Object.keys(error.fieldErrors)).toStrictEqual(['code']);
  });

  it('given an empty verifyAnswers list, should throw a TypeError at creation', () => {
    expect(() => createMockAdapter({ verifyAnswers: [] })).toThrow(TypeError);
  });

  it('given a verified answer with a hint and a note, should resolve with both, as onVerified receives them', async () => {
    const mock = createMockAdapter({
      verifyAnswers: {
        type: 'verified',
        hint: 'Welcome back.',
        notes: [{ propertyName: 'Code', message: 'Expires soon.', severity: 'info' }],
      },
    });

    const result = await mock.verifyCode(verifyRequest);

    expect(result.hint).toBe('Welcome back.');
    expect(result.notes).toMatchObject([{ field: 'code', message: 'Expires soon.', severity: 'info' }]);
  });

  it("given a JavaScript caller's { type: 'sent' } in verifyAnswers, should reject that verify with a TypeError naming 'verified'", async () => {
    const mock = createMockAdapter({ verifyAnswers: [{ type: 'invalid' }, { type: 'sent' } as unknown as MockVerifyAnswer] });

    expect((await rejection(mock.verifyCode({ ...verifyRequest, code: '111111' }))).kind).toBe('validation');
    const misused = mock.verifyCode(verifyRequest);

    await expect(misused).rejects.toThrow(TypeError);
    await expect(misused).rejects.toThrow(
      "createMockAdapter: verifyAnswers answered { type: 'sent' }; a code that is right is { type: 'verified' }.",
    );
  });

  it("given a JavaScript caller's { type: 'verified' } in answers, should reject that send with a TypeError naming 'sent'", async () => {
    const mock = createMockAdapter({ answers: () => ({ type: 'verified' }) as unknown as MockAnswer });

    const misused = mock.sendCode({ personId: '42' });

    await expect(misused).rejects.toThrow(TypeError);
    await expect(misused).rejects.toThrow(
      "createMockAdapter: answers answered { type: 'verified' }; a send that succeeds is { type: 'sent' }.",
    );
  });
});
