/** Where a verification is. */
export type VerifyTwoFactorCodeStatus = 'idle' | 'verifying' | 'verified' | 'error' | 'locked';
