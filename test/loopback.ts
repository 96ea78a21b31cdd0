import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach } from 'vitest';

/** A request as a loopback server received it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP server on 127.0.0.1 and a free port, with every request it received. */
export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in order, body included. */
  requests: ReceivedRequest[];
  /** How many connections were opened, whether or not a request completed. */
  connections: () => number;
}

type Handler = (request: ReceivedRequest, response: ServerResponse) => void;

const open: (() => Promise<void>)[] = [];

/**
 * Starts a real `node:http` server on loopback for the current test; it is
 * closed, its connections cut, after the test. Two calls give two origins.
 */
export async function loopback(handler: Handler): Promise<Loopback> {
  const requests: ReceivedRequest[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      handler(received, response);
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The loopback server has no port.');
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { origin: `http://127.0.0.1:${address.port}`, requests, connections: () => connections };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** Answers with a status, headers and a body (JSON for anything but a string). */
export const answer =
  (status: number, body: unknown = '', headers: Record<string, string> = {}): Handler =>
  (_request, response) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(text);
  };

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
