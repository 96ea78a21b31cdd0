// A host's own markup on the headless send hook, the HTTP adapter and the provider.
export { createHttpAdapter, TwoFactorProvider, useSendTwoFactorCode } from 'react-two-factor';
