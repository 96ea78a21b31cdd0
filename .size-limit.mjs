// Bundle-size budgets of react-two-factor, checked in CI by `npm run size` (size-limit with
// @size-limit/preset-small-lib: esbuild, minified, tree-shaken, gzip). Figures and how they compare
// with the alternatives: bench/README.md.
//
// The limits sit a few per cent above the figures measured on 2026-11-28, as regression guards. The
// issue's targets (own code: prompt 6 kB, hook + HTTP adapter 2.5 kB, core 2 kB) are not met; why is in
// bench/README.md.
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
  ...rows('import { TwoFactorPrompt }', 'dist/index.js', '{ TwoFactorPrompt }', { own: '6.8 kB', withDependencies: '26.5 kB' }),
  ...rows('import { useSendTwoFactorCode, createHttpAdapter }', 'dist/index.js', '{ useSendTwoFactorCode, createHttpAdapter }', {
    own: '5.6 kB',
    withDependencies: '15 kB',
  }),
  ...rows("import { createHttpAdapter } from 'react-two-factor/core'", 'dist/core/index.js', '{ createHttpAdapter }', {
    own: '3.6 kB',
    withDependencies: '11.4 kB',
  }),
];
