// One markdown table of bundle sizes: the root package's size-limit entries (.size-limit.mjs) and the
// alternatives (bench/size/.size-limit.cjs), each with its ratio to the prompt with its dependencies.
//
//   node bench/size/table.mjs                 # builds the library first (npm run build at the root)
//   node bench/size/table.mjs --skip-build    # uses the dist/ already there
//   node bench/size/table.mjs --breakdown     # also what the prompt's bundle is made of
//
// The breakdown is printed anyway when the prompt with its dependencies is over 30 kB.
// Needs `npm ci` at the root and the bench install (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const bench = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(bench);
const args = new Set(process.argv.slice(2));
const promptRow = 'import { TwoFactorPrompt }: with dependencies';
const breakdownThreshold = 30_000;

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`${command} ${commandArgs.join(' ')}: ${result.error.message}`);
  return result;
}

function sizeLimit(cwd, extraArgs) {
  const bin = join(cwd, 'node_modules', '.bin', 'size-limit');
  if (!existsSync(bin)) fail(`${bin} is missing: run npm ci in ${cwd} (see bench/README.md)`);
  const result = run(bin, ['--json', ...extraArgs], cwd);
  // A check over its budget exits 1 but still prints the JSON.
  try {
    return JSON.parse(result.stdout);
  } catch {
    fail(`size-limit in ${cwd} printed no JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

function kB(bytes) {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(2)} kB`;
}

function ratio(bytes, reference) {
  const value = bytes / reference;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`;
}

// Aligned like the formatter leaves markdown tables: first column left, the others right.
function markdown(header, rows) {
  const widths = header.map((_, column) => Math.max(3, ...[header, ...rows].map((cells) => cells[column].length)));
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

if (!args.has('--skip-build')) {
  process.stderr.write('building the library (npm run build)…\n');
  const build = run('npm', ['run', 'build'], root);
  if (build.status !== 0) fail(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
if (!existsSync(join(root, 'dist', 'index.js'))) fail('dist/index.js is missing: run npm run build at the root');

const own = sizeLimit(root, []);
const alternatives = sizeLimit(bench, ['--config', 'size/.size-limit.cjs']);
const prompt = own.find((check) => check.name === promptRow);
if (!prompt) fail(`no "${promptRow}" entry in the root .size-limit.mjs`);

const rows = [...own.map((check) => ({ ...check, source: 'react-two-factor' })), ...alternatives.map((check) => ({ ...check }))];
console.log(
  markdown(
    ['import (minified + gzip, react and react-dom excluded)', 'size', 'budget', `vs. \`${promptRow}\``],
    rows.map((check) => [
      check.name.replaceAll('|', '\\|'),
      kB(check.size),
      check.sizeLimit ? `${kB(check.sizeLimit)}${check.passed ? '' : ' **over**'}` : '',
      ratio(check.size, prompt.size),
    ]),
  ),
);

if (args.has('--breakdown') || prompt.size > breakdownThreshold) {
  console.log();
  console.log(await breakdown());
}

// What `import { TwoFactorPrompt }` bundles, with size-limit's esbuild options and the same exclusions
// as its "with dependencies" row (react and react-dom): bytes each package adds to the minified bundle
// (esbuild metafile), and what the gzip size loses when that package is left out (marginal cost; the
// parts do not add up exactly).
async function breakdown() {
  // The esbuild the root's size-limit runs, so that the figures match its rows.
  const esbuild = createRequire(createRequire(join(root, 'package.json')).resolve('@size-limit/esbuild')).resolve('esbuild');
  const { build } = await import(pathToFileURL(esbuild).href);
  const ownCode = 'react-two-factor (own code)';
  const groups = [
    { name: 'react-hook-form', external: ['react-hook-form'] },
    { name: 'zod (zod/mini)', external: ['zod'] },
    { name: '@hookform/resolvers', external: ['@hookform/resolvers'] },
    { name: '@tanstack/react-query (peer, with its query-core)', external: ['@tanstack/react-query', '@tanstack/query-core'] },
  ];
  const groupOf = (file) => {
    const match = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (!match) return ownCode;
    return groups.find((group) => group.external.includes(match[1]))?.name ?? match[1];
  };
  const bundle = async (external) => {
    const result = await build({
      stdin: {
        contents: `import { TwoFactorPrompt } from ${JSON.stringify(join(root, 'dist', 'index.js'))};\nconsole.log(TwoFactorPrompt);\n`,
        resolveDir: root,
      },
      bundle: true,
      external: ['react', 'react-dom', ...external],
      metafile: true,
      minifyIdentifiers: true,
      minifySyntax: true,
      minifyWhitespace: true,
      treeShaking: true,
      write: false,
      outdir: join(bench, 'size', '.out'),
      logLevel: 'silent',
    });
    const bytes = new Map();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [file, input] of Object.entries(output.inputs)) {
        bytes.set(groupOf(file), (bytes.get(groupOf(file)) ?? 0) + input.bytesInOutput);
      }
    }
    const [output] = result.outputFiles;
    return { gzip: gzipSync(output.contents, { level: 9 }).length, minified: output.contents.length, bytes };
  };

  const measured = await bundle([]);
  const rows = [];
  for (const group of groups) {
    const without = await bundle(group.external);
    rows.push([group.name, kB(measured.bytes.get(group.name) ?? 0), kB(measured.gzip - without.gzip)]);
  }
  const alone = await bundle(groups.flatMap((group) => group.external));
  rows.push([ownCode, kB(measured.bytes.get(ownCode) ?? 0), `${kB(alone.gzip)} (alone)`]);
  for (const [group, size] of measured.bytes) {
    if (!rows.some(([name]) => name === group)) rows.push([group, kB(size), '']);
  }
  rows.push([
    '**bundle** (the size-limit row, before its empty-project correction)',
    `**${kB(measured.minified)}**`,
    `**${kB(measured.gzip)}**`,
  ]);
  return markdown(['`import { TwoFactorPrompt }: with dependencies` is made of', 'minified', 'gzip (saved when left out)'], rows);
}
