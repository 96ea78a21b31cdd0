import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { type CreateHttpAdapterOptions, createHttpAdapter, type SendCodeRequest } from '../../src/core/index.js';
import { sentWithHint } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, verifyAnswerWith, verifyCodePath } from '../fixtures/handlers.js';
import { setupTestServer } from '../server.js';

const { server, requests } = setupTestServer();

const request: SendCodeRequest = { personId: '42', medium: 'email' };

function adapter(options: Partial<CreateHttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: fixtureBaseUrl, subscriptionKey: 'test-subscription-key', ...options });
}

async function acceptLanguageSent(locale: unknown, options: Partial<CreateHttpAdapterOptions> = {}) {
  server.use(answerWith(sentWithHint));
  await adapter(options).sendCode(request, { locale: locale as string });
  expect(requests).toHaveLength(1);
  return requests[0]?.headers.get('Accept-Language');
}

describe('createHttpAdapter and the locale', () => {
  it('given the locale fr, should send Accept-Language: fr', async () => {
    expect(await acceptLanguageSent('fr')).toBe('fr');
  });

  it('given a locale in odd case and spacing, should send its canonical form', async () => {
    expect(await acceptLanguageSent(' fr-be ')).toBe('fr-BE');
  });

  it('given no locale, should send no Accept-Language of its own', async () => {
    server.use(answerWith(sentWithHint));
    await adapter().sendCode(request);
    // Node's fetch adds none; the browser adds its own, which the server then reads.
    expect(requests[0]?.headers.get('Accept-Language')).toBeNull();
  });

  it.each([
    ['a number', 5],
    ['text that is no language tag', 'not a tag!'],
    ['an empty tag', ''],
  ])('given %s as the locale, should still send, without an Accept-Language of its own', async (_name, locale) => {
    expect(await acceptLanguageSent(locale)).toBeNull();
  });

  it('given headers that set Accept-Language, should send the host header, not the locale', async () => {
    expect(await acceptLanguageSent('fr', { headers: { 'accept-language': 'nl-BE, nl;q=0.9' } })).toBe('nl-BE, nl;q=0.9');
  });

  it('given a headers function that sets Accept-Language, should send the host header', async () => {
    expect(await acceptLanguageSent('fr', { headers: async () => [['Accept-Language', 'de']] })).toBe('de');
  });

  it('given headers without Accept-Language, should send both the host headers and the locale', async () => {
    expect(await acceptLanguageSent('ar', { headers: { 'X-Portal': 'citizen' } })).toBe('ar');
    expect(requests[0]?.headers.get('X-Portal')).toBe('citizen');
  });

  it('given a verify with a locale, should send it as Accept-Language too', async () => {
    server.use(verifyAnswerWith({ status: 200, body: {} }));
    await adapter({ verifyPath: verifyCodePath }).verifyCode?.({ personId: '42', code: '123456' }, { locale: 'he' });
    expect(requests[0]?.headers.get('Accept-Language')).toBe('he');
  });

  it('given a real server on a loopback port, should put Accept-Language on the wire', async () => {
    const received: IncomingHttpHeaders[] = [];
    const loopback = createServer((incoming, response) => {
      received.push(incoming.headers);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"Hint":"sent"}');
    });
    await new Promise<void>((resolve) => loopback.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(loopback.address() as AddressInfo).port}/2fa`;
      server.use(http.post(`${baseUrl}/*`, () => passthrough()));
      await adapter({ baseUrl }).sendCode(request, { locale: 'pl' });
      await adapter({ baseUrl, headers: { 'Accept-Language': 'pt-BR' } }).sendCode(request, { locale: 'pl' });
      expect(received.map((headers) => headers['accept-language'])).toStrictEqual(['pl', 'pt-BR']);
    } finally {
      loopback.closeAllConnections();
      loopback.close();
    }
  });
});
