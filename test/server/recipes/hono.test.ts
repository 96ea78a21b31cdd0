import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGateway, startFakeGateway } from '../../../src/testing/node/index.js';

// The Hono recipe of docs/frameworks.mdx, run as it is: the environment is set before it is imported.
const origin = 'https://portal.example';
const sendPath = '/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson';
let gateway: FakeGateway;
let app: typeof import('./hono.js')['app'];
beforeAll(async () => {
  gateway = await startFakeGateway({ answers: (request) => ({ type: 'sent', hint: `Sent to ${request.personId}.` }) });
  process.env.APIM_BASE_URL = `${gateway.baseUrl}/2fa`;
  process.env.APIM_SUBSCRIPTION_KEY = 'hono-recipe-key-5a1e';
  process.env.APP_ORIGIN = origin;
  ({ app } = await import('./hono.js'));
});
afterAll(async () => {
  await gateway.close();
  delete process.env.APIM_BASE_URL;
  delete process.env.APIM_SUBSCRIPTION_KEY;
  delete process.env.APP_ORIGIN;
});

function send(headers: Record<string, string>) {
  return app.request(sendPath, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin, ...headers }, body: '{}' });
}

describe('the Hono recipe', () => {
  it("given a session, should send to the session's person with the key and answer the hint", async () => {
    const response = await send({ Cookie: 'session=person-from-session' });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Hint: 'Sent to person-from-session.' });
    expect(gateway.calls.at(-1)?.request.personId).toBe('person-from-session');
    expect(gateway.calls.at(-1)?.headers.get('Ocp-Apim-Subscription-Key')).toBe('hono-recipe-key-5a1e');
  });

  it('given no session, should answer 401 and call nobody', async () => {
    const before = gateway.calls.length;

    const response = await send({});

    expect(response.status).toBe(401);
    expect(gateway.calls).toHaveLength(before);
  });
});
