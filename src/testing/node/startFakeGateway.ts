/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { TwoFactorOperation } from '../../server/TwoFactorOperation.js';
import { createFakeGatewayScript } from '../createFakeGatewayScript.js';
import type { FakeGatewayCall } from '../FakeGatewayCall.js';
import type { FakeGatewayOptions } from '../FakeGatewayOptions.js';
import type { GatewayAnswer } from '../GatewayAnswer.js';

/** Options of `startFakeGateway`. */
export interface StartFakeGatewayOptions extends FakeGatewayOptions {
  /** The port to listen on; `0` takes a free one. @default 0 */
  port?: number | undefined;
  /** The address to listen on. @default '127.0.0.1' (loopback only) */
  host?: string | undefined;
}

/** A running fake gateway. */
export interface FakeGateway {
  /** `http://127.0.0.1:<port>`: the `baseUrl` to give `createTwoFactorHandler` or `createHttpAdapter`. */
  readonly baseUrl: string;
  /** Every send request received, in order. */
  readonly calls: readonly FakeGatewayCall[];
  /** Every verify request received, in order. */
  readonly verifyCalls: readonly FakeGatewayCall<VerifyCodeRequest>[];
  /** Stops listening, cuts open connections and ends every answer still waiting. */
  close(): Promise<void>;
}

// A local app's page may call the fake from another port: it answers CORS like a gateway whose policy allows it.
function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  return origin
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Expose-Headers': 'Retry-After',
        Vary: 'Origin',
      }
    : {};
}

function send(response: ServerResponse, request: IncomingMessage, { status, body, headers }: GatewayAnswer): void {
  const isText = typeof body === 'string';
  response.writeHead(status, {
    'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...corsHeaders(request),
    ...headers,
  });
  response.end(isText ? body : JSON.stringify(body));
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

// The most a fake reads of a body; the library's requests are a few hundred bytes.
const maxRequestBytes = 64 * 1024;

function readText(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxRequestBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxRequestBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Starts a stand-in for the API Management gateway on loopback (a free port unless told), answering
 * the send operation (and the verify one, given `verifyPath`) from the scripts of `createMockAdapter`,
 * so that an app running the real `createTwoFactorHandler` locally or in end-to-end tests has something
 * to call. It answers wherever a request's path ends with an operation's path, records every request,
 * and never sends a code. A `timeout` never answers; a `network` failure drops the connection.
 *
 * @throws {TypeError} for options of the wrong type (a negative `delayMs`, an empty script, a path without a leading `/`).
 *
 * @example
 * const gateway = await startFakeGateway({
 *   answers: (request) => ({ type: 'sent', hint: `A code was sent by ${request.medium ?? 'sms'}.` }),
 * });
 * const handler = createTwoFactorHandler({ baseUrl: gateway.baseUrl, subscriptionKey: 'local', resolvePerson });
 * // …
 * await gateway.close();
 */
export async function startFakeGateway(options: StartFakeGatewayOptions = {}): Promise<FakeGateway> {
  const script = createFakeGatewayScript(options, 'startFakeGateway');
  const { port = 0, host = '127.0.0.1' } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new TypeError(`startFakeGateway: port must be 0 to 65535; got ${String(port)}.`);
  const closing = new AbortController();

  async function answer(request: IncomingMessage, response: ServerResponse, operation: TwoFactorOperation): Promise<void> {
    const text = await readText(request);
    if (text === undefined) return send(response, request, { status: 413, body: { statusCode: 413, message: 'The body is too large.' } });
    // Ends the wait of an answer whose caller went away, or when the gateway closes.
    const gone = new AbortController();
    response.on('close', () => gone.abort());
    const signal = AbortSignal.any([gone.signal, closing.signal]);
    const received = { url: new URL(request.url ?? '/', `http://${request.headers.host ?? host}`).href, headers: toHeaders(request), text };
    const reply = await script.reply(operation, received, signal);
    if (reply.type === 'network') request.socket.destroy();
    else if (reply.type === 'answer') send(response, request, reply.answer);
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://fake');
    const operation = script.operationAt(pathname);
    if (request.method === 'OPTIONS' && operation) {
      response.writeHead(204, {
        ...corsHeaders(request),
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }
    if (request.method !== 'POST' || !operation) {
      // API Management's own answer for an operation it does not have.
      send(response, request, { status: 404, body: { statusCode: 404, message: 'Resource not found' } });
      return;
    }
    answer(request, response, operation).catch((error: unknown) => {
      if (closing.signal.aborted || response.destroyed) return;
      // A script that throws, or answers what a gateway cannot: the developer reads why in the answer.
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) send(response, request, { status: 500, body: { statusCode: 500, message } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('startFakeGateway: the server has no port.');
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closed: Promise<void> | undefined;

  return {
    baseUrl: `http://${hostname}:${address.port}`,
    calls: script.calls,
    verifyCalls: script.verifyCalls,
    close() {
      closing.abort();
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
