/**
 * Runtime cost of <TwoFactorPrompt>, printed as tables (run: npm run bench:render).
 *
 * 1. React commits per interaction, counted with <Profiler> around the default prompt.
 * 2. Renders of the form versus the button label per cooldown tick, with the render prop
 *    (the form function is counted) and a label built on the public useCooldownRemaining.
 * 3. Median of 50 runs of mount and of send-to-request dispatch, each as a ratio to a
 *    hand-written baseline (a bare useMutation + fetch form) measured in the same run.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { it } from 'vitest';
import { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider, useCooldownRemaining } from '../src/index.js';
import { errorBody, flush, measureTimings, okBody, table as printTable, recordingFetch } from './support.js';

const runs = 50;

function out(line = '') {
  process.stdout.write(`${line}\n`);
}

const table = (rows: Array<Record<string, string | number>>) => printTable(rows, out);

let labelRenders = 0;

/** A button label built on the public countdown hook, counting its renders. */
function Label({ personId }: { personId: string }) {
  labelRenders++;
  const seconds = useCooldownRemaining({ personId });
  return seconds > 0 ? `Resend in ${seconds} s` : 'Send code';
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
                  <Label personId="43" />
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
  const timings = await measureTimings(runs);
  out();
  out(`Median of ${runs} runs against a bare useMutation + fetch form (baseline) and the same markup on useForm + useMutation (floor)`);
  table(timings);
  out();
});
