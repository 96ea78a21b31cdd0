import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCountdownSeconds } from '../../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

function Countdown({ until }: { until: number | undefined }) {
  const seconds = useCountdownSeconds(until);
  return <p>{seconds > 0 ? `Resend in ${seconds} s` : 'Resend code'}</p>;
}

/** Rendered after the countdown, before the effects: a render slow enough to cross a second boundary. */
function SlowSibling({ movesClockTo }: { movesClockTo: number }) {
  vi.setSystemTime(movesClockTo);
  return null;
}

/** Renders the countdown in a Profiler; `shown()` lists what each commit showed since the last call. */
function renderCountdown(until: number | undefined) {
  const commits: string[] = [];
  const tree = (next: number | undefined) => (
    <Profiler id="countdown" onRender={() => commits.push(screen.getByRole('paragraph').textContent ?? '')}>
      <Countdown until={next} />
    </Profiler>
  );
  const utils = render(tree(until));
  return { rerender: (next: number | undefined) => utils.rerender(tree(next)), shown: () => commits.splice(0) };
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useCountdownSeconds', () => {
  it('given a new end time, should show its seconds in the commit that receives it, not a commit later', async () => {
    vi.useFakeTimers();
    const { rerender, shown } = renderCountdown(undefined);
    await advance(0);
    shown();

    rerender(Date.now() + 3000);
    await advance(0);

    expect(shown()).toEqual(['Resend in 3 s']);
  });

  it('given time passing, should count down once a second and end at 0', async () => {
    vi.useFakeTimers();
    const { shown } = renderCountdown(Date.now() + 3000);
    await advance(0);
    expect(shown()).toEqual(['Resend in 3 s']);

    await advance(1000);
    expect(shown()).toEqual(['Resend in 2 s']);
    await advance(1000);
    expect(shown()).toEqual(['Resend in 1 s']);
    await advance(1000);
    expect(shown()).toEqual(['Resend code']);
    await advance(5000);
    expect(shown()).toEqual([]);
  });

  it('given the end time cleared, should show 0 in that same commit', async () => {
    vi.useFakeTimers();
    const { rerender, shown } = renderCountdown(Date.now() + 10_000);
    await advance(0);
    shown();

    rerender(undefined);
    await advance(0);

    expect(shown()).toEqual(['Resend code']);
  });

  it('given a second that ends between the render and its effect, should catch up at once', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    const commits: string[] = [];
    render(
      <Profiler id="countdown" onRender={() => commits.push(screen.getByRole('paragraph').textContent ?? '')}>
        <Countdown until={start + 3000} />
        <SlowSibling movesClockTo={start + 1500} />
      </Profiler>,
    );
    await advance(0);

    expect(commits).toEqual(['Resend in 3 s', 'Resend in 2 s']);
  });
});
