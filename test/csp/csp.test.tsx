// @vitest-environment node
/**
 * A strict Content-Security-Policy works: a loopback server sends the server-rendered HTML of the
 * flow and the code step, the stylesheet and a bundle of the hydration entry (built here with Vite)
 * under `style-src 'self'` and `script-src 'self' 'nonce-…'`, no 'unsafe-inline'. In Debian's
 * Chromium nothing is refused, the boxes are drawn before and after hydration, and a person can send
 * and type a code.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import chromiumOptions from '../chromium.json' with { type: 'json' };
import { CspApp, newQueryClient } from './CspApp.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nonce = randomBytes(16).toString('base64');
const policy = [
  "default-src 'self'",
  "style-src 'self'",
  `script-src 'self' 'nonce-${nonce}'`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;
let serverHtml: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'rtf-csp-'));
  // A production bundle, as a host ships it: Vite and the React plugin read NODE_ENV, which Vitest sets to 'test'.
  const testEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [react()],
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: join(root, 'test/csp/cspClient.tsx'), output: { entryFileNames: 'client.js', format: 'es' } },
    },
  }).finally(() => {
    process.env.NODE_ENV = testEnvironment;
  });
  const [bundle, stylesheet] = await Promise.all([readFile(join(outDir, 'client.js')), readFile(join(root, 'src/styles.css'))]);
  serverHtml = renderToString(<CspApp queryClient={newQueryClient()} />);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<link rel="stylesheet" href="/styles.css"></head>
<body><div id="app">${serverHtml}</div><script type="module" src="/client.js" nonce="${nonce}"></script></body></html>`;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [type, body] =
      path === '/'
        ? ['text/html', page]
        : path === '/styles.css'
          ? ['text/css', stylesheet]
          : path === '/client.js'
            ? ['text/javascript', bundle]
            : [];
    if (!type) {
      // The favicon too: a 404 would be a console error.
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': policy }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumOptions.flags });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Opens the page, recording every CSP violation (the event, before any page script) and console error. */
async function open({ javaScriptEnabled }: { javaScriptEnabled: boolean }): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sample})`),
    );
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const problems = async () => {
    const violations = javaScriptEnabled ? await page.evaluate(() => (window as unknown as { violations: string[] }).violations) : [];
    return [...violations, ...consoleProblems];
  };
  return { page, problems };
}

/** The drawn boxes of the code step alone: their sizes and borders. */
const boxesOf = (page: Page) =>
  page.locator('[data-testid="code-step"] .rtf-code-slot').evaluateAll((slots) =>
    slots.map((slot) => {
      const box = slot.getBoundingClientRect();
      return { width: box.width, height: box.height, border: getComputedStyle(slot).borderTopWidth };
    }),
  );

describe('given a page served with a strict Content-Security-Policy', () => {
  it('should send HTML with no inline style attribute and no inline script but the nonced one', () => {
    expect(serverHtml).not.toMatch(/\sstyle=/);
    expect(serverHtml).not.toMatch(/<script/);
    expect(serverHtml).toContain('rtf-code-slot');
  });

  it('given the server HTML alone (no JavaScript), should draw the boxes styled', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    try {
      const boxes = await boxesOf(page);
      expect(boxes).toHaveLength(6);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThan(20);
        expect(box.height).toBeGreaterThan(40);
        expect(box.border).toBe('1px');
      }
      const title = page.getByRole('heading', { name: 'Enter your code' });
      expect(await title.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('600');
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('given hydration, should refuse nothing, and send and type a code as designed', async () => {
    const { page, problems } = await open({ javaScriptEnabled: true });
    try {
      const hydrated = page.locator('html[data-hydrated="true"]');
      await hydrated.waitFor({ state: 'attached', timeout: 30_000 }).catch(async (error: Error) => {
        throw new Error(`${error.message}\n${(await problems()).join('\n')}`);
      });
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.locator('.rtf-flow .rtf-code-input').waitFor({ timeout: 15_000 });
      const flowBoxes = await page
        .locator('.rtf-flow .rtf-code-slot')
        .evaluateAll((slots) => slots.map((slot) => slot.getBoundingClientRect().width));
      expect(flowBoxes).toHaveLength(6);
      for (const width of flowBoxes) expect(width).toBeGreaterThan(20);

      const input = page.getByTestId('code-step').getByRole('textbox');
      await input.click();
      await page.keyboard.type('123');
      const drawn = await page
        .locator('[data-testid="code-step"] .rtf-code-slot')
        .evaluateAll((slots) => slots.map((slot) => getComputedStyle(slot, '::before').content));
      expect(drawn.slice(0, 3)).toEqual(['"1"', '"2"', '"3"']);
      const boxes = await boxesOf(page);
      for (const box of boxes) expect(box.width).toBeGreaterThan(20);
      expect(await page.locator('html').getAttribute('data-hydration-error')).toBeNull();
      expect(await problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
