// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { sendCodeWireResponseSchema } from '../../src/core/contract/sendCodeWireSchemas.js';
import { createHttpAdapter } from '../../src/core/index.js';
import { createTwoFactorHandler } from '../../src/server/index.js';
import { createMockAdapter, type MockVerifyAnswer } from '../../src/testing/index.js';
import { type FakeGateway, type StartFakeGatewayOptions, startFakeGateway } from '../../src/testing/node/index.js';
import { rejection } from '../rejection.js';
import { outcomeOf, sameScripts } from './sameScripts.js';

const verifyPath = '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode';
const started: FakeGateway[] = [];

async function gateway(options: StartFakeGatewayOptions = {}): Promise<FakeGateway> {
  const fake = await startFakeGateway(options);
  started.push(fake);
  return fake;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.close()));
});

const adapterFor = (fake: FakeGateway, options: { timeoutMs?: number } = {}) =>
  createHttpAdapter({ baseUrl: `${fake.baseUrl}/2fa`, subscriptionKey: 'local-key', verifyPath, ...options });

describe('startFakeGateway', () => {
  describe('given the scripts of the mock adapter', () => {
    for (const { name, answer } of sameScripts) {
      it(`given ${name}, should answer over HTTP what the mock adapter answers in process`, async () => {
        const fake = await gateway({ answers: answer });
        const overHttp = await outcomeOf(adapterFor(fake));
        expect(overHttp).toStrictEqual(await outcomeOf(createMockAdapter({ answers: answer })));
        expect(fake.calls).toHaveLength(1);
      });
    }
  });

  it('given no script, should answer a send with a hint on loopback and record the request in the library’s naming', async () => {
    const fake = await gateway();
    expect(fake.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const result = await adapterFor(fake).sendCode({ personId: '42', medium: 'sms', contextId: 'portal' }, { locale: 'nl-BE' });
    expect(result.hint).toBe('A code was sent.');
    const [call] = fake.calls;
    expect(call?.request).toStrictEqual({ personId: '42', medium: 'sms', contextId: 'portal' });
    expect(call?.body).toStrictEqual({ PersonId: '42', ContextId: 'portal', Medium: 'sms' });
    expect(call?.headers.get('ocp-apim-subscription-key')).toBe('local-key');
    expect(call?.headers.get('accept-language')).toBe('nl-BE');
  });

  it('given sent and invalid scripts, should answer bodies the contract’s strict schema accepts', async () => {
    const note = { propertyName: 'Language', message: 'English was used.', severity: 'warning' as const, code: 'LanguageFallback' };
    const fake = await gateway({
      answers: [
        { type: 'sent', hint: 'Sent.', notes: [note] },
        { type: 'invalid', issues: [{ propertyName: 'Medium', message: 'No.' }], formErrors: ['Locked.'] },
      ],
    });
    for (const expected of [200, 200]) {
      const response = await fetch(`${fake.baseUrl}/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`, {
        method: 'POST',
        body: JSON.stringify({ PersonId: '42', Medium: 'sms' }),
      });
      expect(response.status).toBe(expected);
      const parsed = sendCodeWireResponseSchema.safeParse(await response.json());
      expect(parsed.error).toBeUndefined();
    }
  });

  it('given a script function, should answer each call to the request it got', async () => {
    const fake = await gateway({
      answers: (request, callIndex) => ({ type: 'sent', hint: `Call ${callIndex + 1}: a code was sent by ${request.medium ?? 'sms'}.` }),
    });
    const adapter = adapterFor(fake);
    expect((await adapter.sendCode({ personId: '42', medium: 'email' })).hint).toBe('Call 1: a code was sent by email.');
    expect((await adapter.sendCode({ personId: '42' })).hint).toBe('Call 2: a code was sent by sms.');
  });

  it('given a validation error on Medium, should name the medium that was sent in the body, as FluentValidation does', async () => {
    const fake = await gateway({
      answers: { type: 'invalid', issues: [{ propertyName: 'Medium', message: "'{PropertyName}' cannot be '{PropertyValue}'." }] },
    });
    const error = await rejection(adapterFor(fake).sendCode({ personId: '42', medium: 'email' }));
    expect(error.fieldErrors).toStrictEqual({ medium: ["'Medium' cannot be 'email'."] });
    expect(error.issues[0]?.placeholders).toStrictEqual({ PropertyName: 'Medium', PropertyValue: 'email' });
  });

  it('given a list of answers, should answer in order and repeat the last', async () => {
    const fake = await gateway({
      answers: [
        { type: 'error', kind: 'rate-limited', retryAfterSeconds: 3 },
        { type: 'sent', hint: 'Now.' },
      ],
    });
    const adapter = adapterFor(fake);
    expect((await rejection(adapter.sendCode({ personId: '42' }))).retryAfterSeconds).toBe(3);
    expect((await adapter.sendCode({ personId: '42' })).hint).toBe('Now.');
    expect((await adapter.sendCode({ personId: '42' })).hint).toBe('Now.');
  });

  it('given a 429, should send Retry-After readable by a page of another origin', async () => {
    const fake = await gateway({ answers: { type: 'error', kind: 'rate-limited', retryAfterSeconds: 12 } });
    const response = await fetch(`${fake.baseUrl}/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:5173' },
      body: JSON.stringify({ PersonId: '42' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('given a CORS preflight from a local page, should allow the send', async () => {
    const fake = await gateway();
    const response = await fetch(`${fake.baseUrl}/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,ocp-apim-subscription-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,ocp-apim-subscription-key');
    expect(fake.calls).toHaveLength(0);
  });

  it('given a timeout script, should never answer, so the adapter times out, and close() ends the wait', async () => {
    const fake = await gateway({ answers: { type: 'error', kind: 'timeout' } });
    const error = await rejection(adapterFor(fake, { timeoutMs: 300 }).sendCode({ personId: '42' }));
    expect(error.kind).toBe('timeout');
    expect(error.maybeSent).toBe(true);
    await fake.close();
  });

  it('given a network script, should drop the connection', async () => {
    const fake = await gateway({ answers: { type: 'error', kind: 'network' } });
    expect((await rejection(adapterFor(fake).sendCode({ personId: '42' }))).kind).toBe('network');
  });

  it('given a delay, should answer once it has passed', async () => {
    const fake = await gateway({ delayMs: 50 });
    const began = performance.now();
    await adapterFor(fake).sendCode({ personId: '42' });
    expect(performance.now() - began).toBeGreaterThanOrEqual(45);
  });

  it('given a verify path, should verify codes from its own script and refuse a wrong one at the code', async () => {
    const fake = await gateway({
      verifyPath,
      verifyAnswers: (request) => (request.code === '123456' ? { type: 'verified' } : { type: 'invalid' }),
    });
    const adapter = adapterFor(fake);
    await expect(adapter.verifyCode?.({ personId: '42', code: '123456' })).resolves.toMatchObject({ notes: [] });
    const wrong = await rejection(adapter.verifyCode?.({ personId: '42', code: '000000' }) ?? Promise.resolve());
    expect(wrong.kind).toBe('validation');
    expect(wrong.fieldErrors).toStrictEqual({ code: ['The code is not correct.'] });
    expect(fake.verifyCalls.map((call) => call.request.code)).toStrictEqual(['123456', '000000']);
    expect(fake.calls).toHaveLength(0);
  });

  it('given a request without PersonId, should refuse it as the backend does, naming the member', async () => {
    const fake = await gateway();
    const response = await fetch(`${fake.baseUrl}/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`, {
      method: 'POST',
      body: JSON.stringify({ Medium: 'sms' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Errors: { Errors: [{ PropertyName: 'PersonId', ErrorCode: 'NotEmptyValidator' }] } });
  });

  it('given a path it does not serve, should answer 404 as API Management does', async () => {
    const fake = await gateway();
    const response = await fetch(`${fake.baseUrl}/other`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toStrictEqual({ statusCode: 404, message: 'Resource not found' });
  });

  it('given a script of a browser-side failure, should answer 500 saying why', async () => {
    const fake = await gateway({ answers: { type: 'error', kind: 'locked' } });
    const error = await rejection(adapterFor(fake).sendCode({ personId: '42' }));
    expect(error.kind).toBe('server');
    expect(error.formErrors.join(' ')).toMatch(/cannot answer "locked"/);
  });

  it("given a JavaScript caller's { type: 'sent' } in verifyAnswers, should answer 500 naming 'verified'", async () => {
    const fake = await gateway({ verifyPath, verifyAnswers: { type: 'sent' } as unknown as MockVerifyAnswer });
    const error = await rejection(adapterFor(fake).verifyCode?.({ personId: '42', code: '123456' }) ?? Promise.resolve());
    expect(error.kind).toBe('server');
    expect(error.formErrors).toStrictEqual([
      "startFakeGateway: verifyAnswers answered { type: 'sent' }; a code that is right is { type: 'verified' }.",
    ]);
  });

  it('given a verified answer with a hint and a note, should answer what the mock adapter answers in process', async () => {
    const answer: MockVerifyAnswer = {
      type: 'verified',
      hint: 'Welcome back.',
      notes: [{ propertyName: 'Code', message: 'Expires soon.', severity: 'info' }],
    };
    const fake = await gateway({ verifyPath, verifyAnswers: answer });
    const request = { personId: '42', code: '123456' };
    const overHttp = await adapterFor(fake).verifyCode?.(request);
    const inProcess = await createMockAdapter({ verifyAnswers: answer }).verifyCode(request);
    expect({ hint: overHttp?.hint, notes: overHttp?.notes }).toStrictEqual({ hint: inProcess.hint, notes: inProcess.notes });
    expect(inProcess.hint).toBe('Welcome back.');
  });

  it('given options of the wrong type, should throw a TypeError naming the option', async () => {
    await expect(startFakeGateway({ delayMs: -1 })).rejects.toThrow(/delayMs/);
    await expect(startFakeGateway({ answers: [] })).rejects.toThrow(/answers/);
    await expect(startFakeGateway({ verifyAnswers: { type: 'verified' } })).rejects.toThrow(/verifyPath/);
    await expect(startFakeGateway({ sendPath: 'no-slash' })).rejects.toThrow(/sendPath/);
    await expect(startFakeGateway({ port: 70_000 })).rejects.toThrow(/port/);
  });

  it('given the real server handler in front, should answer its request from the script, with the key and the session’s person', async () => {
    const fake = await gateway({ answers: (request) => ({ type: 'sent', hint: `Sent to the phone of ${request.personId}.` }) });
    const handler = createTwoFactorHandler({
      baseUrl: `${fake.baseUrl}/2fa`,
      subscriptionKey: 'server-key',
      resolvePerson: () => ({ personId: 'from-session' }),
    });
    const response = await handler(
      new Request('http://portal.test/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ PersonId: 'someone-else', Medium: 'sms' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Hint: 'Sent to the phone of from-session.' });
    expect(fake.calls[0]?.headers.get('ocp-apim-subscription-key')).toBe('server-key');
  });
});
