// The README's pictures: the prompt and the code step, light and dark, drawn by Debian's Chromium from the built
// Storybook (the same stories the tests run) into docs/images/. Run `npm run docs:screenshots` after a visible
// change, look at the images, commit them.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '../test/docs/serveFolder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'storybook-static');
if (!existsSync(join(site, 'iframe.html'))) {
  console.error('storybook-static is missing: run npm run build-storybook first');
  process.exit(1);
}

const shots = [
  // The prompt as a portal first shows it.
  { name: 'prompt', story: 'components-twofactorprompt--idle', root: '.rtf-prompt', ready: '.rtf-prompt button' },
  // The code step with three digits typed (the story's play types them).
  {
    name: 'code-step',
    story: 'components-twofactorcodestep--typing',
    root: '.rtf-code-step',
    ready: '.rtf-code-slot:nth-child(3)[data-character]',
  },
];
const schemes = [
  { scheme: 'light', background: '#ffffff' },
  { scheme: 'dark', background: '#0d1117' },
];

const server = await serveFolder(site);
const browser = await launchChromium(root);
try {
  mkdirSync(join(root, 'docs/images'), { recursive: true });
  for (const { scheme, background } of schemes) {
    const context = await browser.newContext({ viewport: { width: 520, height: 720 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const shot of shots) {
      await page.goto(`${server.origin}/iframe.html?id=${shot.story}&viewMode=story`);
      await page.locator(shot.ready).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      // The page behind the component follows the scheme, as a portal's page would.
      await page.addStyleTag({ content: `html, body { background: ${background} !important; } #storybook-root { padding: 16px; }` });
      // No caret or focus ring caught mid-blink: the pictures show the state, not the moment.
      await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
      await page.waitForTimeout(300);
      const file = join(root, 'docs/images', `${shot.name}-${scheme}.png`);
      await page.locator('#storybook-root').screenshot({ path: file });
      console.log(`wrote docs/images/${shot.name}-${scheme}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
