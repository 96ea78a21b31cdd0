import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TwoFactorFlow, type TwoFactorFlowProps } from '../../src/index.js';
import { createMockAdapter, type MockAdapter, type MockVerifyAnswer } from '../../src/testing/index.js';
import { axeViolations } from '../axe.js';
import { holdClock } from '../clock.js';
import { renderWithTwoFactor, silenceRenderErrorReports } from '../render.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// Cooldowns are kept per person for the page's lifetime, so every test has a person of its own.
let people = 0;
function nextPerson(): string {
  people += 1;
  return `flow-person-${people}`;
}

const hint = 'A code was sent to +32 *** ** 12.';
const wrong: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

type FlowProps = Omit<TwoFactorFlowProps, 'personId'>;

function renderFlow(
  { send, ...props }: FlowProps = {},
  adapter: MockAdapter = createMockAdapter({ answers: { type: 'sent', hint } }),
  user?: Parameters<typeof renderWithTwoFactor>[1]['user'],
) {
  const personId = nextPerson();
  const utils = renderWithTwoFactor(
    <TwoFactorFlow
      data-testid="flow"
      personId={personId}
      contextId="portal-login"
      send={{ languages: ['en', 'fr'], defaultLanguage: 'en', ...send }}
      {...props}
    />,
    { adapter, ...(user && { user }) },
  );
  return { ...utils, adapter, personId, root: screen.getByTestId('flow') };
}

const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const resendButton = () => screen.getByRole('button', { name: /^(Resend code|Resend in \d+ s|Sending…)$/ });

/**
 * Waits until the cooldown is over and the resend button is enabled; returns it. The cooldown ends on the
 * real clock: the bound is far past its second, as a loaded machine may take seconds to get there.
 */
async function resendWhenReady() {
  await waitFor(
    () => {
      expect(resendButton()).toHaveTextContent('Resend code');
      expect(resendButton()).not.toHaveAttribute('aria-disabled');
    },
    { timeout: 10_000 },
  );
  return resendButton();
}

/** Sends a code from the prompt and waits for the code step. */
async function sendAndReachCodeStep(utils: ReturnType<typeof renderFlow>) {
  await utils.user.click(screen.getByRole('button', { name: 'Send code' }));
  await waitFor(() => expect(utils.root).toHaveAttribute('data-step', 'verify'));
}

describe('TwoFactorFlow', () => {
  it('given a code sent, should move focus into the code input and announce the hint in a status region', async () => {
    const utils = renderFlow();
    await sendAndReachCodeStep(utils);

    await waitFor(() => expect(codeInput()).toHaveFocus());
    expect(utils.root.querySelector('.rtf-flow-status')).toHaveTextContent(hint);
    // Shown where the code step says where the code went; the ways on (resend, another method) are its actions.
    expect(utils.root.querySelector('.rtf-subtitle')).toHaveTextContent(hint);
    expect(utils.root.querySelector('.rtf-actions')).toHaveTextContent(/Resend in \d+ s.*Use another method$/);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(utils.adapter.calls.map((call) => call.request)).toEqual([
      { personId: utils.personId, contextId: 'portal-login', medium: 'sms', language: 'en' },
    ]);
  });

  it('given a send without a hint, should announce the default sent message', async () => {
    const utils = renderFlow({}, createMockAdapter({ answers: { type: 'sent' } }));
    await sendAndReachCodeStep(utils);

    expect(screen.getAllByRole('status')[0]).toHaveTextContent('A code is on its way.');
  });

  it('given the code step, should show the resend cooldown on an aria-disabled button that sends nothing', async () => {
    holdClock();
    const utils = renderFlow({ send: { cooldownSeconds: 30 } });
    await sendAndReachCodeStep(utils);

    await waitFor(() => expect(resendButton()).toHaveAccessibleDescription('Resend in 30 s'));
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');
    await utils.user.click(resendButton());

    expect(utils.adapter.calls).toHaveLength(1);
  });

  it('given the cooldown is over, should resend once more with the same request and restart the cooldown', async () => {
    const adapter = createMockAdapter({
      answers: [
        { type: 'sent', hint },
        { type: 'sent', hint: 'Another code was sent to +32 *** ** 12.' },
      ],
    });
    const onSent = vi.fn();
    const utils = renderFlow({ send: { cooldownSeconds: 1, onSent } }, adapter);
    await sendAndReachCodeStep(utils);

    await utils.user.click(await resendWhenReady());

    await waitFor(() => expect(utils.root.querySelector('.rtf-flow-status')).toHaveTextContent('Another code was sent to +32 *** ** 12.'));
    expect(adapter.calls).toHaveLength(2);
    expect(adapter.calls[1]?.request).toEqual(adapter.calls[0]?.request);
    expect(onSent).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(resendButton()).toHaveAttribute('aria-disabled', 'true'));
  });

  it('given a resend, should keep focus in the code step on the new code input', async () => {
    const utils = renderFlow({ send: { cooldownSeconds: 1 } });
    await sendAndReachCodeStep(utils);

    await utils.user.click(await resendWhenReady());
    await waitFor(() => expect(utils.adapter.calls).toHaveLength(2));

    await waitFor(() => expect(codeInput()).toHaveFocus());
  });

  it('given the code step is locked, should unlock with a fresh code after a resend', async () => {
    const adapter = createMockAdapter({ answers: { type: 'sent', hint }, verifyAnswers: [wrong, { type: 'verified' }] });
    const utils = renderFlow({ send: { cooldownSeconds: 1 }, verify: { maxAttempts: 1 } }, adapter);
    await sendAndReachCodeStep(utils);

    await utils.user.type(codeInput(), '111111');
    // With the seconds left, or without them once the 1 s cooldown has run out: the next test shows which, when.
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The code could not be checkedToo many wrong codes\./);
    // Locked, the step offers its ways on and no Verify that could do nothing.
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use another method' })).toBeVisible();
    await utils.user.click(await resendWhenReady());
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await utils.user.type(codeInput(), '222222');

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(adapter.verifyCalls.map((call) => call.request.code)).toEqual(['111111', '222222']);
  });

  it('given the code step locked while the resend is held, should say when a new code can be requested, counting with the resend button, and say only "Request a new code" once it can', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Testing Library drains its own timers through `jest` when it sees fake ones.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    try {
      const advance = (ms: number) =>
        act(async () => {
          await vi.advanceTimersByTimeAsync(ms);
        });
      const adapter = createMockAdapter({ answers: { type: 'sent', hint }, verifyAnswers: [wrong] });
      const utils = renderFlow({ send: { cooldownSeconds: 30 }, verify: { maxAttempts: 1 } }, adapter, {
        advanceTimers: (ms) => vi.advanceTimersByTime(ms),
      });
      await utils.user.click(screen.getByRole('button', { name: 'Send code' }));
      await advance(3000);
      await utils.user.type(codeInput(), '111111');
      await advance(0);
      const lock = () => screen.getByRole('alert').querySelector('li')?.textContent;

      expect(lock()).toBe('Too many wrong codes. You can request a new code in 27 s.');
      expect(resendButton()).toHaveAccessibleDescription('Resend in 27 s');
      await advance(1000);
      expect(lock()).toBe('Too many wrong codes. You can request a new code in 26 s.');
      expect(resendButton()).toHaveAccessibleDescription('Resend in 26 s');

      await advance(26_000);
      expect(lock()).toBe('Too many wrong codes. Request a new code.');
      expect(resendButton()).not.toHaveAttribute('aria-disabled');
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('given "Use another method", should go back to the prompt with focus on the chosen medium and the cooldown kept', async () => {
    holdClock();
    const utils = renderFlow({ send: { cooldownSeconds: 30 } });
    await sendAndReachCodeStep(utils);

    await utils.user.click(screen.getByRole('button', { name: 'Use another method' }));

    expect(utils.root).toHaveAttribute('data-step', 'send');
    expect(screen.queryByRole('textbox', { name: 'Verification code' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toHaveFocus());
    await waitFor(() => expect(screen.getByRole('button', { description: 'Resend in 30 s' })).toHaveAttribute('aria-disabled', 'true'));
  });

  it('given the right code, should call onVerified with the result and the request', async () => {
    const onVerified = vi.fn();
    const adapter = createMockAdapter({ answers: { type: 'sent', hint }, verifyAnswers: { type: 'verified', hint: 'Welcome back.' } });
    const utils = renderFlow({ twoFactorId: '2fa-7f3c9e', verify: { onVerified } }, adapter);
    await sendAndReachCodeStep(utils);

    await utils.user.type(codeInput(), '123456');

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    // An ending that ends: nothing left to press.
    expect(utils.root.querySelectorAll('button')).toHaveLength(0);
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ hint: 'Welcome back.' }), {
      personId: utils.personId,
      contextId: 'portal-login',
      twoFactorId: '2fa-7f3c9e',
      code: '123456',
    });
  });

  it('given a wrong code in the flow, should mark the input and say how many attempts are left', async () => {
    const utils = renderFlow({}, createMockAdapter({ answers: { type: 'sent', hint }, verifyAnswers: wrong }));
    await sendAndReachCodeStep(utils);

    await utils.user.type(codeInput(), '000000');

    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(codeInput()).toHaveAccessibleDescription(/The code is not correct\. 4 attempts left\.$/);
  });

  it('given an adapter without verifyCode, should throw the missing-verifyCode message before any code is sent', () => {
    const adapter = createMockAdapter({ verify: false });
    silenceRenderErrorReports();

    expect(() => renderWithTwoFactor(<TwoFactorFlow personId={nextPerson()} />, { adapter })).toThrowError(
      "this adapter cannot verify codes; pass verifyPath to createHttpAdapter (or the provider's http), or use an adapter with verifyCode",
    );
    expect(adapter.calls).toHaveLength(0);
  });

  it('given the code step idle, with an error and verified, should have no axe violations', async () => {
    const adapter = createMockAdapter({ answers: { type: 'sent', hint }, verifyAnswers: [wrong, { type: 'verified' }] });
    const utils = renderFlow({}, adapter);
    await sendAndReachCodeStep(utils);
    expect(await axeViolations(utils.root)).toEqual([]);

    await utils.user.type(codeInput(), '000000');
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(await axeViolations(utils.root)).toEqual([]);

    await utils.user.keyboard('123456');
    await screen.findByText('Code accepted.');
    expect(await axeViolations(utils.root)).toEqual([]);
  });
});
