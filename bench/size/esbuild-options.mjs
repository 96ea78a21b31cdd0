// The esbuild options of every size row, shared by bench/size/table.mjs and the root .size-limit.mjs:
// size-limit's own (minified, tree-shaken), ES module output (an entry's exports are what is kept),
// react and react-dom left out, and `react-two-factor` resolved to this repository's build.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const entries = join(root, 'bench', 'size', 'entries');
export const external = ['react', 'react-dom'];
/** The last table's figures, for bench/figures.mjs (in an ignored folder). */
export const figuresFile = join(root, 'node_modules', '.cache', 'react-two-factor-bench', 'figures.json');
// What an app that already ships react-query does not download again.
export const reactQuery = ['@tanstack/react-query', '@tanstack/query-core'];

/**
 * Resolves `react-two-factor` and `react-two-factor/<entry>` through the root package.json's
 * `exports`, as a portal's bundler would resolve the installed package. With `source`, to the
 * TypeScript sources of that tree instead (dist/x.js → src/x.ts), for experiments on a copy.
 */
export function libraryPlugin({ source } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: 'react-two-factor',
    setup(build) {
      build.onResolve({ filter: /^react-two-factor(\/|$)/ }, (args) => {
        const subpath = `.${args.path.slice('react-two-factor'.length)}`;
        const target = pkg.exports[subpath];
        const file = typeof target === 'string' ? target : target?.default;
        if (!file) return { errors: [{ text: `react-two-factor has no "${subpath}" export in package.json` }] };
        if (source) return { path: join(source, file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')) };
        return { path: join(root, file) };
      });
    },
  };
}

/** esbuild options for one entry file; `without` adds packages left out of the bundle. */
export function esbuildOptions(entry, { without = [], source } = {}) {
  return {
    entryPoints: [join(entries, entry)],
    bundle: true,
    format: 'esm',
    external: [...external, ...without],
    metafile: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    minifyWhitespace: true,
    treeShaking: true,
    write: false,
    outdir: join(root, 'bench', 'size', '.out'),
    logLevel: 'silent',
    jsx: 'automatic',
    plugins: [libraryPlugin({ source })],
    // A copy of the sources outside the tree still finds the root's dependencies.
    ...(source && { nodePaths: [join(root, 'node_modules')] }),
  };
}
