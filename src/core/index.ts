export { languageTagSchema } from './contract/languageTagSchema.js';
export { type Medium, mediums } from './contract/Medium.js';
export { normalizeCode } from './contract/normalizeCode.js';
export type { SendCodeRequest } from './contract/SendCodeRequest.js';
export type { SendCodeResult } from './contract/SendCodeResult.js';
export { sendCodeRequestSchema } from './contract/sendCodeRequestSchema.js';
export {
  type SendCodeWireRequest,
  type SendCodeWireResponse,
  sendCodeWireRequestSchema,
  sendCodeWireResponseSchema,
} from './contract/sendCodeWireSchemas.js';
export type { TwoFactorAdapter, TwoFactorAdapterContext } from './contract/TwoFactorAdapter.js';
export { type TwoFactorField, toTwoFactorField, twoFactorFields } from './contract/TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './contract/ValidationIssue.js';
export type { VerifyCodeRequest } from './contract/VerifyCodeRequest.js';
export type { VerifyCodeResult } from './contract/VerifyCodeResult.js';
export { verifyCodeRequestSchema } from './contract/verifyCodeRequestSchema.js';
export { clearTwoFactorState } from './engine/clearTwoFactorState.js';
export type { CreateTwoFactorEngineOptions } from './engine/createTwoFactorEngine.js';
export { createTwoFactorEngine } from './engine/createTwoFactorEngine.js';
export { getTwoFactorEngine } from './engine/getTwoFactorEngine.js';
export { personKey } from './engine/personKey.js';
export type { RecordStorage } from './engine/RecordStorage.js';
export type {
  SendChoice,
  TwoFactorChange,
  TwoFactorEngine,
  TwoFactorEngineSendOptions,
  TwoFactorEngineVerifyOptions,
  TwoFactorPersonSnapshot,
} from './engine/TwoFactorEngine.js';
export { idleSnapshot } from './engine/TwoFactorEngine.js';
export { clampWaitSeconds, maxWaitSeconds } from './errors/clampWaitSeconds.js';
export {
  isTwoFactorError,
  maxIssues,
  TwoFactorError,
  type TwoFactorErrorKind,
  type TwoFactorErrorOptions,
  toTwoFactorError,
} from './errors/TwoFactorError.js';
export {
  type CreateHttpAdapterOptions,
  createHttpAdapter,
  defaultSendCodePath,
  type HttpAdapterHeaders,
  type HttpAdapterVerifyOptions,
} from './http/createHttpAdapter.js';
export type { FetchAnswerHeaders } from './http/fetchAnswer.js';
export { defaultMaxBodyBytes, defaultTimeoutMs, type FetchAnswerOptions, type FetchedAnswer, fetchAnswer } from './http/fetchAnswer.js';
export { readSendCodeAnswer, type SendCodeAnswer } from './http/readSendCodeAnswer.js';
export type { SerializableHttpAdapterOptions } from './http/SerializableHttpAdapterOptions.js';
