// The built Storybook, guides included: every internal link of every docs page leads somewhere. Run by
// `npm run test:docs-site` (it builds the site first: slow, so a step of its own in .ci/run).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from './serveFolder.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = join(root, 'storybook-static');
let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(site, 'index.json')), 'storybook-static/index.json is missing: run npm run build-storybook first');
  server = await serveFolder(site);
  browser = await launchChromium(root);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('given the built Storybook, every internal link of every docs page should lead to an entry, an anchor or a file', async () => {
  const { entries } = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
  const ids = new Set(Object.keys(entries));
  const docs = Object.values(entries).filter((entry) => entry.type === 'docs');
  assert.ok(
    docs.some((entry) => entry.title.startsWith('Guides/')),
    'the guides are not in the site',
  );
  const broken = [];
  const files = new Set();
  let followed = 0;
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  for (const entry of docs) {
    pageErrors.length = 0;
    await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs`);
    try {
      await page.locator('.sbdocs-content').first().waitFor({ timeout: 60_000 });
    } catch {
      const shown = ((await page.locator('body').textContent()) ?? '').slice(0, 500);
      broken.push(`${entry.title}: the page did not render (${[...pageErrors, shown].join(' | ')})`);
      continue;
    }
    await page.waitForLoadState('networkidle');
    // The page's own links: those drawn by a story inside it (a recipe's "Use another account") are the story's.
    const links = await page.$$eval('.sbdocs-content a[href]', (anchors) =>
      anchors
        .filter((anchor) => !anchor.closest('.docs-story'))
        .map((anchor) => ({ href: anchor.href, raw: anchor.getAttribute('href'), text: anchor.textContent?.trim() ?? '' })),
    );
    for (const link of links) {
      const url = new URL(link.href);
      if (url.origin !== server.origin) continue;
      followed++;
      const where = `${entry.title} → "${link.text}" (${link.raw})`;
      const path = url.searchParams.get('path');
      if ((url.pathname === '/' || url.pathname === '/index.html') && path) {
        const target = /^\/(?:docs|story)\/([^/?#]+)/.exec(path)?.[1];
        if (!target || !ids.has(target)) broken.push(`${where}: no entry ${path}`);
      } else if (url.pathname === '/iframe.html' && url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if ((await page.locator(`[id="${id.replaceAll('"', '\\"')}"]`).count()) === 0) broken.push(`${where}: no element #${id}`);
      } else {
        files.add(url.pathname);
        if (!existsSync(join(site, decodeURIComponent(url.pathname)))) broken.push(`${where}: no file ${url.pathname}`);
      }
    }
  }
  // The reference pages are Markdown files: follow their relative links too.
  const queue = [...files].filter((file) => file.endsWith('.md'));
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.shift();
    const path = join(site, decodeURIComponent(file));
    if (!existsSync(path)) continue;
    for (const [, target] of readFileSync(path, 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      followed++;
      const next = new URL(target, `${server.origin}${file}`).pathname;
      if (!existsSync(join(site, decodeURIComponent(next)))) broken.push(`${file} → ${target}: no file ${next}`);
      else if (next.endsWith('.md') && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  console.log(`followed ${followed} internal links on ${docs.length} docs pages and ${seen.size} reference files`);
  assert.deepEqual(broken, []);
});
