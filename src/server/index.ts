export type { CreateTwoFactorHandlerOptions } from './CreateTwoFactorHandlerOptions.js';
export { createTwoFactorHandler } from './createTwoFactorHandler.js';
export type { TwoFactorEvent, TwoFactorOutcome } from './TwoFactorEvent.js';
export type { TwoFactorHandler } from './TwoFactorHandler.js';
export type { TwoFactorLimitDecision, TwoFactorLimiter, TwoFactorLimitInput } from './TwoFactorLimiter.js';
export type { TwoFactorLimits } from './TwoFactorLimits.js';
export type { TwoFactorOperation } from './TwoFactorOperation.js';
export type { TwoFactorPerson } from './TwoFactorPerson.js';
