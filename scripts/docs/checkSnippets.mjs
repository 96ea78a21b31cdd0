// Type-checks every ts/tsx block of the README and the guides against the built package, as a reader's strict
// project would (`strict` + `exactOptionalPropertyTypes`), in one temporary project under node_modules/.cache
// where `react-two-factor` resolves to the build. Free names a snippet leaves to the reader (`getSession`,
// `person`, …) are declared once in docs/snippets.d.ts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { documentationFiles, readBlocks } from './blocks.mjs';

const checkedLanguages = new Set(['ts', 'tsx', 'typescript']);

function newestModification(folder) {
  let newest = 0;
  for (const name of readdirSync(folder, { recursive: true })) {
    const stat = statSync(join(folder, String(name)));
    if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** `dist/` when `npm run build` wrote it after the last change under src/, else null. */
function freshDist(root) {
  const outputs = ['dist/index.js', 'dist/index.d.ts', 'dist/server/index.d.ts'].map((file) => join(root, file));
  if (!outputs.every((file) => existsSync(file))) return null;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return built >= newestModification(join(root, 'src')) ? join(root, 'dist') : null;
}

// A copy of a consumer template's file is compiled where it runs, by that app's own strict tsc with its
// framework's types (next, @react-router/dev, jest), which this check does not install.
const compiledByItsApp = (block) => block.embed?.startsWith('test/consumer/') ?? false;
const skips = (block) => block.partial || compiledByItsApp(block) || /^\s*\/\/\s*@ts-nocheck/m.test(block.content);

/** The blocks to check, in order: ts/tsx, not marked partial, not a consumer template's file, without `// @ts-nocheck`. */
export function snippetsOf(root, files = documentationFiles(root)) {
  const blocks = files.flatMap((file) => readBlocks(root, file)).filter((block) => checkedLanguages.has(block.lang));
  return { checked: blocks.filter((block) => !skips(block)), skipped: blocks.filter(skips) };
}

/**
 * Checks the blocks; returns `{ checked, skipped, failures, build }` where each failure is
 * `{ file, line, message }` at the block's own line (the file:line a reader opens).
 */
export function checkSnippets({ root, files, work = join(root, 'node_modules/.cache/react-two-factor-docs') } = {}) {
  const { checked, skipped } = snippetsOf(root, files);
  // Kept between runs: tsc rebuilds only what changed.
  const declarations = join(root, 'node_modules/.cache/react-two-factor-declarations');
  rmSync(work, { recursive: true, force: true });
  const pkg = join(work, 'node_modules/react-two-factor');
  mkdirSync(join(work, 'snippets'), { recursive: true });
  mkdirSync(pkg, { recursive: true });
  // A package.json of its own, so that the repository's own name does not resolve by self-reference.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'docs-snippets', private: true, type: 'module' }));
  copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'));

  const require = createRequire(join(root, 'package.json'));
  const tsc = require.resolve('typescript/bin/tsc');
  const dist = freshDist(root);
  let build;
  if (dist) {
    symlinkSync(dist, join(pkg, 'dist'), 'dir');
    build = 'dist/ (fresh)';
  } else {
    // Only the declarations, incrementally: the check reads types, and tsc alone is quicker than the whole build.
    const buildInfo = `${declarations}.tsbuildinfo`;
    // tsc trusts its build info: without the output it would emit nothing.
    if (!existsSync(join(declarations, 'index.d.ts'))) rmSync(buildInfo, { force: true });
    const incremental = ['--incremental', '--tsBuildInfoFile', buildInfo];
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', declarations, ...incremental], {
      cwd: root,
      stdio: 'pipe',
    });
    symlinkSync(declarations, join(pkg, 'dist'), 'dir');
    build = 'declarations built from src/';
  }

  const names = new Map();
  checked.forEach((block, index) => {
    const name = `snippet-${String(index).padStart(3, '0')}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
    names.set(name, block);
    // `export {}` makes each block a module of its own, so that two blocks may declare the same name.
    writeFileSync(join(work, 'snippets', name), `${block.content}\nexport {};\n`);
  });
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
      },
      files: [join(root, 'docs/snippets.d.ts'), ...[...names.keys()].map((name) => join('snippets', name))],
    }),
  );
  const failures = [];
  if (checked.length > 0) {
    try {
      execFileSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json'), '--pretty', 'false'], { cwd: work, stdio: 'pipe' });
    } catch (error) {
      const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
      const diagnostic = /^(.+?)\((\d+),(\d+)\): (error .*)$/;
      let last = null;
      for (const text of output.split('\n')) {
        const found = diagnostic.exec(text);
        if (found) {
          const name = found[1].replace(/^.*snippets\//, '');
          const block = names.get(name);
          last = block
            ? { file: block.file, line: block.line + Number(found[2]) - 1, block: block.line, message: found[4] }
            : { file: resolve(work, found[1]), line: Number(found[2]), block: null, message: found[4] };
          failures.push(last);
        } else if (last && text.startsWith('  ')) {
          last.message += `\n${text}`;
        } else if (text.trim() !== '') {
          last = { file: 'tsc', line: 0, block: null, message: text };
          failures.push(last);
        }
      }
      if (failures.length === 0) failures.push({ file: 'tsc', line: 0, block: null, message: output || String(error) });
    }
  }
  return { checked, skipped, failures, build };
}
