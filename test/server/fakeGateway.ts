import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** A request the fake gateway received. */
export interface GatewayRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the fake gateway answers one request; the default is a 200 with a hint. */
export type GatewayScript = (request: GatewayRequest, response: ServerResponse) => void;

const sent: GatewayScript = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ Hint: 'Sent to +32 4** ** ** 12' }));
};

/**
 * A loopback HTTP server on 127.0.0.1 standing in for API Management, for
 * one test file: `answer(script)` sets how it answers, `requests` holds what
 * reached it. Between tests it goes back to answering a hint.
 */
export function setupFakeGateway() {
  const requests: GatewayRequest[] = [];
  let script: GatewayScript = sent;
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      script(request, response);
    });
  });
  const gateway = {
    requests,
    /** `http://127.0.0.1:<port>`, set once the server listens. */
    origin: '',
    answer(next: GatewayScript) {
      script = next;
    },
    /** The parsed JSON body of the only request that reached the gateway. */
    onlyBody(): Record<string, unknown> {
      if (requests.length !== 1) throw new Error(`expected one gateway request, got ${requests.length}`);
      return JSON.parse((requests[0] as GatewayRequest).body);
    },
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    gateway.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    requests.length = 0;
    script = sent;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return gateway;
}

/** A script answering JSON with a status and optional headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): GatewayScript {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}
