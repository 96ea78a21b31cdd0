// The documentation's checks and writers:
//   node scripts/docs.mjs check       every ts/tsx block type-checks, embeds equal their files, the reference is fresh
//   node scripts/docs.mjs sync        rewrite embedded blocks from their files (npm run docs:sync)
//   node scripts/docs.mjs reference   regenerate docs/reference (npm run docs:reference)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkSnippets } from './docs/checkSnippets.mjs';
import { syncEmbeds } from './docs/embeds.mjs';
import { generateReference, referenceFolder, staleReference } from './docs/reference.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];

function seconds(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

if (command === 'sync') {
  const { embeds, stale } = syncEmbeds({ root, write: true });
  for (const entry of stale) console.log(`${entry.file}:${entry.line}: ${entry.path}: ${entry.reason}`);
  console.log(`${embeds.length} embedded blocks, ${stale.length} rewritten`);
  if (stale.some((entry) => entry.reason !== 'rewritten')) process.exitCode = 1;
} else if (command === 'reference') {
  generateReference(root);
  console.log(`wrote ${referenceFolder}`);
} else if (command === 'reference-check') {
  const stale = staleReference(root);
  for (const entry of stale) console.error(`${referenceFolder}/${entry}: run npm run docs:reference`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else if (command === 'check') {
  let failed = false;
  let start = performance.now();
  // The reference is regenerated in a process of its own, beside the type check: each is one CPU-bound program.
  const referenceStart = performance.now();
  const reference = new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'reference-check'], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => resolve(code === 0));
  });

  const { embeds, stale } = syncEmbeds({ root });
  for (const entry of stale) console.error(`${entry.file}:${entry.line}: embed of ${entry.path} ${entry.reason}: run npm run docs:sync`);
  console.log(`docs: ${embeds.length} embedded blocks, ${stale.length} stale (${seconds(start)})`);
  failed ||= stale.length > 0;

  start = performance.now();
  const snippets = checkSnippets({ root });
  for (const failure of snippets.failures) {
    const where = failure.block ? ` (block at line ${failure.block})` : '';
    console.error(`${failure.file}:${failure.line}${where}: ${failure.message}`);
  }
  console.log(
    `docs: ${snippets.checked.length} ts/tsx blocks type-checked against ${snippets.build}, ${snippets.skipped.length} skipped (partial, or a consumer app's file its own tsc compiles), ${snippets.failures.length} errors (${seconds(start)})`,
  );
  failed ||= snippets.failures.length > 0;

  const fresh = await reference;
  console.log(`docs: reference ${fresh ? 'fresh' : 'stale'} (${seconds(referenceStart)})`);
  failed ||= !fresh;
  if (failed) process.exitCode = 1;
} else {
  console.error('usage: node scripts/docs.mjs check | sync | reference');
  process.exitCode = 2;
}
