import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter, isTwoFactorError, TwoFactorPrompt, TwoFactorProvider } from '../../src/index.js';
import { createTwoFactorHandler, type TwoFactorPerson } from '../../src/server/index.js';
import type { MockAnswer } from '../../src/testing/index.js';
import { type FakeGateway, startFakeGateway } from '../../src/testing/node/index.js';
import { invalidMediumAndLanguage } from '../fixtures/answers.js';

// The shipped fake gateway, new for each test, answering `answer` (a hint unless a test says otherwise).
const sent: MockAnswer = { type: 'sent', hint: 'Sent to +32 4** ** ** 12' };
let answer: MockAnswer = sent;
let gateway: FakeGateway;
beforeEach(async () => {
  answer = sent;
  gateway = await startFakeGateway({ answers: () => answer });
});
afterEach(() => gateway.close());
const subscriptionKey = 'round-trip-key-81d0';
let signedIn: TwoFactorPerson | null = { personId: 'person-from-session' };

// The handler served by Node through @hono/node-server, as in the README's Express recipe.
let server: Server;
let baseUrl = '';
beforeAll(async () => {
  // The gateway is new in each test: the handler is created for the one of the test. Its timeoutMs runs from
  // the request's arrival and covers the whole exchange: 4 s leave room for a first request on a busy machine.
  server = createServer(
    getRequestListener((request) =>
      createTwoFactorHandler({ baseUrl: `${gateway.baseUrl}/2fa`, subscriptionKey, timeoutMs: 4000, resolvePerson: () => signedIn })(
        request,
      ),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/2fa`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Two real HTTP hops on a busy machine: more than findBy's default second.
const answered = { timeout: 5000 };

let people = 0;
function renderPrompt() {
  people += 1;
  render(
    <TwoFactorProvider http={{ baseUrl }}>
      <TwoFactorPrompt personId={`browser-person-${people}`} />
    </TwoFactorProvider>,
  );
  return userEvent.setup();
}

// A first render and two real HTTP hops in jsdom: 17.5 s for the first test beside two CPU-bound processes, over the
// unit project's 15 s.
describe('the browser adapter through createTwoFactorHandler', { timeout: 45_000 }, () => {
  it('given the gateway’s field errors, should show them inline at their fields through <TwoFactorPrompt http>', async () => {
    answer = { type: 'http', answer: invalidMediumAndLanguage };
    const user = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    // At the field and as a link in the summary.
    const shown = await screen.findAllByText("'Medium' must be 'email' or 'sms'.", {}, answered);
    for (const text of shown) expect(text).toBeVisible();
    const group = screen.getByRole('group', { name: 'Send the code by' });
    for (const radio of within(group).getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-invalid', 'true');
      expect(radio).toHaveAccessibleDescription("Error: 'Medium' must be 'email' or 'sms'.");
    }
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveAccessibleDescription(
      "Error: 'Language' is not a supported language.",
    );
    // The browser named its own person; the gateway was asked for the session's.
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.body).toMatchObject({ PersonId: 'person-from-session' });
    expect(gateway.calls[0]?.headers.get('ocp-apim-subscription-key')).toBe(subscriptionKey);
  });

  it('given a sent code, should show the gateway’s hint', async () => {
    const user = renderPrompt();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Sent to +32 4** ** ** 12', {}, answered)).toBeVisible();
  });

  it('given no session, should show that the person is not signed in or the session ended', async () => {
    signedIn = null;
    try {
      const user = renderPrompt();
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      expect(await screen.findByRole('alert', {}, answered)).toHaveTextContent('You are not signed in, or your session has ended.');
      expect(gateway.calls).toHaveLength(0);
    } finally {
      signedIn = { personId: 'person-from-session' };
    }
  });

  it('given a gateway that times out or sends an unreadable 2xx, should reject with maybeSent; a gateway rate limit with its wait', async () => {
    const adapter = createHttpAdapter({ baseUrl });
    answer = { type: 'error', kind: 'timeout' };
    const timedOut = await adapter.sendCode({ personId: 'x' }).catch((error: unknown) => error);
    expect(isTwoFactorError(timedOut)).toBe(true);
    expect(timedOut).toMatchObject({ status: 504, maybeSent: true });

    answer = { type: 'http', answer: { status: 200, body: '<html>OK</html>' } };
    const unreadable = await adapter.sendCode({ personId: 'x' }).catch((error: unknown) => error);
    expect(unreadable).toMatchObject({ status: 502, maybeSent: true });

    answer = { type: 'http', answer: { status: 503, body: '<html>down</html>' } };
    const down = await adapter.sendCode({ personId: 'x' }).catch((error: unknown) => error);
    expect(down).toMatchObject({ status: 502, maybeSent: false });

    answer = {
      type: 'http',
      answer: {
        status: 429,
        body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 12 seconds.' },
        headers: { 'Retry-After': '12' },
      },
    };
    const limited = await adapter.sendCode({ personId: 'x' }).catch((error: unknown) => error);
    expect(limited).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 12 });
  });
});
