/** The operation a request asks the handler for: send a code, or verify one. */
export type TwoFactorOperation = 'send' | 'verify';
