// A one-time-code input alone: no sending, no server errors, no cooldown.
export { OTPInput } from 'input-otp';
