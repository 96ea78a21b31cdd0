// In Chromium: the server HTML already holds the prompt; after hydration a click on "Send code"
// goes through the route handler to the gateway and shows the hint. Prints one line per step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [origin, repo] = process.argv.slice(2);
const { chromium } = createRequire(`${repo}/package.json`)('playwright');
const { flags } = JSON.parse(readFileSync(`${repo}/test/chromium.json`, 'utf8'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: flags });
try {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'session', value: 'person-from-session', url: origin }]);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });

  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByText('Code sent to the phone of person-from-session.').waitFor({ timeout: 15_000 });
  console.log('page /: the click showed the hint');

  await page.goto(`${origin}/wrapper`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByTestId('on-sent').waitFor({ timeout: 15_000 });
  console.log('page /wrapper: a client component with adapter={createHttpAdapter(…)} sent, and onSent ran');

  if (problems.length > 0) throw new Error(`the browser reported:\n${problems.join('\n')}`);
} finally {
  await browser.close();
}
