// The README's quick start: what a portal imports to drop the prompt into its login screen.
// When the quick start changes, change this line (and only it): the row follows.
export { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';
