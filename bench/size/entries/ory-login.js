// Ory's themed login flow, which also renders the second factor (code, TOTP, WebAuthn) steps.
export { Login } from '@ory/elements-react/theme';
