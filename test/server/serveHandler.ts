import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach } from 'vitest';
import type { TwoFactorHandler } from '../../src/server/index.js';

type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

const open: (() => Promise<void>)[] = [];

/**
 * Serves a handler through a real `node:http` server and `@hono/node-server`,
 * as the README's Express recipe does; `before` runs first on each request,
 * as a middleware mounted before the handler would. Closed after the test.
 */
export async function serveHandler(handler: TwoFactorHandler, before?: (incoming: IncomingMessage) => Promise<void>) {
  const listener: Listener = getRequestListener((request) => handler(request), { overrideGlobalObjects: false });
  const server = createServer((incoming, outgoing) => {
    if (!before) return listener(incoming, outgoing);
    before(incoming).then(() => listener(incoming, outgoing));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { port, origin: `http://127.0.0.1:${port}` };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});
