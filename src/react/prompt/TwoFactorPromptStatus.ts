/** Where the prompt is: exposed as `data-status` on the root. */
export type TwoFactorPromptStatus = 'idle' | 'sending' | 'sent' | 'error' | 'cooling-down';
