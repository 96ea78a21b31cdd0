import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHttpAdapter,
  type TwoFactorAdapter,
  TwoFactorError,
  type UseVerifyTwoFactorCodeOptions,
  type UseVerifyTwoFactorCodeResult,
  useVerifyTwoFactorCode,
  type VerifyCodeRequest,
} from '../../src/index.js';
import { createMockAdapter, type MockVerifyAnswer } from '../../src/testing/index.js';
import { codeVerified, expiredCode, wrongCode } from '../fixtures/answers.js';
import { fixtureBaseUrl, verifyAnswerWith, verifyCodePath } from '../fixtures/handlers.js';
import { type RenderWithTwoFactorOptions, renderWithTwoFactor, silenceRenderErrorReports } from '../render.js';
import { setupTestServer } from '../server.js';

const { server } = setupTestServer();

afterEach(() => {
  vi.restoreAllMocks();
});

const request: VerifyCodeRequest = { personId: 'P-1', contextId: 'portal-login', code: '123456' };
const wrong: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

interface Latest {
  current: UseVerifyTwoFactorCodeResult;
}

/** A host component: what it renders is what a person sees. */
function VerifyPanel({ options, latest }: { options: UseVerifyTwoFactorCodeOptions | undefined; latest: Latest }) {
  const verify = useVerifyTwoFactorCode(options);
  latest.current = verify;
  return (
    <section>
      <p>State: {verify.isLocked ? 'locked' : verify.status}</p>
      <p>Attempts left: {verify.attemptsLeft}</p>
      {verify.serverFieldErrors.code?.map((message) => (
        <p key={message}>Code: {message}</p>
      ))}
      {verify.serverFormErrors.length > 0 && <p role="alert">{verify.serverFormErrors.join(' ')}</p>}
    </section>
  );
}

function renderVerify(options: UseVerifyTwoFactorCodeOptions | undefined, renderOptions: RenderWithTwoFactorOptions) {
  const latest = { current: undefined } as unknown as Latest;
  const utils = renderWithTwoFactor(<VerifyPanel options={options} latest={latest} />, renderOptions);
  return { ...utils, latest };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Submits one code, waits for its answer, and checks that the hook shows `state`. */
async function submit(latest: Latest, state: string, code = request.code) {
  await act(async () => {
    await latest.current.mutateAsync({ ...request, code }).catch(() => {});
  });
  expect(await screen.findByText(`State: ${state}`)).toBeInTheDocument();
}

describe('useVerifyTwoFactorCode', () => {
  it('given ten synchronous mutate calls, should call verifyCode exactly once', async () => {
    const adapter = createMockAdapter();
    const { latest } = renderVerify(undefined, { adapter });

    act(() => {
      for (let i = 0; i < 10; i += 1) latest.current.mutate(request);
    });

    expect(await screen.findByText('State: success')).toBeInTheDocument();
    expect(adapter.verifyCalls).toHaveLength(1);
  });

  it('given an unmount while verifying, should abort the signal verifyCode received and not call onError', async () => {
    const onError = vi.fn();
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const { latest, unmount } = renderVerify({ onError }, { adapter });

    act(() => latest.current.mutate(request));
    await screen.findByText('State: pending');
    const signal = adapter.verifyCalls[0]?.signal;
    expect(signal?.aborted).toBe(false);

    unmount();
    await sleep(10);

    expect(signal?.aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  it('given a host QueryClient whose mutations retry 3 times, should call verifyCode once on a server failure', async () => {
    const adapter = createMockAdapter({ verifyAnswers: { type: 'error', kind: 'server', status: 503 } });
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
    const { latest } = renderVerify(undefined, { adapter, queryClient });

    await submit(latest, 'error');
    await sleep(20);

    expect(adapter.verifyCalls).toHaveLength(1);
    expect(latest.current.failureCount).toBe(1);
    expect(latest.current.error?.kind).toBe('server');
  });

  it('given a wrong code answered with a failure on Code, should show it in fieldErrors.code and nothing in formErrors', async () => {
    server.use(verifyAnswerWith(wrongCode));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { latest } = renderVerify(undefined, { adapter });

    await submit(latest, 'error');

    expect(screen.getByText('Code: The code is not correct.')).toBeInTheDocument();
    expect(latest.current.serverFieldErrors).toEqual({ code: ['The code is not correct.'] });
    expect(latest.current.serverFormErrors).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given an expired code answered in ErrorMessages, should show it in formErrors and no field error', async () => {
    server.use(verifyAnswerWith(expiredCode));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { latest } = renderVerify(undefined, { adapter });

    await submit(latest, 'error');

    expect(screen.getByRole('alert')).toHaveTextContent('The code has expired. Request a new code.');
    expect(latest.current.serverFieldErrors).toEqual({});
  });

  it('given 5 wrong codes, should be locked with no attempts left and send nothing on a 6th submit', async () => {
    const adapter = createMockAdapter({ verifyAnswers: wrong });
    const { latest } = renderVerify(undefined, { adapter });

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await submit(latest, 'error', `00000${attempt}`);
      expect(screen.getByText(`Attempts left: ${5 - attempt}`)).toBeInTheDocument();
    }
    await submit(latest, 'locked', '000005');
    expect(screen.getByText('Attempts left: 0')).toBeInTheDocument();

    act(() => latest.current.mutate({ ...request, code: '123456' }));
    await expect(latest.current.mutateAsync({ ...request, code: '123456' })).rejects.toMatchObject({ kind: 'locked' });
    await sleep(20);

    expect(adapter.verifyCalls).toHaveLength(5);
    expect(screen.getByText('State: locked')).toBeInTheDocument();
  });

  it('given maxAttempts 2, should lock after the second wrong code', async () => {
    const adapter = createMockAdapter({ verifyAnswers: wrong });
    const { latest } = renderVerify({ maxAttempts: 2 }, { adapter });

    await submit(latest, 'error', '000001');
    expect(screen.getByText('Attempts left: 1')).toBeInTheDocument();
    await submit(latest, 'locked', '000002');

    expect(adapter.verifyCalls).toHaveLength(2);
  });

  it('given a network failure, should not count it as an attempt', async () => {
    const adapter = createMockAdapter({ verifyAnswers: [{ type: 'error', kind: 'network' }, wrong] });
    const { latest } = renderVerify({ maxAttempts: 2 }, { adapter });

    await submit(latest, 'error');
    expect(latest.current.error?.kind).toBe('network');
    expect(screen.getByText('Attempts left: 2')).toBeInTheDocument();

    await submit(latest, 'error', '000001');
    expect(screen.getByText('Attempts left: 1')).toBeInTheDocument();
  });

  it('given an expired code (a form-level refusal), should not count it as a wrong code', async () => {
    const adapter = createMockAdapter({ verifyAnswers: { type: 'invalid', formErrors: ['The code has expired.'] } });
    const { latest } = renderVerify({ maxAttempts: 2 }, { adapter });

    await submit(latest, 'error');
    expect(screen.getByText('Attempts left: 2')).toBeInTheDocument();
  });

  it('given an empty code refused before sending, should send nothing and not count an attempt', async () => {
    const adapter = createMockAdapter();
    const { latest } = renderVerify({ maxAttempts: 2 }, { adapter });

    await submit(latest, 'error', '  ');
    expect(adapter.verifyCalls.map((call) => call.request.code)).toStrictEqual(['  ']);
    expect(latest.current.error?.status).toBeUndefined();
    expect(screen.getByText('Attempts left: 2')).toBeInTheDocument();
  });

  it('given timeoutMs and an adapter that never answers, should fail with timeout without counting an attempt', async () => {
    const onError = vi.fn();
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const { latest } = renderVerify({ timeoutMs: 20, onError }, { adapter });

    await submit(latest, 'error');

    expect(latest.current.error?.kind).toBe('timeout');
    expect(screen.getByText('Attempts left: 5')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'timeout' }), request);
  });

  it('given a right code, should be verified and call onVerified with the result and the request', async () => {
    const onVerified = vi.fn();
    server.use(verifyAnswerWith(codeVerified));
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath });
    const { latest } = renderVerify({ onVerified }, { adapter });

    await submit(latest, 'success');

    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(onVerified).toHaveBeenCalledWith({ notes: [], raw: codeVerified.body }, request);
  });

  it('given cancel while verifying, should abort the call and return to idle', async () => {
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const { latest } = renderVerify(undefined, { adapter });

    act(() => latest.current.mutate(request));
    await screen.findByText('State: pending');
    act(() => latest.current.cancel());

    expect(await screen.findByText('State: idle')).toBeInTheDocument();
    expect(adapter.verifyCalls[0]?.signal?.aborted).toBe(true);
  });

  it('given an adapter option without a provider adapter that verifies, should verify through the option', async () => {
    const providerAdapter = createHttpAdapter({ baseUrl: fixtureBaseUrl });
    const optionAdapter = createMockAdapter();
    const { latest } = renderVerify({ adapter: optionAdapter }, { adapter: providerAdapter });

    await submit(latest, 'success');

    expect(optionAdapter.verifyCalls).toHaveLength(1);
  });

  it('given an adapter without verifyCode, should throw the missing-verifyCode message at render', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl });

    silenceRenderErrorReports();
    expect(() => renderVerify(undefined, { adapter })).toThrowError(
      "this adapter cannot verify codes; pass verifyPath to createHttpAdapter (or the provider's http), or use an adapter with verifyCode",
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('given maxAttempts %s, should throw a TypeError at render', (maxAttempts) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});

    silenceRenderErrorReports();
    expect(() => renderVerify({ maxAttempts }, { adapter: createMockAdapter() })).toThrowError(TypeError);
  });
});

describe('useVerifyTwoFactorCode: a host adapter that fails with something else', () => {
  it('given a verifyCode that throws a plain Error, should give onError and error a TwoFactorError of kind unknown with it as cause', async () => {
    const original = new Error('host bug');
    const adapter: TwoFactorAdapter = {
      sendCode: async () => ({ notes: [], raw: {} }),
      verifyCode: async () => {
        throw original;
      },
    };
    const onError = vi.fn();
    const { latest } = renderVerify({ onError }, { adapter });

    await submit(latest, 'error');

    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]?.[0];
    expect(reported).toBeInstanceOf(TwoFactorError);
    expect(reported).toMatchObject({ kind: 'unknown', cause: original });
    expect(latest.current.error).toBe(reported);
    // Not a wrong code: no attempt is counted.
    expect(latest.current.attemptsLeft).toBe(5);
  });
});
