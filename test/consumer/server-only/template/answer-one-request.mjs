// A BFF without React: Node's own http server in front of createTwoFactorHandler, which calls the fake
// gateway of react-two-factor/testing/node. One send goes through; prints what the browser would get.
import { createServer } from 'node:http';
import { createTwoFactorHandler } from 'react-two-factor/server';
import { startFakeGateway } from 'react-two-factor/testing/node';

const gateway = await startFakeGateway({
  answers: (request) => ({ type: 'sent', hint: `A code was sent by ${request.medium} to the phone of ${request.personId}.` }),
});
const handler = createTwoFactorHandler({
  baseUrl: `${gateway.baseUrl}/2fa`,
  subscriptionKey: 'server-only-key',
  resolvePerson: () => ({ personId: 'person-from-session' }),
});

// node:http to the Fetch API and back: what @hono/node-server or an Express adapter does.
const server = createServer(async (incoming, outgoing) => {
  const chunks = [];
  for await (const chunk of incoming) chunks.push(chunk);
  const request = new Request(new URL(incoming.url ?? '/', 'http://127.0.0.1'), {
    method: incoming.method,
    headers: Object.entries(incoming.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
    ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
  });
  const response = await handler(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

try {
  const { port } = server.address();
  const response = await fetch(
    `http://127.0.0.1:${port}/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ PersonId: 'someone-else', Medium: 'sms' }),
    },
  );
  const body = await response.json();
  console.log(`status ${response.status}, hint: ${body.Hint}`);
  const [call] = gateway.calls;
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${JSON.stringify(body)}`);
  if (body.Hint !== 'A code was sent by sms to the phone of person-from-session.') throw new Error(`unexpected hint ${body.Hint}`);
  if (gateway.calls.length !== 1) throw new Error(`expected one gateway call, got ${gateway.calls.length}`);
  if (call.headers.get('ocp-apim-subscription-key') !== 'server-only-key') throw new Error('the gateway did not get the key');
  if (JSON.stringify(body).includes('server-only-key')) throw new Error('the answer holds the key');
  console.log('gateway got the key and the session’s PersonId; the answer holds no key');
} finally {
  server.close();
  await gateway.close();
}
