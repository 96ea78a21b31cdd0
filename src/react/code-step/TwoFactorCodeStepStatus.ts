/** Where the code step is: exposed as `data-status` on the root. */
export type TwoFactorCodeStepStatus = 'idle' | 'verifying' | 'verified' | 'error' | 'locked';
