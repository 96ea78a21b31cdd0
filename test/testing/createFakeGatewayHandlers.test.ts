// @vitest-environment node
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHttpAdapter, defaultSendPath } from '../../src/core/index.js';
import { createMockAdapter, type MockAnswer } from '../../src/testing/index.js';
import { answerWith, type CreateFakeGatewayHandlersOptions, createFakeGatewayHandlers } from '../../src/testing/msw/index.js';
import { rejection } from '../rejection.js';
import { setupTestServer } from '../server.js';
import { outcomeOf, sameScripts } from './sameScripts.js';

const { server } = setupTestServer();
const verifyPath = '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode';
const baseUrl = 'https://gateway.test/2fa';
const adapter = (options: { timeoutMs?: number; baseUrl?: string } = {}) =>
  createHttpAdapter({ baseUrl, subscriptionKey: 'msw-key', verifyPath, ...options });

function fake(options: CreateFakeGatewayHandlersOptions = {}) {
  const gateway = createFakeGatewayHandlers(options);
  server.use(...gateway.handlers);
  return gateway;
}

describe('createFakeGatewayHandlers', () => {
  describe('given the scripts of the mock adapter', () => {
    for (const { name, answer } of sameScripts) {
      it(`given ${name}, should answer through fetch what the mock adapter answers in process`, async () => {
        const gateway = fake({ answers: answer });
        expect(await outcomeOf(adapter())).toStrictEqual(await outcomeOf(createMockAdapter({ answers: answer })));
        expect(gateway.calls).toHaveLength(1);
      });
    }
  });

  it('given no baseUrl, should answer the send path on any origin and below any prefix, as a BFF serves it', async () => {
    const gateway = fake();
    await adapter({ baseUrl: 'https://portal.test/api/2fa' }).sendCode({ personId: '42' });
    await adapter().sendCode({ personId: '43', medium: 'email' });
    expect(gateway.calls.map((call) => call.request)).toStrictEqual([{ personId: '42' }, { personId: '43', medium: 'email' }]);
    expect(gateway.calls[1]?.headers.get('ocp-apim-subscription-key')).toBe('msw-key');
    expect(gateway.calls[1]?.url).toBe(`${baseUrl}${defaultSendPath}`);
  });

  it('given a baseUrl, should answer below it only', async () => {
    // `server.use` puts the last handlers first: the catch-all answers only what the fake does not.
    server.use(http.post('*', () => HttpResponse.json({ statusCode: 404, message: 'Resource not found' }, { status: 404 })));
    fake({ baseUrl: 'https://portal.test/api/2fa' });
    expect((await adapter({ baseUrl: 'https://portal.test/api/2fa' }).sendCode({ personId: '42' })).hint).toBe('A code was sent.');
    expect((await rejection(adapter().sendCode({ personId: '42' }))).status).toBe(404);
  });

  it('given a script function, should answer the medium that was sent', async () => {
    fake({
      answers: (request) => ({ type: 'sent', hint: request.medium === 'email' ? 'Sent to j***@example.com.' : 'Sent to +32 *** ** 12.' }),
    });
    expect((await adapter().sendCode({ personId: '42', medium: 'email' })).hint).toBe('Sent to j***@example.com.');
    expect((await adapter().sendCode({ personId: '42', medium: 'sms' })).hint).toBe('Sent to +32 *** ** 12.');
  });

  it('given a timeout script, should never answer, so the adapter times out', async () => {
    fake({ answers: { type: 'error', kind: 'timeout' } });
    const error = await rejection(adapter({ timeoutMs: 200 }).sendCode({ personId: '42' }));
    expect(error.kind).toBe('timeout');
  });

  it('given a network script, should fail as a network error', async () => {
    fake({ answers: { type: 'error', kind: 'network' } });
    expect((await rejection(adapter().sendCode({ personId: '42' }))).kind).toBe('network');
  });

  it('given a verify path and script, should verify the right code and refuse the others at the code field', async () => {
    const gateway = fake({
      verifyPath,
      verifyAnswers: (request) => (request.code === '123456' ? { type: 'verified' } : { type: 'invalid' }),
    });
    await expect(adapter().verifyCode?.({ personId: '42', code: '123456' })).resolves.toMatchObject({ notes: [] });
    const wrong = await rejection(adapter().verifyCode?.({ personId: '42', code: '111111' }) ?? Promise.resolve());
    expect(wrong.fieldErrors).toStrictEqual({ code: ['The code is not correct.'] });
    expect(gateway.verifyCalls.map((call) => call.body)).toStrictEqual([
      { PersonId: '42', Code: '123456' },
      { PersonId: '42', Code: '111111' },
    ]);
  });

  it("given a JavaScript caller's { type: 'verified' } in answers, should fail that send with a TypeError naming 'sent'", async () => {
    fake({ answers: { type: 'verified' } as unknown as MockAnswer });
    // MSW answers a handler's exception with a 500 whose body is the error's name, message and stack.
    const response = await fetch(`${baseUrl}${defaultSendPath}`, { method: 'POST', body: JSON.stringify({ PersonId: '42' }) });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      name: 'TypeError',
      message: "createFakeGatewayHandlers: answers answered { type: 'verified' }; a send that succeeds is { type: 'sent' }.",
    });
  });

  it('given options of the wrong type, should throw a TypeError naming the option', () => {
    expect(() => createFakeGatewayHandlers({ delayMs: Number.NaN })).toThrow(/delayMs/);
    expect(() => createFakeGatewayHandlers({ verifyAnswers: [{ type: 'verified' }] })).toThrow(/verifyPath/);
    expect(() => createFakeGatewayHandlers({ baseUrl: ' ' })).toThrow(/baseUrl/);
  });
});

describe('answerWith', () => {
  it('given a gateway answer, should answer it verbatim with its headers', async () => {
    server.use(answerWith({ status: 429, body: { statusCode: 429, message: 'Rate limit is exceeded.' }, headers: { 'Retry-After': '7' } }));
    const error = await rejection(adapter().sendCode({ personId: '42' }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('given a function and a path, should answer from the request body it was sent', async () => {
    const bodies: unknown[] = [];
    server.use(
      answerWith((body) => ({ status: 200, body: { Hint: `Verified ${(body as { Code: string }).Code}.` } }), {
        path: verifyPath,
        onRequest: (body) => bodies.push(body),
      }),
    );
    expect((await adapter().verifyCode?.({ personId: '42', code: '654321' }))?.hint).toBe('Verified 654321.');
    expect(bodies).toStrictEqual([{ PersonId: '42', Code: '654321' }]);
  });
});
