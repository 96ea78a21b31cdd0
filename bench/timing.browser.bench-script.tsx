/**
 * The timing part of the runtime bench in real Chromium (run: npm run bench:browser), where the DOM
 * costs what it costs in a browser, not what it costs in jsdom. Prints one table; asserts nothing.
 */
import { it } from 'vitest';
import { measureTimings, table } from './support.js';

const runs = 50;

it('prints the timing figures in Chromium', async () => {
  const lines = [`react-two-factor timing in Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}), ${runs} runs`];
  table(await measureTimings(runs), (line) => lines.push(line));
  console.log(lines.join('\n'));
});
