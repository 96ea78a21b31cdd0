// In Chromium, on a page serving <TwoFactorFlow> through a real route handler to fake-gateway.mjs: the
// server HTML holds the prompt; after hydration "Send code" goes to the code step, whose drawn boxes and
// input have a size (a host's CSS reset must not hide them); typing 123456 reaches the verified state.
// With `--wrapper`, also /wrapper: a client component passing adapter={createHttpAdapter(…)} sends and
// runs onSent. Prints one line per step; throws at the end for boxes without a size or any browser
// error, at once for a step that does not happen.
//
//   node test/consumer/click-flow.mjs <origin> <repository root> [--wrapper]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [origin, repo, ...flags] = process.argv.slice(2);
const { chromium } = createRequire(`${repo}/package.json`)('playwright');
const chromiumFlags = JSON.parse(readFileSync(`${repo}/test/chromium.json`, 'utf8')).flags;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumFlags });

async function size(locator) {
  const box = await locator.boundingBox();
  return box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'not rendered';
}

try {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'session', value: 'person-from-session', url: origin }]);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below with its address.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    // A template without a favicon is not the library's problem.
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });

  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Send code' }).click();
  const input = page.getByLabel('Verification code');
  await input.waitFor({ state: 'attached', timeout: 15_000 }); // its size is checked below
  await page.getByText('Code sent to the phone of person-from-session.').first().waitFor({ timeout: 15_000 });
  console.log('sent: the code step shows the hint of the session’s person');

  const slots = page.locator('.rtf-code-slot');
  const sizes = { input: await size(input), boxes: await size(page.locator('.rtf-code-slots')) };
  for (let index = 0; index < (await slots.count()); index += 1) sizes[`box ${index + 1}`] = await size(slots.nth(index));
  console.log('sizes:', JSON.stringify(sizes));
  // Reported at the end, so that one run also shows whether the rest of the flow works.
  const empty = Object.entries(sizes).filter(([, measured]) => !/^[1-9]\d*×[1-9]\d*$/.test(measured));
  if ((await slots.count()) !== 6) problems.push(`expected 6 drawn boxes, found ${await slots.count()}`);
  if (empty.length > 0) problems.push(`no size: ${empty.map(([name, measured]) => `${name} ${measured}`).join(', ')}`);
  else console.log('boxes: the input and each of the 6 boxes have a size');

  await input.focus();
  await page.keyboard.type('123456');
  await page.locator('.rtf-code-step[data-status="verified"]').waitFor({ timeout: 15_000 });
  await page.getByText('Code accepted.').first().waitFor({ timeout: 15_000 });
  console.log('verified: typing 123456 reached data-status="verified"');

  if (flags.includes('--wrapper')) {
    await page.goto(`${origin}/wrapper`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByTestId('on-sent').waitFor({ timeout: 15_000 });
    console.log('page /wrapper: a client component with adapter={createHttpAdapter(…)} sent, and onSent ran');
  }

  if (problems.length > 0) throw new Error(problems.join('\n'));
} finally {
  await browser.close();
}
