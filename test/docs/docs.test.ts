// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSnippets } from '../../scripts/docs/checkSnippets.mjs';
import { syncEmbeds } from '../../scripts/docs/embeds.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temporaries: string[] = [];
afterEach(() => {
  for (const folder of temporaries.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the snippet check', () => {
  it('given a block that does not compile under exactOptionalPropertyTypes, should report its file and line and skip the partial ones', () => {
    const work = mkdtempSync(join(root, 'node_modules/.cache/snippets-test-'));
    temporaries.push(work);
    const result = checkSnippets({ root, files: ['test/docs/fixtures/snippets.mdx'], work });

    expect(result.checked.map((block) => block.line)).toEqual([8, 14]);
    expect(result.skipped).toHaveLength(2);
    expect(result.failures).toHaveLength(1);
    // `medium: chosen` on line 16 of the page: an optional member declared without `| undefined` refuses it.
    expect(result.failures[0]).toMatchObject({ file: 'test/docs/fixtures/snippets.mdx', line: 16, block: 14 });
    expect(result.failures[0]?.message).toMatch(/TS2379|TS2375|exactOptionalPropertyTypes/);
  }, 120_000);
});

describe('the embed sync', () => {
  it('given a block that differs from its file, should report it, and with write should rewrite it to the file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'rtf-embeds-'));
    temporaries.push(copy);
    cpSync(join(root, 'test/docs/fixtures'), join(copy, 'test/docs/fixtures'), { recursive: true });
    const files = ['test/docs/fixtures/embeds.md'];

    expect(syncEmbeds({ root: copy, files }).stale).toEqual([
      { file: 'test/docs/fixtures/embeds.md', line: 6, path: 'test/docs/fixtures/embedded.txt', reason: 'differs from the file' },
    ]);
    syncEmbeds({ root: copy, files, write: true });
    expect(readFileSync(join(copy, files[0] ?? ''), 'utf8')).toContain('```ts\nexport const answer = 42;\n```');
    expect(syncEmbeds({ root: copy, files }).stale).toEqual([]);
  });
});
