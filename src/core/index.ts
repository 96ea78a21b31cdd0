export { type Medium, mediums } from './contract/Medium.js';
export { normalizeCode } from './contract/normalizeCode.js';
export type { SendCodeRequest } from './contract/SendCodeRequest.js';
export type { SendCodeResult } from './contract/SendCodeResult.js';
export { sendCodeRequestSchema } from './contract/sendCodeRequestSchema.js';
export type { TwoFactorAdapter, TwoFactorAdapterCallOptions } from './contract/TwoFactorAdapter.js';
export { type TwoFactorField, toTwoFactorField } from './contract/TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './contract/ValidationIssue.js';
export type { VerifyCodeRequest } from './contract/VerifyCodeRequest.js';
export type { VerifyCodeResult } from './contract/VerifyCodeResult.js';
export { verifyCodeRequestSchema } from './contract/verifyCodeRequestSchema.js';
export { clearTwoFactorState } from './engine/clearTwoFactorState.js';
export { getTwoFactorEngine } from './engine/getTwoFactorEngine.js';
export { personKey } from './engine/personKey.js';
export type {
  SendChoice,
  TwoFactorChange,
  TwoFactorEngine,
  TwoFactorEngineSendOptions,
  TwoFactorEngineVerifyOptions,
  TwoFactorPersonSnapshot,
} from './engine/TwoFactorEngine.js';
export { idleSnapshot } from './engine/TwoFactorEngine.js';
export { isTwoFactorError, TwoFactorError, type TwoFactorErrorKind, type TwoFactorErrorOptions } from './errors/TwoFactorError.js';
export { type CreateHttpAdapterOptions, createHttpAdapter, defaultSendPath } from './http/createHttpAdapter.js';
export { type FetchAnswerHeaders, type FetchAnswerOptions, type FetchedAnswer, fetchAnswer } from './http/fetchAnswer.js';
export { readSendCodeAnswer, type SendCodeAnswer } from './http/readSendCodeAnswer.js';
