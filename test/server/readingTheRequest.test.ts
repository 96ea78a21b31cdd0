// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { defaultSendPath } from '../../src/core/index.js';
import type { CreateTwoFactorHandlerOptions, TwoFactorHandler } from '../../src/server/index.js';
import { createTwoFactorHandler } from '../../src/server/index.js';
import { answer as json, sleep } from '../loopback.js';
import { setupFakeGateway } from './fakeGateway.js';
import { rawPost } from './rawPost.js';
import { serveHandler } from './serveHandler.js';

const gateway = setupFakeGateway();
const subscriptionKey = 'reading-test-key-7c1e';
const path = `/api/2fa${defaultSendPath}`;
const validBody = JSON.stringify({ Medium: 'sms', Language: 'fr-BE', TwoFactorId: 'tf-1' });

function handler(options: Partial<CreateTwoFactorHandlerOptions> = {}) {
  return createTwoFactorHandler({
    baseUrl: `${gateway.origin}/2fa`,
    subscriptionKey,
    resolvePerson: () => ({ personId: 'person-from-session' }),
    ...options,
  });
}

async function post(handle: TwoFactorHandler, body: BodyInit, init: RequestInit = {}) {
  const request = new Request(`http://portal.test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
    ...init,
  } as RequestInit);
  const response = await handle(request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A body stream that gives `start` and then nothing, ever; `pulled` resolves once the handler waits for more. */
function stalledBody(start: string) {
  let pulls = 0;
  let markPulled: () => void = () => {};
  const pulled = new Promise<void>((resolve) => {
    markPulled = resolve;
  });
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (pulls === 1) controller.enqueue(new TextEncoder().encode(start));
      else {
        markPulled();
        return new Promise<void>(() => {});
      }
    },
  });
  return { stream, pulled };
}

const headersFor = (length: number) => ({ 'Content-Type': 'application/json', 'Content-Length': String(length) });

describe('createTwoFactorHandler, reading the request', () => {
  describe('given a body that does not arrive in time', () => {
    it('given 10 bytes and then nothing, should answer 408 at the deadline and call nobody', async () => {
      const { port } = await serveHandler(handler({ timeoutMs: 300 }));
      const client = rawPost(port, { path, headers: headersFor(validBody.length), start: validBody.slice(0, 10) });
      const answer = await client.answer;
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body)).toStrictEqual({ statusCode: 408, message: 'The body did not arrive within 300 ms.' });
      // Node's own request timeout is 300 s: the handler's deadline answered, not Node.
      expect(answer.elapsedMs).toBeLessThan(10_000);
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a body that drips a byte a second, should answer 408 at the deadline, long before the body ends', async () => {
      const { port } = await serveHandler(handler({ timeoutMs: 1500 }));
      const client = rawPost(port, { path, headers: headersFor(validBody.length), start: validBody.slice(0, 1) });
      let sent = 1;
      const drip = setInterval(() => {
        if (sent < validBody.length) client.write(validBody.slice(sent, ++sent));
      }, 1000);
      try {
        const answer = await client.answer;
        expect(answer.status).toBe(408);
        expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 408 });
        // Read to its end, this body is valid and would have been forwarded.
        expect(sent).toBeLessThan(validBody.length);
      } finally {
        clearInterval(drip);
      }
      expect(gateway.requests).toHaveLength(0);
    });

    it('given 100 stalled requests at once, should answer every one 408 promptly', async () => {
      const { port } = await serveHandler(handler({ timeoutMs: 500 }));
      const clients = Array.from({ length: 100 }, () =>
        rawPost(port, { path, headers: headersFor(validBody.length), start: validBody.slice(0, 10) }),
      );
      const answers = await Promise.all(clients.map((client) => client.answer));
      expect(answers.map((answer) => answer.status)).toStrictEqual(answers.map(() => 408));
      expect(Math.max(...answers.map((answer) => answer.elapsedMs))).toBeLessThan(15_000);
      expect(gateway.requests).toHaveLength(0);
    });

    it('given an aborted request.signal, should stop reading at once, long before the deadline, and call nobody', async () => {
      const controller = new AbortController();
      const { stream, pulled } = stalledBody(validBody.slice(0, 10));
      const answering = post(handler({ timeoutMs: 60_000 }), stream, { signal: controller.signal });
      await pulled;
      const abortedAt = performance.now();
      controller.abort();
      const { status, body } = await answering;
      expect(performance.now() - abortedAt).toBeLessThan(5000);
      expect(status).toBe(408);
      expect(body).toStrictEqual({ statusCode: 408, message: 'The request was cancelled before its body arrived.' });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a client that hangs up mid-body behind node:http, should settle at once rather than at the deadline', async () => {
      let settled: (elapsedMs: number) => void = () => {};
      const settledAfter = new Promise<number>((resolve) => {
        settled = resolve;
      });
      const handle = handler({ timeoutMs: 60_000 });
      const { port } = await serveHandler(async (request) => {
        const started = performance.now();
        const response = await handle(request);
        settled(performance.now() - started);
        return response;
      });
      const client = rawPost(port, { path, headers: headersFor(validBody.length), start: validBody.slice(0, 10) });
      client.answer.catch(() => {});
      await sleep(200);
      client.socket.destroy();
      expect(await settledAfter).toBeLessThan(10_000);
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a body that took most of timeoutMs, should give the gateway only what is left of it', async () => {
      gateway.answer(() => {});
      const onError = vi.fn();
      // The body arrives 2000 ms after the handler starts reading it (no pull before: highWaterMark 0), so more
      // than 2000 ms after the request's arrival.
      let pulls = 0;
      const stream = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            pulls += 1;
            if (pulls > 1) return;
            await sleep(2000);
            controller.enqueue(new TextEncoder().encode(validBody));
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
      const { status, body } = await post(handler({ timeoutMs: 3000, onError }), stream);
      expect(status).toBe(504);
      expect(body).toMatchObject({ statusCode: 504, MaybeSent: true });
      const waited = Number(/within (\d+) ms/.exec(String(onError.mock.calls[0]?.[0]?.message))?.[1]);
      expect(waited).toBeGreaterThan(0);
      // At most 1000 ms (of 3000); a timer may fire a millisecond early.
      expect(waited).toBeLessThanOrEqual(1010);
    });

    it('given a limit that spends the whole timeoutMs, should answer 504 without calling the gateway', async () => {
      const onError = vi.fn();
      const limit = async () => {
        await sleep(400);
        return { ok: true as const };
      };
      const { status, body } = await post(handler({ timeoutMs: 200, limit, onError }), validBody);
      expect(status).toBe(504);
      expect(body).toStrictEqual({ statusCode: 504, message: 'The two-factor service did not answer in time.' });
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'timeout' });
      expect(gateway.requests).toHaveLength(0);
    });
  });

  describe('given a member named twice', () => {
    it.each([
      ['the same spelling', '{"Medium":"sms","Medium":"email"}', 'Medium is named twice: send each member once.'],
      ['another case', '{"Medium":"sms","medium":"email"}', 'Medium is named twice ("Medium" and "medium"): send each member once.'],
      ['an escaped spelling', '{"Medium":"sms","\\u004dedium":"email"}', 'Medium is named twice: send each member once.'],
      [
        'a member the handler drops',
        '{"Medium":"sms","Extra":1,"EXTRA":2}',
        'Extra is named twice ("Extra" and "EXTRA"): send each member once.',
      ],
    ])('given %s, should answer 400 naming it and call nobody', async (_name, body, message) => {
      const answer = await post(handler(), body);
      expect(answer.status).toBe(400);
      expect(answer.body).toStrictEqual({ statusCode: 400, message });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given names repeated only inside nested values or inside strings, should forward the body', async () => {
      const body = '{"Medium":"sms","TwoFactorId":"a\\",\\"medium\\":\\"x{[,","Extra":{"a":1,"a":2},"List":[{"Medium":1}]}';
      const { status } = await post(handler(), body);
      expect(status).toBe(200);
      expect(gateway.onlyBody()).toStrictEqual({ PersonId: 'person-from-session', Medium: 'sms', TwoFactorId: 'a","medium":"x{[,' });
    });
  });

  describe('given a Language', () => {
    it.each([
      ['a header injection', 'en\r\nX-Injected: 1'],
      ['markup', '<b>en</b>'],
      ['5 KB of private-use subtags', `en-x-${'abcdefgh-'.repeat(560)}a`],
      ['5 KB of letters', 'a'.repeat(5120)],
      ['an empty string', ''],
    ])('given %s, should answer 400 without repeating it, and call nobody', async (_name, language) => {
      const { status, body } = await post(handler(), JSON.stringify({ Medium: 'sms', Language: language }));
      expect(status).toBe(400);
      expect(body).toStrictEqual({ statusCode: 400, message: 'Language must be a BCP 47 language tag, e.g. "fr-BE".' });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a tag with script and region, should forward it', async () => {
      await post(handler(), JSON.stringify({ Medium: 'sms', language: 'zh-Hant-TW' }));
      expect(gateway.onlyBody()).toMatchObject({ Language: 'zh-Hant-TW' });
    });
  });

  describe('given the gateway’s answer', () => {
    it.each([600, 999])('given HTTP %i, should answer 502 with MaybeSent and report it as the gateway’s', async (gatewayStatus) => {
      gateway.answer(json(gatewayStatus, { Hint: 'Sent' }));
      const onError = vi.fn();
      const { status, body } = await post(handler({ onError }), validBody);
      expect(status).toBe(502);
      expect(body).toStrictEqual({ statusCode: 502, message: expect.any(String), MaybeSent: true });
      expect(onError).toHaveBeenCalledOnce();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'invalid-response', status: gatewayStatus });
    });

    it('given both StatusCode and statusCode, should keep both', async () => {
      gateway.answer(json(400, { StatusCode: 200, statusCode: 400, message: 'One or more errors.', STATUSCODE: 7 }));
      const { status, body } = await post(handler(), validBody);
      expect(status).toBe(400);
      expect(body).toStrictEqual({ StatusCode: 200, statusCode: 400, message: 'One or more errors.' });
    });
  });

  describe('given a body something upstream already read', () => {
    const alreadyRead = /already read before this handler: mount the handler before any body parser \(such as express\.json\(\)\)/;

    it('given a parser like express.json() before the handler behind node:http, should answer 400 saying so', async () => {
      const { origin } = await serveHandler(handler(), async (incoming) => {
        // What express.json() does: read the stream to its end and keep the parsed body on the request.
        const chunks: Buffer[] = [];
        for await (const chunk of incoming) chunks.push(chunk as Buffer);
        Object.assign(incoming, { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      });
      const response = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: validBody,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toStrictEqual({ statusCode: 400, message: expect.stringMatching(alreadyRead) });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given a Request whose body was used, should answer 400 saying so', async () => {
      const request = new Request(`http://portal.test${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: validBody,
      });
      await request.text();
      const response = await handler()(request);
      expect(response.status).toBe(400);
      expect(await response.json()).toStrictEqual({ statusCode: 400, message: expect.stringMatching(alreadyRead) });
      expect(gateway.requests).toHaveLength(0);
    });

    it('given an empty body without a length, should answer 400 saying it must be an object and what may have read it', async () => {
      const { status, body } = await post(handler(), '');
      expect(status).toBe(400);
      expect(body.message).toMatch(
        /^The body is empty; it must be a JSON object\. If it was sent, mount the handler before any body parser/,
      );
    });
  });
});
