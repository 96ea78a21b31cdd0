import type { ServerResponse } from 'node:http';
import { beforeEach } from 'vitest';
import { type Loopback, loopback, type ReceivedRequest } from '../loopback.js';

/** How the fake gateway answers one request; the default is a 200 with a hint. */
export type GatewayScript = (request: ReceivedRequest, response: ServerResponse) => void;

const sent: GatewayScript = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ Hint: 'Sent to +32 4** ** ** 12' }));
};

/**
 * A loopback server standing in for API Management, new for each test:
 * `answer(script)` sets how it answers (a hint unless told), `requests`
 * holds what reached it.
 */
export function setupFakeGateway() {
  let script: GatewayScript = sent;
  let server: Loopback | undefined;
  beforeEach(async () => {
    script = sent;
    server = await loopback((request, response) => script(request, response));
  });
  return {
    /** `http://127.0.0.1:<port>` of this test's gateway. */
    get origin(): string {
      if (!server) throw new Error('The fake gateway starts before each test.');
      return server.origin;
    },
    get requests(): ReceivedRequest[] {
      return server?.requests ?? [];
    },
    answer(next: GatewayScript) {
      script = next;
    },
    /** The parsed JSON body of the only request that reached the gateway. */
    onlyBody(): Record<string, unknown> {
      const { requests } = this;
      if (requests.length !== 1) throw new Error(`expected one gateway request, got ${requests.length}`);
      return JSON.parse((requests[0] as ReceivedRequest).body);
    },
  };
}
