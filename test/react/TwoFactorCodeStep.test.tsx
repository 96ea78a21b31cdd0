import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter, TwoFactorCodeStep, type TwoFactorCodeStepProps } from '../../src/index.js';
import { createMockAdapter, type MockAdapter, type MockVerifyAnswer } from '../../src/testing/index.js';
import { axeViolations } from '../axe.js';
import { codeVerified, expiredCode, wrongCode } from '../fixtures/answers.js';
import { fixtureBaseUrl, verifyAnswerWith, verifyCodePath } from '../fixtures/handlers.js';
import { gated } from '../gate.js';
import { renderWithTwoFactor, silenceRenderErrorReports } from '../render.js';
import { setupTestServer } from '../server.js';

const { server } = setupTestServer();

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // Only the WebOTP tests define it; jsdom has no Credential Management API.
  Reflect.deleteProperty(navigator, 'credentials');
});

const ids = { personId: 'P-104522', contextId: 'portal-login', twoFactorId: '2fa-7f3c9e' } as const;
const wrong: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

type StepProps = Omit<TwoFactorCodeStepProps, 'personId'>;

function renderCodeStep(props: StepProps = {}, adapter: MockAdapter = createMockAdapter()) {
  const utils = renderWithTwoFactor(<TwoFactorCodeStep data-testid="code-step" {...ids} {...props} />, { adapter });
  return { ...utils, adapter, root: screen.getByTestId('code-step') };
}

const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const verifyButton = () => screen.getByRole('button', { name: /^(Verify|Checking…)$/ });
const verifiedCodes = (adapter: MockAdapter) => adapter.verifyCalls.map((call) => call.request.code);

/** Lets a request that should not happen reach the adapter before the calls are counted. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Feature-detects as a WebOTP browser whose SMS listener is `get`. */
function stubWebOtp(get: (options: CredentialRequestOptions) => Promise<unknown>) {
  vi.stubGlobal('OTPCredential', class OTPCredential {});
  const spy = vi.fn(get);
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: spy } });
  return spy;
}

describe('TwoFactorCodeStep: one real input', () => {
  it('given the default props, should render one labelled input with the one-time-code attributes', () => {
    const { root } = renderCodeStep();
    const input = codeInput();

    expect(root.querySelectorAll('input')).toHaveLength(1);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('dir', 'ltr');
    expect(input).toHaveAttribute('name', 'code');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAccessibleDescription('Enter the 6-character code we sent you.');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('heading', { name: 'Enter your code' })).toBeInTheDocument();
  });

  it('given the boxes drawn over the input, should hide them from assistive technology', () => {
    const { root } = renderCodeStep({ codeLength: 4 });
    const slots = root.querySelector('.rtf-code-slots');

    expect(slots).toHaveAttribute('aria-hidden', 'true');
    expect(slots?.children).toHaveLength(4);
    expect(codeInput()).toHaveAccessibleDescription('Enter the 4-character code we sent you.');
  });

  it('given typed digits, should fill the boxes in order and mark the next one as the caret', async () => {
    const { user, root } = renderCodeStep();

    await user.type(codeInput(), '123');

    const slots = [...root.querySelectorAll('.rtf-code-slot')];
    expect(slots.map((slot) => slot.getAttribute('data-character') ?? '')).toEqual(['1', '2', '3', '', '', '']);
    expect(slots.map((slot) => slot.hasAttribute('data-active'))).toEqual([false, false, false, true, false, false]);
  });

  it('given a letter-and-digit pattern, should use a text keyboard and keep letters', async () => {
    const { user, adapter } = renderCodeStep({ codePattern: /[A-Z0-9]/i, codeLength: 6 });

    expect(codeInput()).toHaveAttribute('inputmode', 'text');
    await user.type(codeInput(), 'ab-12 cd');

    await waitFor(() => expect(verifiedCodes(adapter)).toEqual(['ab12cd']));
  });

  it('given a page in a right-to-left wrapper, should keep the input and its boxes left-to-right', () => {
    renderWithTwoFactor(
      <div dir="rtl" lang="ar">
        <TwoFactorCodeStep {...ids} />
      </div>,
      { adapter: createMockAdapter() },
    );

    expect(codeInput()).toHaveAttribute('dir', 'ltr');
    expect(codeInput().closest('.rtf-code-field')).toHaveAttribute('dir', 'ltr');
  });

  it('given an adapter without verifyCode, should throw the missing-verifyCode message at render', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});

    silenceRenderErrorReports();
    expect(() =>
      renderWithTwoFactor(<TwoFactorCodeStep {...ids} />, { adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }) }),
    ).toThrowError(
      "this adapter cannot verify codes; pass verifyPath to createHttpAdapter (or the provider's http), or use an adapter with verifyCode",
    );
  });
});

describe('TwoFactorCodeStep: typing, pasting and submitting', () => {
  it('given an incomplete code, should show it and verify nothing', async () => {
    const { user, adapter } = renderCodeStep();

    await user.type(codeInput(), '12a3');
    await settle();

    expect(codeInput()).toHaveValue('123');
    expect(adapter.verifyCalls).toHaveLength(0);
  });

  it.each([
    ['spaces', '123 456'],
    ['dashes', '12-34-56'],
    ['a no-break space and a trailing new line', '123\u00a0456\n'],
  ])('given a pasted code with %s, should show it without them and verify it once', async (_case, pasted) => {
    const { user, adapter } = renderCodeStep();

    await user.click(codeInput());
    await user.paste(pasted);

    expect(codeInput()).toHaveValue('123456');
    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['123456']);
  });

  it('given a whole SMS text pasted, should keep the code in it and verify it once', async () => {
    const { user, adapter } = renderCodeStep();

    await user.click(codeInput());
    await user.paste('Your verification code is 482 913. Do not share it with anyone.');

    expect(codeInput()).toHaveValue('482913');
    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['482913']);
  });

  it('given the last digit typed, should verify exactly once with the whole request and call onVerified', async () => {
    const onVerified = vi.fn();
    const { user, adapter, root } = renderCodeStep({ onVerified });

    await user.type(codeInput(), '123456');

    expect(await within(screen.getByRole('status')).findByText('Code accepted.')).toBeInTheDocument();
    expect(root).toHaveAttribute('data-status', 'verified');
    expect(adapter.verifyCalls.map((call) => call.request)).toEqual([{ ...ids, code: '123456' }]);
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ notes: [] }), { ...ids, code: '123456' });
  });

  it('given more digits typed than the length, should keep the first six and verify once', async () => {
    // The answer waits at a gate: the extra digits are typed while the six are being verified, however slow the machine is.
    const { adapter: gatedAdapter, open } = gated(createMockAdapter());
    const { user, adapter } = renderCodeStep({}, gatedAdapter);

    await user.type(codeInput(), '12345678');

    expect(codeInput()).toHaveValue('123456');
    open();
    await screen.findByText('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['123456']);
  });

  it('given a wrong code typed again unchanged, should not send it again by itself, only when the person submits', async () => {
    const { user, adapter } = renderCodeStep({}, createMockAdapter({ verifyAnswers: wrong }));

    await user.type(codeInput(), '123456');
    await screen.findByText('The code is not correct.');
    await user.clear(codeInput());
    await user.type(codeInput(), '123456');
    await settle();
    expect(verifiedCodes(adapter)).toEqual(['123456']);

    await user.click(verifyButton());
    await waitFor(() => expect(verifiedCodes(adapter)).toEqual(['123456', '123456']));
  });

  it('given a wrong code and then a different one, should verify the new one by itself', async () => {
    const adapter = createMockAdapter({ verifyAnswers: [wrong, { type: 'verified' }] });
    const { user } = renderCodeStep({}, adapter);

    await user.type(codeInput(), '111111');
    await screen.findByText('The code is not correct.');
    // The refused code is selected: typing replaces it.
    await user.keyboard('222222');

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['111111', '222222']);
  });

  it('given autoSubmit off, should wait for the Verify button', async () => {
    const { user, adapter } = renderCodeStep({ autoSubmit: false });

    await user.type(codeInput(), '123456');
    await settle();
    expect(adapter.verifyCalls).toHaveLength(0);

    await user.click(verifyButton());

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['123456']);
  });

  it('given autoSubmit off, should submit with Enter in the input', async () => {
    const { user, adapter } = renderCodeStep({ autoSubmit: false });

    await user.type(codeInput(), '654321{Enter}');

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['654321']);
  });

  it('given an empty input, should send nothing on Verify', async () => {
    const { user, adapter } = renderCodeStep({ autoSubmit: false });

    await user.click(verifyButton());
    await settle();

    expect(adapter.verifyCalls).toHaveLength(0);
  });

  it('given a verify in flight, should say "Checking…", refuse a second click, and send once', async () => {
    // The answer waits at a gate: "Checking…" holds however slow the machine is.
    const { adapter: gatedAdapter, open } = gated(createMockAdapter());
    const { user, adapter } = renderCodeStep({ autoSubmit: false }, gatedAdapter);

    await user.type(codeInput(), '123456');
    await user.click(verifyButton());
    expect(verifyButton()).toHaveTextContent('Checking…');
    expect(verifyButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(verifyButton());
    open();

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(adapter.verifyCalls).toHaveLength(1);
  });
});

describe('TwoFactorCodeStep: refused codes', () => {
  it('given a wrong code, should mark the input invalid, describe it with the message and the attempts left, and focus it', async () => {
    server.use(verifyAnswerWith(wrongCode));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { user } = renderWithTwoFactor(<TwoFactorCodeStep {...ids} />, { adapter });

    await user.type(codeInput(), '000000');

    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    const errorId = codeInput().getAttribute('aria-describedby')?.split(' ')[1] ?? '';
    expect(document.getElementById(errorId)).toHaveTextContent('The code is not correct.4 attempts left.');
    expect(codeInput()).toHaveAccessibleDescription(
      'Enter the 6-character code we sent you. Error: The code is not correct. 4 attempts left.',
    );
    expect(codeInput()).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given a refusal that names nothing, should say the code is not right at the input', async () => {
    const { user } = renderCodeStep({}, createMockAdapter({ verifyAnswers: { type: 'invalid' } }));

    await user.type(codeInput(), '000000');

    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(/That code is not right\. Check it and try again\. 4 attempts left\.$/),
    );
  });

  it('given an expired code, should show the server message alone in an alert and leave the input valid', async () => {
    server.use(verifyAnswerWith(expiredCode));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { user } = renderWithTwoFactor(<TwoFactorCodeStep {...ids} />, { adapter });

    await user.type(codeInput(), '123456');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The code could not be checked');
    expect(alert).toHaveTextContent('The code has expired. Request a new code.');
    // One sentence per failure: no generic "The request was refused." above the server's reason.
    expect(alert).not.toHaveTextContent('The request was refused.');
    expect(alert).not.toHaveTextContent('That code is not right');
    expect(codeInput()).not.toHaveAttribute('aria-invalid');
  });

  it('given an accepted code, should show its success with no Verify left, and send no further verify when the person types on', async () => {
    const { user, adapter, root } = renderCodeStep();

    await user.type(codeInput(), '123456');
    expect(await screen.findByText('Code accepted.')).toBeVisible();
    expect(root).toHaveAttribute('data-status', 'verified');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await user.type(codeInput(), '{Backspace}7{Enter}');
    await settle();

    expect(verifiedCodes(adapter)).toStrictEqual(['123456']);
  });

  it.each([/[0-9]/, /\d/])('given the digits-only pattern %s, should ask for a numeric keyboard', (pattern) => {
    renderCodeStep({ codePattern: pattern });
    expect(codeInput()).toHaveAttribute('inputmode', 'numeric');
  });

  it('given a pattern that takes letters, should ask for a text keyboard', () => {
    renderCodeStep({ codePattern: /[A-Z0-9]/i });
    expect(codeInput()).toHaveAttribute('inputmode', 'text');
  });

  it('given a network failure, should show it in an alert without counting an attempt', async () => {
    const adapter = createMockAdapter({ verifyAnswers: [{ type: 'error', kind: 'network' }, wrong] });
    const { user } = renderCodeStep({}, adapter);

    await user.type(codeInput(), '123456');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached. Check your connection and try again.');

    // The wrong code that follows is the first attempt counted: 4 of 5 left, not 3.
    await user.click(verifyButton());
    await waitFor(() => expect(codeInput()).toHaveAccessibleDescription(/ 4 attempts left\.$/));
  });

  it('given maxAttempts wrong codes, should lock: the lock message in an alert, a read-only input, no Verify, and no further request', async () => {
    const adapter = createMockAdapter({ verifyAnswers: wrong });
    const { user, root } = renderCodeStep({ maxAttempts: 2 }, adapter);

    await user.type(codeInput(), '111111');
    await waitFor(() => expect(codeInput()).toHaveAccessibleDescription(/1 attempt left\.$/));
    await user.keyboard('222222');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes. Request a new code.');
    expect(root).toHaveAttribute('data-status', 'locked');
    expect(codeInput()).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();

    await user.type(codeInput(), '{Enter}');
    await settle();
    expect(verifiedCodes(adapter)).toEqual(['111111', '222222']);
  });

  it("given a locked step and the host's onUseAnotherMethod, should offer it as the way on and call it", async () => {
    const onUseAnotherMethod = vi.fn();
    const { user } = renderCodeStep({ maxAttempts: 1, onUseAnotherMethod }, createMockAdapter({ verifyAnswers: wrong }));

    await user.type(codeInput(), '111111');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes. Request a new code.');
    await user.click(screen.getByRole('button', { name: 'Use another method' }));

    expect(onUseAnotherMethod).toHaveBeenCalledTimes(1);
  });
});

describe('TwoFactorCodeStep: retyping after a wrong code', () => {
  it('given a wrong code, should clear the error styling and the old message at the first new character, and show only the new code', async () => {
    const { user, root } = renderCodeStep({}, createMockAdapter({ verifyAnswers: wrong }));

    await user.type(codeInput(), '111111');
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('The code is not correct.')).toBeVisible();
    // The refused code is selected, so that typing replaces it.
    await waitFor(() => expect(codeInput()).toHaveFocus());
    await user.keyboard('2');

    expect(codeInput()).not.toHaveAttribute('aria-invalid');
    expect(codeInput()).toHaveAccessibleDescription('Enter the 6-character code we sent you.');
    expect(screen.queryByText('The code is not correct.')).not.toBeInTheDocument();
    expect(root).toHaveAttribute('data-status', 'idle');
    expect([...root.querySelectorAll('.rtf-code-slot')].map((slot) => slot.getAttribute('data-character') ?? '')).toEqual([
      '2',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('TwoFactorCodeStep: WebOTP', () => {
  it('given a browser with OTPCredential, should listen for the SMS code and verify the code it receives', async () => {
    const get = stubWebOtp(async () => ({ type: 'otp', code: '123456' }));
    const { adapter } = renderCodeStep();

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(codeInput()).toHaveValue('123456');
    expect(verifiedCodes(adapter)).toEqual(['123456']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith({ otp: { transport: ['sms'] }, signal: expect.any(AbortSignal) });
  });

  it('given the step unmounts while listening, should abort the WebOTP request', async () => {
    const get = stubWebOtp(() => new Promise(() => {}));
    const { unmount } = renderCodeStep();
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    const signal = get.mock.calls[0]?.[0].signal;
    expect(signal?.aborted).toBe(false);

    unmount();

    expect(signal?.aborted).toBe(true);
  });

  it('given the person denies WebOTP, should keep typing working', async () => {
    stubWebOtp(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const { user, adapter } = renderCodeStep();

    await user.type(codeInput(), '123456');

    expect(await screen.findByText('Code accepted.')).toBeInTheDocument();
    expect(verifiedCodes(adapter)).toEqual(['123456']);
  });

  it('given a browser without OTPCredential, should never ask for credentials', async () => {
    const get = vi.fn(async () => ({ code: '123456' }));
    Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
    const { user } = renderCodeStep();

    await user.type(codeInput(), '12');
    await settle();

    expect('OTPCredential' in window).toBe(false);
    expect(get).not.toHaveBeenCalled();
  });

  it('given webOtp false, should not listen even where OTPCredential exists', async () => {
    const get = stubWebOtp(async () => ({ code: '123456' }));
    const { adapter } = renderCodeStep({ webOtp: false });
    await settle();

    expect(get).not.toHaveBeenCalled();
    expect(adapter.verifyCalls).toHaveLength(0);
  });
});

describe('TwoFactorCodeStep: accessibility', () => {
  it('given the idle step, should have no axe violations', async () => {
    const { root } = renderCodeStep();

    expect(await axeViolations(root)).toEqual([]);
  });

  it('given a wrong code, should have no axe violations', async () => {
    const { user, root } = renderCodeStep({}, createMockAdapter({ verifyAnswers: wrong }));
    await user.type(codeInput(), '000000');
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));

    expect(await axeViolations(root)).toEqual([]);
  });

  it('given an expired code, should have no axe violations', async () => {
    const adapter = createMockAdapter({ verifyAnswers: { type: 'invalid', formErrors: ['The code has expired. Request a new code.'] } });
    const { user, root } = renderCodeStep({}, adapter);
    await user.type(codeInput(), '000000');
    await screen.findByRole('alert');

    expect(await axeViolations(root)).toEqual([]);
  });

  it('given a verified code, should have no axe violations', async () => {
    server.use(verifyAnswerWith(codeVerified));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { user, container } = renderWithTwoFactor(<TwoFactorCodeStep {...ids} />, { adapter });
    await user.type(codeInput(), '123456');
    await screen.findByText('Code accepted.');

    expect(await axeViolations(container)).toEqual([]);
  });
});
