/**
 * Runtime cost of <TwoFactorPrompt>, printed as tables (run: npm run bench:render).
 *
 * 1. React commits per interaction, counted with <Profiler> around the default prompt.
 * 2. Renders of the form versus the button label per cooldown tick, with the render prop
 *    (the form function is counted) and a label built on the public useCountdownSeconds.
 * 3. Median of 50 runs of mount and of send-to-request dispatch, each as a ratio to a
 *    hand-written baseline (a bare useMutation + fetch form) measured in the same run.
 */
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode, useState } from 'react';
import { it } from 'vitest';
import { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider, useCountdownSeconds } from '../src/index.js';

const runs = 50;
const okBody = JSON.stringify({ Hint: 'Sent to +32 4** ** ** 12', Errors: { IsValid: true, Errors: [] } });
const errorBody = JSON.stringify({
  Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Medium is not allowed.', Severity: 0 }] },
});

function out(line = '') {
  process.stdout.write(`${line}\n`);
}

function table(rows: Array<Record<string, string | number>>) {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  out(line(columns));
  out(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) out(line(columns.map((column) => String(row[column]))));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** A fetch that answers at once and records when it was called. */
function recordingFetch(body: () => string) {
  const calls: number[] = [];
  const fetch = async () => {
    calls.push(performance.now());
    return new Response(body(), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function Baseline({ fetch }: { fetch: typeof globalThis.fetch }) {
  const [medium, setMedium] = useState('sms');
  const [language, setLanguage] = useState('en');
  const send = useMutation({
    mutationFn: async () => {
      const response = await fetch('https://example.test/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ PersonId: '42', Medium: medium, Language: language }),
      });
      return response.json();
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <fieldset>
        <legend>Send the code by</legend>
        {['sms', 'email'].map((value) => (
          <label key={value}>
            <input type="radio" name="medium" value={value} checked={medium === value} onChange={() => setMedium(value)} />
            {value}
          </label>
        ))}
      </fieldset>
      <label>
        Language
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {['en', 'fr', 'nl', 'de'].map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <button type="submit">Send code</button>
      {send.data?.Hint && <p role="status">{send.data.Hint}</p>}
    </form>
  );
}

let labelRenders = 0;

/** A button label built on the public countdown hook, counting its renders. */
function Label({ until }: { until: number | undefined }) {
  labelRenders++;
  const seconds = useCountdownSeconds(until);
  return seconds > 0 ? `Resend in ${seconds} s` : 'Send code';
}

function withClient(children: ReactNode) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

it('prints the runtime figures', async () => {
  out();
  out(`react-two-factor runtime bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, jsdom, ${runs} runs`);

  // 1. Commits per interaction.
  let commits = 0;
  let body = okBody;
  const { fetch } = recordingFetch(() => body);
  const adapter = createHttpAdapter({ baseUrl: 'https://example.test/2fa', fetch });
  const counted = (label: string, count: () => void | Promise<void>) => async () => {
    commits = 0;
    await count();
    return { interaction: label, commits };
  };
  const rows: Array<Record<string, string | number>> = [];
  rows.push(
    await counted('mount', async () => {
      render(
        <Profiler id="prompt" onRender={() => commits++}>
          <TwoFactorProvider adapter={adapter}>
            <TwoFactorPrompt personId="42" cooldownSeconds={3} />
          </TwoFactorProvider>
        </Profiler>,
      );
      await flush();
    })(),
  );
  rows.push(
    await counted('pick a medium', () => {
      fireEvent.click(screen.getByLabelText('Email'));
    })(),
  );
  rows.push(
    await counted('pick a language', () => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    })(),
  );
  rows.push(
    await counted('send (click to settled)', async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
      await flush();
      await flush();
    })(),
  );
  // Wait out the 3 s cooldown with real time so that the next send goes out.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 3100)));
  body = errorBody;
  rows.push(
    await counted('server error (click to settled)', async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Resend code' }));
      await flush();
      await flush();
    })(),
  );
  cleanup();
  out();
  out('React commits per interaction (<Profiler> around the default prompt)');
  table(rows);

  // 2. Renders per cooldown tick: the form function versus the label.
  body = okBody;
  let formRenders = 0;
  labelRenders = 0;
  let tickCommits = 0;
  render(
    <Profiler id="prompt" onRender={() => tickCommits++}>
      <TwoFactorProvider adapter={adapter}>
        <TwoFactorPrompt personId="43" cooldownSeconds={5}>
          {(prompt) => {
            formRenders++;
            return (
              <form onSubmit={prompt.submit}>
                <button type="submit">
                  <Label until={prompt.cooldownUntil} />
                </button>
              </form>
            );
          }}
        </TwoFactorPrompt>
      </TwoFactorProvider>
    </Profiler>,
  );
  fireEvent.click(screen.getByRole('button'));
  await flush();
  await flush();
  const ticks = 3;
  formRenders = 0;
  labelRenders = 0;
  tickCommits = 0;
  // One act per second: act batches every update inside it into a single commit.
  for (let tick = 0; tick < ticks; tick++) await act(async () => new Promise((resolve) => setTimeout(resolve, 1000)));
  cleanup();
  out();
  out(`Per cooldown tick (${ticks} ticks observed)`);
  table([
    { measure: 'commits of the prompt tree', 'per tick': (tickCommits / ticks).toFixed(2) },
    { measure: 'renders of the form (render function)', 'per tick': (formRenders / ticks).toFixed(2) },
    { measure: 'renders of the button label', 'per tick': (labelRenders / ticks).toFixed(2) },
  ]);

  // 3. Time: mount, and click-to-fetch, against the baseline.
  const mountTimes = { prompt: [] as number[], baseline: [] as number[] };
  const dispatchTimes = { prompt: [] as number[], baseline: [] as number[] };
  for (let run = 0; run < runs; run++) {
    for (const subject of ['baseline', 'prompt'] as const) {
      const recorder = recordingFetch(() => okBody);
      const start = performance.now();
      if (subject === 'prompt') {
        render(
          <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: 'https://example.test/2fa', fetch: recorder.fetch })}>
            <TwoFactorPrompt personId={`p${run}`} />
          </TwoFactorProvider>,
        );
      } else {
        render(withClient(<Baseline fetch={recorder.fetch} />));
      }
      mountTimes[subject].push(performance.now() - start);
      await flush();
      const clicked = performance.now();
      fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
      while (recorder.calls.length === 0) await act(async () => Promise.resolve());
      dispatchTimes[subject].push((recorder.calls[0] as number) - clicked);
      await flush();
      cleanup();
      sessionStorage.clear();
    }
  }
  const timing = (name: string, times: { prompt: number[]; baseline: number[] }) => {
    const prompt = median(times.prompt);
    const baseline = median(times.baseline);
    return { measure: name, 'prompt (ms)': prompt.toFixed(3), 'baseline (ms)': baseline.toFixed(3), ratio: (prompt / baseline).toFixed(2) };
  };
  out();
  out(`Median of ${runs} runs against a bare useMutation + fetch form`);
  table([timing('mount', mountTimes), timing('send-to-request dispatch', dispatchTimes)]);
  out();
});
