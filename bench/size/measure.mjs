// Bundles one size row (bench/size/rows.mjs) with the esbuild that the root's size-limit runs and
// reports what a user downloads: gzip -9 and minified bytes, and the minified bytes of each package
// (esbuild metafile). Shared by table.mjs and experiment.mjs.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { esbuildOptions, root } from './esbuild-options.mjs';

const esbuildPath = createRequire(createRequire(join(root, 'package.json')).resolve('@size-limit/esbuild')).resolve('esbuild');
const { build } = await import(pathToFileURL(esbuildPath).href);

export const ownCode = 'react-two-factor';
/** The row's own entry file: re-exports only, next to nothing. */
export const entryFile = '(entry file)';

/** The package a bundled file belongs to: the last node_modules segment, else the library itself. */
export function packageOf(file) {
  if (file.startsWith('bench/size/entries/') || file.includes('/bench/size/entries/')) return entryFile;
  const match = file.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return match ? match[1] : ownCode;
}

/** Whether a row can be measured here (its `needs` path exists). */
export const available = (row) => !row.needs || existsSync(join(root, row.needs));

/**
 * @param {string} entry an entry file in bench/size/entries
 * @param {{ without?: string[], source?: string }} options packages left out; a source tree for experiments
 * @returns {Promise<{ gzip: number, minified: number, packages: Map<string, number>, modules: Map<string, number> }>}
 */
export async function measure(entry, options = {}) {
  const result = await build(esbuildOptions(entry, options));
  const packages = new Map();
  // The library's own modules, by path below dist/ (or src/ in an experiment's copy).
  const modules = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const name = packageOf(file);
      if (name === entryFile) continue;
      packages.set(name, (packages.get(name) ?? 0) + input.bytesInOutput);
      if (name === ownCode && input.bytesInOutput > 0) modules.set(file.replace(/^.*?\/(dist|src)\//, '$1/'), input.bytesInOutput);
    }
  }
  const contents = result.outputFiles.find((file) => file.path.endsWith('.js')).contents;
  return { gzip: gzipSync(contents, { level: 9 }).length, minified: contents.length, packages, modules };
}
