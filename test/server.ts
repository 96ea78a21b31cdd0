import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/**
 * The msw server of one test file: it listens for the whole file, refuses
 * requests no handler expects, drops per-test handlers after each test, and
 * records a readable copy of every request that left, in order.
 */
export function setupTestServer() {
  const server = setupServer();
  const requests: Request[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', ({ request }) => {
      requests.push(request.clone());
    });
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
  return { server, requests };
}
