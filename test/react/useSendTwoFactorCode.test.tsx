import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  createHttpAdapter,
  type SendCodeRequest,
  type SendCodeResult,
  type TwoFactorAdapter,
  TwoFactorError,
  TwoFactorProvider,
  type UseSendTwoFactorCodeOptions,
  type UseSendTwoFactorCodeResult,
  useSendTwoFactorCode,
} from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { holdClock } from '../clock.js';
import { invalidMediumAndLanguage, sentWithHint, sentWithWarning } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl } from '../fixtures/handlers.js';
import { gated } from '../gate.js';
import { type RenderWithTwoFactorOptions, renderWithTwoFactor, silenceRenderErrorReports } from '../render.js';
import { setupTestServer } from '../server.js';

const { server } = setupTestServer();

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// Every test sends to a person of its own, so that no cooldown of another test applies.
let people = 0;
function nextPerson(): string {
  people += 1;
  return `person-${people}`;
}

function sendTo(personId: string, extra: Partial<SendCodeRequest> = {}): SendCodeRequest {
  return { personId, medium: 'email', ...extra };
}

interface Latest {
  current: UseSendTwoFactorCodeResult;
}

interface SendPanelProps {
  options: UseSendTwoFactorCodeOptions | undefined;
  latest: Latest;
  /** The hook of a freshly loaded copy of the library, to stand for a page reload. */
  useSend?: typeof useSendTwoFactorCode;
}

/** A host component: what it renders is what a person sees. */
function SendPanel({ options, latest, useSend = useSendTwoFactorCode }: SendPanelProps) {
  const send = useSend(options);
  latest.current = send;
  return (
    <section>
      <p>Status: {send.status}</p>
      <p>{send.canSend ? 'Ready to send' : 'Cannot send now'}</p>
      <p>{send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : 'No cooldown'}</p>
      {send.data?.hint && <p>{send.data.hint}</p>}
      {send.error && <p role="alert">{send.error.message}</p>}
    </section>
  );
}

function renderSend(options: UseSendTwoFactorCodeOptions | undefined, renderOptions: RenderWithTwoFactorOptions) {
  const result = { current: undefined } as unknown as Latest;
  const utils = renderWithTwoFactor(<SendPanel options={options} latest={result} />, renderOptions);
  return { ...utils, result };
}

/** Advances fake timers and lets react-query and React settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Lets an instant answer reach the screen under fake timers: react-query publishes a mutation's result
 * with a 0 ms timer, which fake timers set 1 ms on when it is made inside a tick.
 */
const answered = () => advance(1);

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('one intent, one code', () => {
  it('given ten synchronous mutate calls, should call the adapter exactly once', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter });

    act(() => {
      for (let i = 0; i < 10; i += 1) result.current.mutate(sendTo(personId));
    });

    expect(await screen.findByText('Status: success')).toBeInTheDocument();
    expect(adapter.calls).toHaveLength(1);
  });

  it('given ten synchronous mutateAsync calls, should resolve them all to the same result from one adapter call', async () => {
    const adapter = createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to j***@example.com.' } });
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter });

    let pending: Promise<SendCodeResult>[] = [];
    act(() => {
      pending = Array.from({ length: 10 }, () => result.current.mutateAsync(sendTo(personId)));
    });
    const results = await act(() => Promise.all(pending));

    expect(adapter.calls).toHaveLength(1);
    expect(results[0]?.hint).toBe('A code was sent to j***@example.com.');
    for (const each of results) expect(each).toBe(results[0]);
  });

  it('given a send is pending, should join mutate and mutateAsync to it without calling the adapter again', async () => {
    const { adapter, open } = gated(createMockAdapter());
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter });

    let first: Promise<SendCodeResult> | undefined;
    act(() => {
      first = result.current.mutateAsync(sendTo(personId));
    });
    await screen.findByText('Status: pending');

    let joined: Promise<SendCodeResult> | undefined;
    act(() => {
      result.current.mutate(sendTo(personId));
      joined = result.current.mutateAsync(sendTo(personId));
    });
    open();

    expect(await act(() => joined)).toBe(await first);
    expect(adapter.calls).toHaveLength(1);
  });

  it('given the cooldown after a sent code, should reject mutateAsync as rate-limited and ignore mutate, without calling the adapter', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    await act(() => result.current.mutateAsync(sendTo(personId)));

    const rejection = result.current.mutateAsync(sendTo(personId));
    await expect(rejection).rejects.toBeInstanceOf(TwoFactorError);
    await expect(rejection).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30 });
    act(() => result.current.mutate(sendTo(personId)));
    await sleep(20);

    expect(adapter.calls).toHaveLength(1);
    expect(screen.getByText('Status: success')).toBeInTheDocument();
  });
});

describe('no automatic retry', () => {
  it('given a host QueryClient whose mutations retry 3 times, should call the adapter once on a server failure', async () => {
    const adapter = createMockAdapter({ answers: { type: 'error', kind: 'server', status: 503 } });
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter, queryClient });

    act(() => result.current.mutate(sendTo(personId)));

    expect(await screen.findByText('Status: error')).toBeInTheDocument();
    expect(result.current.error?.kind).toBe('server');
    expect(result.current.failureCount).toBe(1);
    expect(adapter.calls).toHaveLength(1);
  });
});

describe('cooldown', () => {
  it('given a send that succeeds, outside act, should never show its result without its cooldown', async () => {
    // React schedules as in a browser: no act() batching the updates of the send together.
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const personId = nextPerson();
    const latest = { current: undefined } as unknown as Latest;
    // What the person sees at each commit.
    const seen: string[] = [];
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    onTestFinished(() => {
      root.unmount();
      container.remove();
    });
    root.render(
      <TwoFactorProvider adapter={createMockAdapter({ answers: { type: 'sent', hint: 'Sent.' } })}>
        <Profiler
          id="send"
          onRender={() =>
            seen.push(
              within(container)
                .getAllByRole('paragraph')
                .map((line) => line.textContent)
                .join(' | '),
            )
          }
        >
          <SendPanel options={{ personId, cooldownSeconds: 30 }} latest={latest} />
        </Profiler>
      </TwoFactorProvider>,
    );
    await sleep(20);
    seen.length = 0;

    latest.current.mutate(sendTo(personId));
    await vi.waitFor(() => expect(seen.at(-1)).toContain('Status: success'));

    // The engine (the cooldown) and react-query (the result) publish on their own schedules, so a send
    // may take a commit more than a bare useMutation form; what matters is that no commit shows the
    // result beside a stale cooldown.
    expect(seen[0]).toBe('Status: pending | Cannot send now | No cooldown');
    expect(seen.at(-1)).toBe('Status: success | Cannot send now | Resend in 30 s | Sent.');
    expect(seen.filter((shown) => shown.startsWith('Status: success') && !shown.includes('Resend in 30 s'))).toEqual([]);
    // Three commits under React 19, four under React 18 (which renders the engine's change on its own).
    expect(seen.length).toBeLessThanOrEqual(4);
  });

  it('given a sent code, should block sending for cooldownSeconds and allow it again after', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await answered();
    expect(screen.getByText('Status: success')).toBeInTheDocument();
    expect(screen.getByText('Cannot send now')).toBeInTheDocument();

    await advance(29_998);
    expect(result.current.canSend).toBe(false);

    await advance(1);
    expect(result.current.canSend).toBe(true);
    expect(screen.getByText('No cooldown')).toBeInTheDocument();

    act(() => result.current.mutate(sendTo(personId)));
    await answered();
    expect(adapter.calls).toHaveLength(2);
  });

  it('given a rate-limited answer of 45 s and cooldownSeconds 30, should wait the larger 45 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const adapter = createMockAdapter({ answers: [{ type: 'error', kind: 'rate-limited', retryAfterSeconds: 45 }, { type: 'sent' }] });
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await answered();
    expect(screen.getByText('Status: error')).toBeInTheDocument();
    expect(screen.getByText('Resend in 45 s')).toBeInTheDocument();

    await advance(44_998);
    expect(result.current.canSend).toBe(false);
    await expect(result.current.mutateAsync(sendTo(personId))).rejects.toMatchObject({ kind: 'rate-limited' });

    await advance(1);
    expect(result.current.canSend).toBe(true);
    expect(adapter.calls).toHaveLength(1);
  });

  it('given a sent code, should count cooldownRemaining down once a second on screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await answered();

    const seen: string[] = [];
    for (let second = 0; second < 5; second += 1) {
      seen.push(screen.getByText(/^Resend in/).textContent ?? '');
      await advance(1000);
    }
    expect(seen).toEqual(['Resend in 30 s', 'Resend in 29 s', 'Resend in 28 s', 'Resend in 27 s', 'Resend in 26 s']);

    await advance(25_000);
    expect(screen.getByText('No cooldown')).toBeInTheDocument();
  });

  it('given reset() while a send is in flight and the code still goes out, should show the cooldown, not a button that does nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const adapter = createMockAdapter({ answers: { type: 'sent', delayMs: 40 } });
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await advance(10);
    act(() => result.current.reset());
    await advance(40);

    expect(adapter.calls).toHaveLength(1);
    expect(screen.getByText('Cannot send now')).toBeInTheDocument();
    expect(result.current.cooldownUntil).toBeDefined();
    expect(screen.getByText('Resend in 30 s')).toBeInTheDocument();
  });

  it('given a server failure, should not start a cooldown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const adapter = createMockAdapter({ answers: [{ type: 'error', kind: 'server', status: 500 }, { type: 'sent' }] });
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await answered();
    expect(screen.getByText('Status: error')).toBeInTheDocument();
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
    expect(screen.getByText('No cooldown')).toBeInTheDocument();

    act(() => result.current.mutate(sendTo(personId)));
    await answered();
    expect(adapter.calls).toHaveLength(2);
    expect(screen.getByText('Status: success')).toBeInTheDocument();
  });
});

describe('cooldown across remounts and reloads', () => {
  it('given a cooldown, should still block the same person and context after an unmount and a new mount', async () => {
    holdClock();
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const options = { personId, contextId: 'portal-1' };
    const first = renderSend(options, { adapter });
    await act(() => first.result.current.mutateAsync(sendTo(personId, { contextId: 'portal-1' })));
    first.unmount();

    const second = renderSend(options, { adapter });

    expect(await screen.findByText('Cannot send now')).toBeInTheDocument();
    expect(screen.getByText('Resend in 30 s')).toBeInTheDocument();
    await expect(second.result.current.mutateAsync(sendTo(personId, { contextId: 'portal-1' }))).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    expect(adapter.calls).toHaveLength(1);
  });

  it('given a page reload, should restore the cooldown from sessionStorage without keeping the person id readable there', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId }, { adapter });
    await act(() => first.result.current.mutateAsync(sendTo(personId)));
    first.unmount();
    const stored = Object.entries({ ...sessionStorage });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(personId);

    // A reload: fresh module state (no in-memory copy), the same sessionStorage.
    vi.resetModules();
    const reloaded = await import('../../src/index.js');
    const { renderWithTwoFactor: renderReloaded } = await import('../render.js');
    expect(reloaded.useSendTwoFactorCode).not.toBe(useSendTwoFactorCode);
    const latest = { current: undefined } as unknown as Latest;
    renderReloaded(<SendPanel options={{ personId }} latest={latest} useSend={reloaded.useSendTwoFactorCode} />, { adapter });

    expect(await screen.findByText('Cannot send now')).toBeInTheDocument();
    await expect(latest.current.mutateAsync(sendTo(personId))).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(adapter.calls).toHaveLength(1);
  });

  it('given a cooldown for one person, should not block another person or another context', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId, contextId: 'portal-1' }, { adapter });
    await act(() => first.result.current.mutateAsync(sendTo(personId, { contextId: 'portal-1' })));
    first.unmount();

    const otherPerson = nextPerson();
    const other = renderSend({ personId: otherPerson, contextId: 'portal-1' }, { adapter });
    await sleep(10);
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
    await act(() => other.result.current.mutateAsync(sendTo(otherPerson, { contextId: 'portal-1' })));
    other.unmount();

    const otherContext = renderSend({ personId, contextId: 'portal-2' }, { adapter });
    await sleep(10);
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
    await act(() => otherContext.result.current.mutateAsync(sendTo(personId, { contextId: 'portal-2' })));

    expect(adapter.calls.map((call) => [call.request.personId, call.request.contextId])).toEqual([
      [personId, 'portal-1'],
      [otherPerson, 'portal-1'],
      [personId, 'portal-2'],
    ]);
  });

  it('given a sessionStorage that throws, should keep the cooldown in memory and throw nothing', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const consoleError = vi.spyOn(console, 'error');
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId }, { adapter });

    await act(() => first.result.current.mutateAsync(sendTo(personId)));
    expect(screen.getByText('Cannot send now')).toBeInTheDocument();
    await expect(first.result.current.mutateAsync(sendTo(personId))).rejects.toMatchObject({ kind: 'rate-limited' });
    first.unmount();
    const second = renderSend({ personId }, { adapter });

    expect(await screen.findByText('Cannot send now')).toBeInTheDocument();
    await expect(second.result.current.mutateAsync(sendTo(personId))).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(adapter.calls).toHaveLength(1);
    expect(setItem).toHaveBeenCalled();
    expect(getItem).toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('given sessionStorage cleared after a send (a sign-out), should end the cooldown for a new mount', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId }, { adapter });
    await act(() => first.result.current.mutateAsync(sendTo(personId)));
    first.unmount();

    sessionStorage.clear();
    const second = renderSend({ personId }, { adapter });

    await act(() => second.result.current.mutateAsync(sendTo(personId)));
    expect(adapter.calls).toHaveLength(2);
  });

  it('given a sessionStorage that refuses writes but reads, should keep the cooldown in memory', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId }, { adapter });
    await act(() => first.result.current.mutateAsync(sendTo(personId)));
    first.unmount();
    const second = renderSend({ personId }, { adapter });

    await expect(second.result.current.mutateAsync(sendTo(personId))).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(adapter.calls).toHaveLength(1);
  });

  it('given the clock moved back an hour after a send, should never wait longer than cooldownSeconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    const sentAt = new Date('2030-01-01T12:00:00Z').getTime();
    vi.setSystemTime(sentAt);
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const first = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    act(() => first.result.current.mutate(sendTo(personId)));
    await advance(0);
    expect(screen.getByText('Resend in 30 s')).toBeInTheDocument();
    first.unmount();

    vi.setSystemTime(sentAt - 60 * 60 * 1000);
    const second = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    await advance(0);

    expect(screen.getByText('Resend in 30 s')).toBeInTheDocument();
    await advance(30_000);
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
    act(() => second.result.current.mutate(sendTo(personId)));
    await advance(0);
    expect(adapter.calls).toHaveLength(2);
  });
});

describe('cancel', () => {
  it('given a send in flight, should abort its signal when the component unmounts', async () => {
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const personId = nextPerson();
    const { result, unmount } = renderSend({ personId }, { adapter });
    act(() => result.current.mutate(sendTo(personId)));
    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.signal?.aborted).toBe(false);

    unmount();

    expect(adapter.calls[0]?.signal?.aborted).toBe(true);
  });

  it('given a send in flight, should abort it, return to idle on cancel() and hold the cooldown, since the code may have gone out', async () => {
    holdClock();
    const adapter = createMockAdapter({
      answers: [
        { type: 'sent', delayMs: Number.POSITIVE_INFINITY },
        { type: 'sent', hint: 'Sent again.' },
      ],
    });
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    act(() => result.current.mutate(sendTo(personId)));
    await screen.findByText('Status: pending');

    act(() => result.current.cancel());

    expect(adapter.calls[0]?.signal?.aborted).toBe(true);
    expect(await screen.findByText('Status: idle')).toBeInTheDocument();
    expect(result.current.status).toBe('idle');
    expect(await screen.findByText('Resend in 30 s')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() => result.current.mutate(sendTo(personId)));
    await sleep(20);
    expect(adapter.calls).toHaveLength(1);
  });

  it('given an unmount while a send was in flight, should show the cooldown on a remount and send nothing more', async () => {
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const personId = nextPerson();
    const first = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    act(() => first.result.current.mutate(sendTo(personId)));
    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    first.unmount();
    await sleep(20);

    const second = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    expect(await screen.findByText(/Resend in \d+ s/)).toBeInTheDocument();
    act(() => second.result.current.mutate(sendTo(personId)));
    await sleep(20);
    expect(adapter.calls).toHaveLength(1);
  });

  it('given cancel() right after mutate, should abort the send before the adapter is called', async () => {
    const onSuccess = vi.fn();
    const adapter = createMockAdapter({ delayMs: 10 });
    const personId = nextPerson();
    const { result } = renderSend({ personId, onSuccess }, { adapter });

    act(() => {
      result.current.mutate(sendTo(personId));
      result.current.cancel();
    });
    await sleep(40);

    expect(adapter.calls).toHaveLength(0);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByText('Status: idle')).toBeInTheDocument();
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
  });

  it('given mutate, cancel() and mutate again in one tick, should abort the first send and let only the second through', async () => {
    const adapter = createMockAdapter({ delayMs: 10 });
    const personId = nextPerson();
    const { result } = renderSend({ personId, cooldownSeconds: 0 }, { adapter });

    act(() => {
      result.current.mutate(sendTo(personId));
      result.current.cancel();
      result.current.mutate(sendTo(personId));
    });
    await sleep(40);

    // The first was cancelled before it started: the adapter saw only the second.
    expect(adapter.calls).toHaveLength(1);
    expect(adapter.calls[0]?.signal?.aborted).toBe(false);
  });

  it('given an unmount while a send is in flight, should update no state and log no error afterwards', async () => {
    const consoleError = vi.spyOn(console, 'error');
    // The answer waits at a gate, opened only after the unmount.
    const { adapter, open } = gated(createMockAdapter());
    const personId = nextPerson();
    const { result, unmount } = renderSend({ personId, cooldownSeconds: 30 }, { adapter });
    act(() => result.current.mutate(sendTo(personId)));
    await screen.findByText('Status: pending');

    unmount();
    open();
    await sleep(50);

    expect(consoleError).not.toHaveBeenCalled();
    expect(result.current.status).toBe('pending');
  });

  it.each([
    ['cancel()', (utils: ReturnType<typeof renderSend>) => act(() => utils.result.current.cancel())],
    ['an unmount', (utils: ReturnType<typeof renderSend>) => utils.unmount()],
  ])('given a send aborted by %s, should call neither onError nor onSettled', async (_name, abort) => {
    const onError = vi.fn();
    const onSettled = vi.fn();
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const personId = nextPerson();
    const utils = renderSend({ personId, onError, onSettled }, { adapter });
    act(() => utils.result.current.mutate(sendTo(personId)));
    await waitFor(() => expect(adapter.calls).toHaveLength(1));

    abort(utils);
    await sleep(20);

    expect(adapter.calls[0]?.signal?.aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
  });
});

describe('error state', () => {
  it('given a failed send, should clear the error as soon as the next send starts', async () => {
    const adapter = createMockAdapter({
      answers: [
        { type: 'error', kind: 'server', status: 500 },
        // No answer until the test ends: the pending state holds on any machine.
        { type: 'sent', delayMs: Number.POSITIVE_INFINITY },
      ],
    });
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter });
    act(() => result.current.mutate(sendTo(personId)));
    // The mock reads a wire answer with the real reader: its message is the HTTP adapter's.
    expect(await screen.findByRole('alert')).toHaveTextContent('The request failed (HTTP 500, server).');
    expect(result.current.error?.kind).toBe('server');

    act(() => result.current.mutate(sendTo(personId)));
    await screen.findByText('Status: pending');

    expect(result.current.error).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe.each([
  {
    adapterName: 'the HTTP adapter against a server',
    sentAdapter: () => {
      server.use(answerWith(sentWithHint));
      return createHttpAdapter({ baseUrl: fixtureBaseUrl });
    },
    invalidAdapter: () => {
      server.use(answerWith(invalidMediumAndLanguage));
      return createHttpAdapter({ baseUrl: fixtureBaseUrl });
    },
  },
  {
    adapterName: 'the mock adapter',
    sentAdapter: () => createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to +32 *** ** 12.' } }),
    invalidAdapter: () =>
      createMockAdapter({
        answers: {
          type: 'invalid',
          issues: [
            { propertyName: 'Medium', message: "'Medium' must be 'email' or 'sms'." },
            { propertyName: 'command.Language', message: "'Language' is not a supported language." },
          ],
        },
      }),
  },
])('with $adapterName', ({ sentAdapter, invalidAdapter }) => {
  it('given a sent answer, should show the server hint', async () => {
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter: sentAdapter() });
    act(() => result.current.mutate(sendTo(personId)));

    expect(await screen.findByText('A code was sent to +32 *** ** 12.')).toBeInTheDocument();
    expect(result.current.data?.hint).toBe('A code was sent to +32 *** ** 12.');
    expect(screen.getByText('Cannot send now')).toBeInTheDocument();
  });

  it('given a validation answer, should put the server message in fieldErrors.medium', async () => {
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter: invalidAdapter() });
    act(() => result.current.mutate(sendTo(personId)));

    await screen.findByText('Status: error');
    expect(result.current.error?.kind).toBe('validation');
    expect(result.current.fieldErrors.medium).toEqual(["'Medium' must be 'email' or 'sms'."]);
    expect(result.current.fieldErrors.language).toEqual(["'Language' is not a supported language."]);
    expect(screen.getByText('Ready to send')).toBeInTheDocument();
  });
});

function QueryClientProbe({ seen }: { seen: { current?: QueryClient } }) {
  seen.current = useQueryClient();
  return null;
}

describe('setup and options', () => {
  it('given no provider and no adapter option, should throw the setup message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});

    silenceRenderErrorReports();
    expect(() => renderHook(() => useSendTwoFactorCode())).toThrowError(
      expect.objectContaining({ message: 'No TwoFactorAdapter set: wrap in <TwoFactorProvider adapter={…}> or pass { adapter }' }),
    );
  });

  it('given an adapter option and no TwoFactorProvider, should send through that adapter', async () => {
    const adapter = createMockAdapter();
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const personId = nextPerson();
    const { result } = renderHook(() => useSendTwoFactorCode({ adapter }), { wrapper });

    await act(() => result.current.mutateAsync(sendTo(personId)));

    expect(adapter.calls).toHaveLength(1);
  });

  it("given an adapter option inside a provider, should send through the option's adapter, not the provider's", async () => {
    const providerAdapter = createMockAdapter();
    const optionAdapter = createMockAdapter();
    const personId = nextPerson();
    const { result } = renderSend({ personId, adapter: optionAdapter }, { adapter: providerAdapter });

    await act(() => result.current.mutateAsync(sendTo(personId)));

    expect(optionAdapter.calls).toHaveLength(1);
    expect(providerAdapter.calls).toHaveLength(0);
  });

  it("given a host QueryClientProvider, should use the host's client even when a queryClient prop is given", async () => {
    const host = new QueryClient();
    const prop = new QueryClient();
    const seen: { current?: QueryClient } = {};
    const latest = { current: undefined } as unknown as Latest;
    const personId = nextPerson();
    render(
      <QueryClientProvider client={host}>
        <TwoFactorProvider adapter={createMockAdapter()} queryClient={prop}>
          <QueryClientProbe seen={seen} />
          <SendPanel options={{ personId }} latest={latest} />
        </TwoFactorProvider>
      </QueryClientProvider>,
    );

    await act(() => latest.current.mutateAsync(sendTo(personId)));

    expect(seen.current).toBe(host);
    expect(host.getMutationCache().getAll()).toHaveLength(1);
    expect(prop.getMutationCache().getAll()).toHaveLength(0);
  });

  it('given no host QueryClientProvider, should use the queryClient prop', () => {
    const queryClient = new QueryClient();
    const seen: { current?: QueryClient } = {};

    renderWithTwoFactor(<QueryClientProbe seen={seen} />, { adapter: createMockAdapter(), queryClient });

    expect(seen.current).toBe(queryClient);
  });

  it('given neither a host QueryClientProvider nor a queryClient prop, should use one private client across renders', () => {
    const seen: { current?: QueryClient } = {};
    const adapter = createMockAdapter();
    const { rerender } = render(
      <TwoFactorProvider adapter={adapter}>
        <QueryClientProbe seen={seen} />
      </TwoFactorProvider>,
    );
    const firstClient = seen.current;

    rerender(
      <TwoFactorProvider adapter={adapter}>
        <QueryClientProbe seen={{}} />
        <QueryClientProbe seen={seen} />
      </TwoFactorProvider>,
    );

    expect(firstClient).toBeInstanceOf(QueryClient);
    expect(seen.current).toBe(firstClient);
  });

  it("given timeoutMs and an adapter that never answers, should fail with kind 'timeout' and call onError", async () => {
    const onError = vi.fn();
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const personId = nextPerson();
    const { result } = renderSend({ personId, timeoutMs: 20, onError }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));

    expect(await screen.findByText('Status: error')).toBeInTheDocument();
    expect(result.current.error).toBeInstanceOf(TwoFactorError);
    expect(result.current.error?.kind).toBe('timeout');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'timeout' }), sendTo(personId));
    expect(adapter.calls[0]?.signal?.aborted).toBe(true);
  });

  it.each([-1, Number.NaN])('given cooldownSeconds %s, should throw a TypeError', (cooldownSeconds) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});

    silenceRenderErrorReports();
    expect(() => renderSend({ cooldownSeconds }, { adapter: createMockAdapter() })).toThrowError(TypeError);
  });

  it('given a validation failure, should derive fieldErrors and formErrors from the error', async () => {
    const adapter = createMockAdapter({
      answers: {
        type: 'invalid',
        issues: [
          { propertyName: 'Medium', message: 'Choose email or SMS.' },
          { propertyName: 'Contact.Phone', message: 'The person has no mobile number.' },
          { propertyName: 'Language', message: 'English was used.', severity: 'warning' },
        ],
        formErrors: ['The person is locked.'],
      },
    });
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter });

    act(() => result.current.mutate(sendTo(personId)));
    await screen.findByText('Status: error');

    expect(result.current.fieldErrors).toEqual({ medium: ['Choose email or SMS.'] });
    expect(result.current.formErrors).toEqual(['The person has no mobile number.', 'The person is locked.']);
    expect(result.current.notes).toEqual([]);
  });

  it('given a sent answer with a Severity-1 failure, should derive notes and no errors', async () => {
    server.use(answerWith(sentWithWarning));
    const personId = nextPerson();
    const { result } = renderSend({ personId }, { adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }) });

    act(() => result.current.mutate(sendTo(personId)));
    await screen.findByText('Status: success');

    expect(result.current.notes).toEqual([
      expect.objectContaining({
        field: 'language',
        severity: 'warning',
        message: 'The language "xx" is not supported; the code was sent in English.',
      }),
    ]);
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.formErrors).toEqual([]);
  });
});

describe('useSendTwoFactorCode: a host adapter that fails with something else', () => {
  it.each([
    ['a plain Error', new Error('host bug')],
    ['a string', 'host bug'],
  ])(
    'given a sendCode that rejects with %s, should give onError and error a TwoFactorError of kind unknown with it as cause',
    async (_name, original) => {
      const adapter: TwoFactorAdapter = { sendCode: () => Promise.reject(original) };
      const onError = vi.fn();
      const { result } = renderSend({ onError }, { adapter });

      await act(async () => {
        await result.current.mutateAsync(sendTo(nextPerson())).catch(() => {});
      });

      expect(onError).toHaveBeenCalledTimes(1);
      const reported = onError.mock.calls[0]?.[0];
      expect(reported).toBeInstanceOf(TwoFactorError);
      expect(reported).toMatchObject({ kind: 'unknown', cause: original });
      expect(await screen.findByRole('alert')).toHaveTextContent('The adapter failed with an error that is not a TwoFactorError.');
      expect(result.current.error).toBe(reported);
    },
  );
});
