export type { CreateTwoFactorHandlerOptions, TwoFactorHandler, TwoFactorPerson } from './createTwoFactorHandler.js';
export { createTwoFactorHandler } from './createTwoFactorHandler.js';
export type { TwoFactorEvent, TwoFactorOperation, TwoFactorOutcome } from './TwoFactorEvent.js';
export type { TwoFactorLimitDecision, TwoFactorLimiter, TwoFactorLimitInput } from './TwoFactorLimiter.js';
export type { TwoFactorLimits } from './TwoFactorLimits.js';
