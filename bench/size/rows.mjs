// The size rows: one entry file each (entries/), the imports a portal writes, measured with every
// dependency it pulls in (react and react-dom excepted). Read by bench/size/table.mjs (the tables in
// bench/README.md) and by the root .size-limit.mjs (the CI limits), so both measure the same thing.
//
// - `target`: the target (gzip); the CI limits are in limits.json (see the root .size-limit.mjs).
// - `needs`: a path under the repository root; the row is skipped while it does not exist.
export const rows = [
  { id: 'quick-start', label: 'README quick start', entry: 'quick-start.js', kind: 'library', target: '30 kB' },
  { id: 'full-flow', label: 'full flow', entry: 'full-flow.js', kind: 'library', target: '33 kB' },
  { id: 'headless', label: 'headless hook + HTTP adapter + provider', entry: 'headless.js', kind: 'library' },
  { id: 'core', label: 'HTTP adapter from /core', entry: 'core-http-adapter.js', kind: 'library' },
  {
    id: 'server',
    label: '/server handler',
    entry: 'server-handler.js',
    kind: 'library',
    needs: 'dist/server/index.js',
  },
  { id: 'floor', label: 'floor of the fixed stack', entry: 'floor.js', kind: 'floor' },
  {
    id: 'amplify',
    label: 'Amplify Authenticator',
    entry: 'amplify-authenticator.js',
    kind: 'alternative',
    needs: 'bench/node_modules/@aws-amplify/ui-react',
  },
  { id: 'ory', label: 'Ory Login', entry: 'ory-login.js', kind: 'alternative', needs: 'bench/node_modules/@ory/elements-react' },
  { id: 'input-otp', label: 'input-otp', entry: 'input-otp.js', kind: 'alternative', needs: 'bench/node_modules/input-otp' },
];
