export type { CreateTwoFactorHandlerOptions, TwoFactorHandler, TwoFactorPerson } from './createTwoFactorHandler.js';
export { createTwoFactorHandler } from './createTwoFactorHandler.js';
export type { TwoFactorEvent, TwoFactorOperation, TwoFactorOutcome } from './TwoFactorEvent.js';
export type { TwoFactorLimit, TwoFactorLimitDecision, TwoFactorLimitInput } from './TwoFactorLimit.js';
export type { TwoFactorLimits } from './TwoFactorLimits.js';
