import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TwoFactorFlow, type TwoFactorFlowProps } from '../src/index.js';
import { createMockAdapter, type MockAdapter } from '../src/testing/index.js';
import { type AnswerFixture, codeVerified, sentWithHint, wrongCode } from '../test/fixtures/answers.js';
import { fixtureBaseUrl, sendCodeUrl, toHttpResponse, verifyAnswerWith, verifyCodePath } from '../test/fixtures/handlers.js';
import {
  type CatalogueKey,
  catalogue,
  catalogues,
  codeInput,
  demoIds,
  holdClock,
  releaseClock,
  settle,
  withTwoFactorProvider,
} from './support.js';

/** The code the demo server accepts; every other code is wrong. */
const rightCode = '123456';
const hint = 'A code was sent to +32 *** ** 12.';

/** Handlers of both operations that record each body, so play functions can assert what reached the server. */
function flowServer() {
  const seen = { sends: [] as unknown[], verifies: [] as unknown[] };
  const handlers = [
    http.post(sendCodeUrl(fixtureBaseUrl), async ({ request }) => {
      seen.sends.push(await request.json());
      return toHttpResponse(sentWithHint);
    }),
    verifyAnswerWith((body): AnswerFixture => ((body as { Code?: unknown }).Code === rightCode ? codeVerified : wrongCode), {
      onRequest: (body) => seen.verifies.push(body),
    }),
  ];
  // Returns nothing: a story's `beforeEach` treats a returned value as its cleanup.
  const reset = () => {
    seen.sends.length = 0;
    seen.verifies.length = 0;
  };
  return { handlers, seen, reset };
}

// The prompt's options and the code step's, each passed to its step whole.
const sendArgs = {
  mediums: ['sms', 'email'],
  languages: ['en', 'fr', 'nl', 'de'],
  defaultLanguage: 'en',
  cooldownSeconds: 30,
  onSent: fn(),
  onError: fn(),
} satisfies TwoFactorFlowProps['send'];
const verifyArgs = { maxAttempts: 5, onVerified: fn(), onError: fn() } satisfies TwoFactorFlowProps['verify'];

const meta = {
  title: 'Components/TwoFactorFlow',
  component: TwoFactorFlow,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    twoFactor: { adapterOptions: { verifyPath: verifyCodePath } },
    docs: {
      description: {
        component: `The whole step: \`<TwoFactorPrompt>\`, then \`<TwoFactorCodeStep>\` with resend (respecting the cooldown) and a way back to choose another method. The real HTTP adapter with \`verifyPath: '${verifyCodePath}'\` talks to Mock Service Worker, which accepts \`${rightCode}\` and refuses every other code. The last story uses \`createMockAdapter\`.`,
      },
    },
  },
  args: {
    ...demoIds,
    messages: catalogue('en'),
    send: sendArgs,
    verify: verifyArgs,
  },
  argTypes: {
    personId: { control: false },
    contextId: { control: false },
    twoFactorId: { control: false },
    messages: { control: 'select', options: Object.keys(catalogues) as CatalogueKey[], mapping: catalogues },
    adapter: { control: false },
  },
} satisfies Meta<typeof TwoFactorFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------
// Play helpers

const flowRoot = (canvasElement: HTMLElement) => {
  const root = canvasElement.querySelector<HTMLElement>('.rtf-flow');
  if (!root) throw new Error('The flow is not rendered.');
  return root;
};
const resendButton = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('button', { name: /^(Resend code|Resend in \d+ s|Sending…)$/ });

/** Sends a code from the prompt and waits until focus is in the code input. */
async function sendAndReachCodeStep(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send code' }));
  await waitFor(() => expect(codeInput(canvasElement)).toHaveFocus(), { timeout: 3000 });
}

// ---------------------------------------------------------------------------
// Stories

const fullFlow = flowServer();

/** The whole path: send by email, focus moves to the code, the hint is announced, a wrong code, then the right one. */
export const FullFlow: Story = {
  parameters: { msw: { handlers: fullFlow.handlers } },
  beforeEach: () => fullFlow.reset(),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(flowRoot(canvasElement)).toHaveAttribute('data-step', 'send');
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await sendAndReachCodeStep(canvasElement);
    await expect(flowRoot(canvasElement)).toHaveAttribute('data-step', 'verify');
    await expect(flowRoot(canvasElement).querySelector('.rtf-flow-status')).toHaveTextContent(hint);
    await expect(flowRoot(canvasElement).querySelector('.rtf-subtitle')).toHaveTextContent(hint);

    await userEvent.keyboard('000000');
    await waitFor(() => expect(codeInput(canvasElement)).toHaveAttribute('aria-invalid', 'true'));
    await expect(codeInput(canvasElement)).toHaveAccessibleDescription(/The code is not correct\. 4 attempts left\.$/);
    await userEvent.keyboard(rightCode);
    await waitFor(() => expect(canvas.getByText('Code accepted.')).toBeVisible());
    // An ending that ends: no Verify, resend or another method left to press.
    await expect(canvas.queryByRole('button')).toBeNull();

    await expect(fullFlow.seen.sends).toEqual([
      { PersonId: demoIds.personId, Language: 'en', ContextId: demoIds.contextId, TwoFactorId: demoIds.twoFactorId, Medium: 'email' },
    ]);
    await expect(fullFlow.seen.verifies.map((body) => (body as { Code: string }).Code)).toEqual(['000000', rightCode]);
    await expect(args.verify?.onVerified).toHaveBeenCalledTimes(1);
    await expect(args.verify?.onVerified).toHaveBeenCalledWith(expect.objectContaining({ raw: codeVerified.body }), {
      ...demoIds,
      code: rightCode,
    });
  },
};

const coolingDown = flowServer();

/** Right after a send, resend counts down on an aria-disabled button; pressing it sends nothing. */
export const ResendCoolingDown: Story = {
  parameters: { msw: { handlers: coolingDown.handlers } },
  beforeEach: () => {
    coolingDown.reset();
    return holdClock();
  },
  play: async ({ canvasElement }) => {
    await sendAndReachCodeStep(canvasElement);
    const resend = resendButton(canvasElement);
    await waitFor(() => expect(resend).toHaveAccessibleDescription('Resend in 30 s'));
    releaseClock();
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await settle();
    await expect(coolingDown.seen.sends).toHaveLength(1);
  },
};

const resendAgain = flowServer();

/** With `send={{ cooldownSeconds: 2 }}`: once the countdown ends, resend sends one more code and focus returns to the new code input. */
export const ResendAfterCooldown: Story = {
  args: { send: { ...sendArgs, cooldownSeconds: 2 } },
  parameters: { msw: { handlers: resendAgain.handlers } },
  beforeEach: () => resendAgain.reset(),
  play: async ({ canvasElement, args }) => {
    await sendAndReachCodeStep(canvasElement);
    await waitFor(
      () => {
        expect(resendButton(canvasElement)).toHaveTextContent('Resend code');
        expect(resendButton(canvasElement)).not.toHaveAttribute('aria-disabled');
      },
      // The 2 s cooldown ends on the real clock: the bound allows for a loaded machine.
      { timeout: 10_000 },
    );
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(resendAgain.seen.sends).toHaveLength(2));
    await waitFor(() => expect(codeInput(canvasElement)).toHaveFocus());
    await waitFor(() => expect(resendButton(canvasElement)).toHaveAttribute('aria-disabled', 'true'));
    await expect(args.send?.onSent).toHaveBeenCalledTimes(2);
    await settle();
    await expect(resendAgain.seen.sends).toHaveLength(2);
  },
};

/** "Use another method" goes back to the prompt, with focus on the chosen medium; the cooldown still holds there. */
export const UseAnotherMethod: Story = {
  parameters: { msw: { handlers: flowServer().handlers } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await sendAndReachCodeStep(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Use another method' }));
    await expect(flowRoot(canvasElement)).toHaveAttribute('data-step', 'send');
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toHaveFocus());
    await expect(canvas.queryByRole('textbox', { name: 'Verification code' })).toBeNull();
    await waitFor(() => expect(canvas.getByRole('button', { description: /^Resend in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true'));
  },
};

/** After `verify.maxAttempts` wrong codes the code step locks and says when a new code can be requested, which the resend button sends once the cooldown is over. */
export const LockedThenNewCode: Story = {
  args: { send: { ...sendArgs, cooldownSeconds: 1 }, verify: { ...verifyArgs, maxAttempts: 1 } },
  parameters: { msw: { handlers: flowServer().handlers } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await sendAndReachCodeStep(canvasElement);
    await userEvent.keyboard('000000');
    const alert = await canvas.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent(/^The code could not be checkedToo many wrong codes\./);
    // The time goes with the wait: then it only asks for a new code.
    await waitFor(() => expect(alert).toHaveTextContent('Too many wrong codes. Request a new code.'), { timeout: 3000 });
    // Locked: no Verify that could do nothing, and the ways on (resend when the cooldown allows it, another method).
    await expect(canvas.queryByRole('button', { name: 'Verify' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Use another method' })).toBeVisible();
    // The 1 s cooldown ends on the real clock: the bound allows for a loaded machine.
    await waitFor(() => expect(resendButton(canvasElement)).not.toHaveAttribute('aria-disabled'), { timeout: 10_000 });
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(codeInput(canvasElement)).toHaveFocus());
    await userEvent.keyboard(rightCode);
    await waitFor(() => expect(canvas.getByText('Code accepted.')).toBeVisible());
  },
};

// ---------------------------------------------------------------------------
// Testing with createMockAdapter

/** The flow without any HTTP: `createMockAdapter` scripts the send and the verify, and records both. */
export const MockAdapterFlow: Story = {
  loaders: [
    () => ({
      adapter: createMockAdapter({
        answers: { type: 'sent', hint: 'A code was sent to j***@example.com.' },
        verifyAnswers: { type: 'verified' },
      }),
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await sendAndReachCodeStep(canvasElement);
    await expect(flowRoot(canvasElement).querySelector('.rtf-flow-status')).toHaveTextContent('A code was sent to j***@example.com.');
    await userEvent.paste('654-321');
    await waitFor(() => expect(canvas.getByText('Code accepted.')).toBeVisible());
    const adapter = loaded.adapter as MockAdapter;
    await expect(adapter.calls).toHaveLength(1);
    await expect(adapter.verifyCalls.map((call) => call.request)).toEqual([{ ...demoIds, code: '654321' }]);
  },
};
