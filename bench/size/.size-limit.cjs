// Sizes of what a user would install instead of react-two-factor, measured like the root's
// "with dependencies" rows (package.json `size-limit`): esbuild bundle of the named import,
// minified, gzip, react and react-dom left out. Run: npm --prefix bench run size
//
// size-limit resolves an `import` key as a file, so each package is imported through a one-line
// re-export in entries/ (tree-shaken by esbuild exactly like a direct import).
// Unlike the root, whose peer @tanstack/react-query size-limit leaves out of every row, the
// alternatives' peers are bundled: aws-amplify (peer of @aws-amplify/ui-react) is in its row.
const ignore = ['react', 'react-dom'];

module.exports = [
  {
    name: "import { Authenticator } from '@aws-amplify/ui-react'",
    path: 'entries/amplify-authenticator.js',
    import: '{ Authenticator }',
    ignore,
    gzip: true,
  },
  {
    name: "import { Login } from '@ory/elements-react/theme'",
    path: 'entries/ory-login.js',
    import: '{ Login }',
    ignore,
    gzip: true,
  },
  {
    name: "import { OTPInput } from 'input-otp'",
    path: 'entries/input-otp.js',
    import: '{ OTPInput }',
    ignore,
    gzip: true,
  },
];
