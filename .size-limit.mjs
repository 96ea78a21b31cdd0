// Bundle-size budgets of react-two-factor, checked in CI by `npm run size` (size-limit with
// @size-limit/preset-small-lib: esbuild, minified, tree-shaken, gzip). Figures and how they compare
// with the alternatives: bench/README.md.
//
// The limits sit a few per cent above the figures measured on 2026-12-01 after the hardened transport
// and the page-wide engine, as regression guards; issue 16 replaces these rows with the imports a
// portal writes.
//
// Each import is measured twice, react and react-dom always left out:
// - own code: every dependency left out as well;
// - with dependencies: everything else an app downloads for it. size-limit leaves a package's
//   peerDependencies out of every row by itself, so these rows put the peer @tanstack/react-query back.
const dependencies = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', '@hookform/resolvers', 'zod'];
const bundlePeers = (config) => ({ ...config, external: ['react', 'react-dom'] });

function rows(label, path, imported, { own, withDependencies }) {
  return [
    { name: `${label}: own code`, path, import: imported, ignore: dependencies, limit: own, gzip: true },
    {
      name: `${label}: with dependencies`,
      path,
      import: imported,
      modifyEsbuildConfig: bundlePeers,
      limit: withDependencies,
      gzip: true,
    },
  ];
}

export default [
  ...rows('import { TwoFactorPrompt }', 'dist/index.js', '{ TwoFactorPrompt }', { own: '9 kB', withDependencies: '28.2 kB' }),
  ...rows('import { useSendTwoFactorCode, createHttpAdapter }', 'dist/index.js', '{ useSendTwoFactorCode, createHttpAdapter }', {
    own: '10.5 kB',
    withDependencies: '19.7 kB',
  }),
  ...rows("import { createHttpAdapter } from 'react-two-factor/core'", 'dist/core/index.js', '{ createHttpAdapter }', {
    own: '7.1 kB',
    withDependencies: '14.7 kB',
  }),
];
