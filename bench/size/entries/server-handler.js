// The server half's request handler (react-two-factor/server). The row is skipped while the package
// has no ./server export; if the export below has another name, change it here.
export { createTwoFactorHandler } from 'react-two-factor/server';
