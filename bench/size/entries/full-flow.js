// The whole flow (send, then enter the code), as the README shows it.
export { createHttpAdapter, TwoFactorFlow, TwoFactorProvider } from 'react-two-factor';
