// A block preceded by an embed marker is a copy of a file the tests run: one source. `syncEmbeds` lists the
// blocks that differ from their file and, with `write`, rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentationFiles, readBlocks } from './blocks.mjs';

function withoutFinalNewline(text) {
  return text.replace(/\n+$/, '');
}

/** Returns `{ embeds, stale }`: every embedded block, and those whose file says otherwise (`{ file, line, path, reason }`). */
export function syncEmbeds({ root, files = documentationFiles(root), write = false } = {}) {
  const embeds = [];
  const stale = [];
  for (const file of files) {
    const blocks = readBlocks(root, file).filter((block) => block.embed);
    if (blocks.length === 0) continue;
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    // From the last block up, so that the line numbers of the ones above still hold while rewriting.
    for (const block of [...blocks].reverse()) {
      embeds.push(block);
      const source = join(root, block.embed);
      if (!existsSync(source)) {
        stale.push({ file, line: block.line, path: block.embed, reason: 'the file does not exist' });
        continue;
      }
      const wanted = withoutFinalNewline(readFileSync(source, 'utf8'));
      if (withoutFinalNewline(block.content) === wanted) continue;
      stale.push({ file, line: block.line, path: block.embed, reason: write ? 'rewritten' : 'differs from the file' });
      const pad = ' '.repeat(block.indent);
      lines.splice(block.open + 1, block.close - block.open - 1, ...wanted.split('\n').map((line) => (line ? pad + line : line)));
    }
    if (write && stale.some((entry) => entry.file === file)) writeFileSync(join(root, file), lines.join('\n'));
  }
  return { embeds: embeds.reverse(), stale: stale.reverse() };
}
