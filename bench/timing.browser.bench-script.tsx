/**
 * The timing part of the runtime bench in real Chromium (run: npm run bench:browser), where the DOM
 * costs what it costs in a browser, not what it costs in jsdom. Prints two tables; asserts nothing.
 *
 * The second table counts commits as a browser schedules them, without act(): in jsdom the bench's
 * act() batches "Sending…" and an instant answer into one commit; here each state the person sees is
 * its own commit, and any commit beyond those is waste.
 */

import { cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { it } from 'vitest';
import { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider } from '../src/index.js';
import { errorBody, measureTimings, okBody, recordingFetch, table } from './support.js';

const runs = 200;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Commits of the default prompt per interaction, and what each showed, without act(). */
async function commitsWithoutAct() {
  const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
  let body = okBody;
  const { fetch } = recordingFetch(() => body);
  let container: HTMLElement = document.body;
  const shown: string[] = [];
  const onRender = () => {
    const status = container.querySelector('.rtf-prompt')?.getAttribute('data-status');
    shown.push(`${status}: ${container.querySelector('button')?.textContent}`);
  };
  const rows: Array<Record<string, string | number>> = [];
  const count = async (interaction: string, act: () => void, ms = 100) => {
    shown.length = 0;
    act();
    await wait(ms);
    rows.push({ interaction, commits: shown.length, 'each commit shows': shown.join(' → ') });
  };
  // Testing Library's render (inside act) mounts; the clicks below are plain DOM clicks, outside act.
  await count('mount', () => {
    ({ container } = render(
      <Profiler id="prompt" onRender={onRender}>
        <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: 'https://example.test/2fa', fetch })}>
          <TwoFactorPrompt personId="bench-no-act" cooldownSeconds={1} />
        </TwoFactorProvider>
      </Profiler>,
    ));
  });
  await count('send (click to settled)', () => container.querySelector('button')?.click());
  await count('cooldown end', () => {}, 1100);
  body = errorBody;
  await count('server error (click to settled)', () => container.querySelector('button')?.click());
  cleanup();
  sessionStorage.clear();
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
  return rows;
}

it('prints the timing figures in Chromium', async () => {
  const lines = [`react-two-factor timing in Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}), ${runs} runs`];
  table(await measureTimings(runs), (line) => lines.push(line));
  lines.push('', 'React commits per interaction in Chromium, without act() (fetch answers at once)');
  table(await commitsWithoutAct(), (line) => lines.push(line));
  console.log(lines.join('\n'));
});
