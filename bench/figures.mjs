// Every figure of bench/README.md in one run: the runtime benches (jsdom, then Chromium), the size
// tables (all rows, the floor and the alternatives) and the size experiments.
//
//   npm run bench            # prints every table
//   npm run bench:update     # the same, and writes them into bench/README.md (between the
//                            # <!-- figures:NAME --> markers) and the CI limits into bench/size/limits.json
//   npm run bench:update -- --only=size,experiments   # only those sections
//
// Installs the bench package (the alternatives) first when it is missing, and builds the library.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { figuresFile } from './size/esbuild-options.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const root = dirname(bench);
const write = process.argv.includes('--write');

function run(command, args, { cwd = root } = {}) {
  process.stderr.write(`> ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}\n${command} ${args.join(' ')} failed (exit ${result.status})\n`);
    process.exit(1);
  }
  return stripVTControlCharacters(result.stdout);
}

/** The Markdown tables a bench printed, each with the line before it as its title. */
function tables(output) {
  const lines = output.split('\n').map((line) => line.trimEnd());
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index].startsWith('|') || lines[index - 1]?.startsWith('|')) continue;
    let end = index;
    while (lines[end + 1]?.startsWith('|')) end++;
    const title = lines[index - 1]?.replace(/^stdout \|.*$/, '').trim();
    blocks.push([...(title ? [`${title}:`, ''] : []), ...lines.slice(index, end + 1)].join('\n'));
    index = end;
  }
  return blocks.join('\n\n');
}

// Arguments are checked before the install and the build.
// `--only size,experiments`: measures and writes only those sections (the others keep their figures).
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const sections = {
  size: () => run('node', ['bench/size/table.mjs', '--skip-build', '--json', ...(write ? ['--limits'] : [])]).trim(),
  experiments: () => run('node', ['bench/size/experiment.mjs']).trim(),
  jsdom: () => tables(run('npm', ['run', '--silent', 'bench:render'])),
  chromium: () => tables(run('npm', ['run', '--silent', 'bench:browser'])),
  // The server handler against a bare proxy (issue 20): minutes on a loaded machine.
  server: () => run('node', ['bench/server-handler.mjs', '--profile']).trim(),
};
const unknown = only?.filter((name) => !(name in sections)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`--only: no section ${unknown.join(', ')}; the sections are ${Object.keys(sections).join(', ')}\n`);
  process.exit(2);
}
if (!existsSync(join(bench, 'node_modules'))) {
  run('npm', ['ci', '--prefix', 'bench', '--legacy-peer-deps', '--install-strategy=linked', '--no-audit', '--no-fund']);
}
run('npm', ['run', 'build']);

const chromium = (() => {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? 'chromium', ['--version'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1);
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} cores, Linux, Node ${process.version}, ${chromium}.`;

// The machine line and the README's quick-start sentence date the whole page: a partial run leaves them.
const figures = only ? {} : { machine };
for (const [name, measureSection] of Object.entries(sections)) {
  if (!only || only.includes(name)) figures[name] = measureSection();
}

for (const [name, text] of Object.entries(figures)) console.log(`\n## ${name}\n\n${text}`);

// The sentence of the root README that quotes the quick start. The project's own targets stay in bench/README.md:
// the README is for users.
const sizes = JSON.parse(readFileSync(figuresFile, 'utf8'));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const quickStart = sizes['quick-start'];
const readmeFigure =
  quickStart && sizes.amplify && sizes.floor
    ? `The quick start above is ${kB(quickStart.gzip)} gzip with every dependency (${kB(quickStart.withoutReactQuery)} in an app that\n` +
      `already ships react-query), ${(sizes.amplify.gzip / quickStart.gzip).toFixed(1)}× smaller than Amplify's Authenticator and ` +
      `${kB(quickStart.gzip - sizes.floor.gzip)} above what react-query,\nreact-hook-form and zod cost on their own ` +
      `(measured ${new Date().toISOString().slice(0, 10)}).`
    : undefined;

/** Replaces the text between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->` in a file. */
function fill(file, sections) {
  let text = readFileSync(file, 'utf8');
  for (const [name, figure] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- figures:${name} -->\\n)[\\s\\S]*?(<!-- /figures:${name} -->)`);
    if (!pattern.test(text)) {
      process.stderr.write(`${file} has no <!-- figures:${name} --> section; left out\n`);
      continue;
    }
    text = text.replace(pattern, (_, open, close) => `${open}${figure}\n${close}`);
  }
  writeFileSync(file, text);
}

if (write) {
  fill(join(bench, 'README.md'), figures);
  const wroteSize = 'size' in figures;
  if (readmeFigure && !only) fill(join(root, 'README.md'), { 'quick-start': readmeFigure });
  process.stderr.write(
    `bench/README.md (${Object.keys(figures).join(', ')})${only ? '' : ', README.md'}${wroteSize ? ' and bench/size/limits.json' : ''} updated\n`,
  );
}
