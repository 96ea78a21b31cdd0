// The i18n machinery lives in src/i18n (no module of core imports it or a catalogue); this entry publishes it
// for hosts without React, as before.
export { formatMessage, type MessageValues } from '../i18n/formatMessage.js';
export { resolveMessages } from '../i18n/resolveMessages.js';
export { resolveServerError } from '../i18n/resolveServerError.js';
export { clampWaitSeconds, maxWaitSeconds } from './clampWaitSeconds.js';
export {
  type CreateHttpAdapterOptions,
  createHttpAdapter,
  defaultSendCodePath,
  type HttpAdapterHeaders,
  type HttpAdapterVerifyOptions,
} from './createHttpAdapter.js';
export { defaultMaxBodyBytes } from './defaultMaxBodyBytes.js';
export { defaultTimeoutMs } from './defaultTimeoutMs.js';
export type { CreateTwoFactorEngineOptions } from './engine/CreateTwoFactorEngineOptions.js';
export { clearTwoFactorState } from './engine/clearTwoFactorState.js';
export { createTwoFactorEngine } from './engine/createTwoFactorEngine.js';
export { getTwoFactorEngine } from './engine/getTwoFactorEngine.js';
export { idleSnapshot } from './engine/idleSnapshot.js';
export type { RecordStorage } from './engine/RecordStorage.js';
export type { SendChoice } from './engine/SendChoice.js';
export type { TwoFactorChange } from './engine/TwoFactorChange.js';
export type { TwoFactorEngine } from './engine/TwoFactorEngine.js';
export type { TwoFactorEngineSendOptions } from './engine/TwoFactorEngineSendOptions.js';
export type { TwoFactorEngineVerifyOptions } from './engine/TwoFactorEngineVerifyOptions.js';
export type { TwoFactorPersonSnapshot } from './engine/TwoFactorPersonSnapshot.js';
export { toTwoFactorError } from './engine/toTwoFactorError.js';
export type { FetchAnswerHeaders } from './FetchAnswerHeaders.js';
export { type FetchAnswerOptions, type FetchedAnswer, fetchAnswer } from './fetchAnswer.js';
export { languageTagSchema } from './languageTagSchema.js';
export { type Medium, mediums } from './Medium.js';
export { normalizeCode } from './normalizeCode.js';
export { personKey } from './personKey.js';
export { readSendCodeAnswer, type SendCodeAnswer } from './readSendCodeAnswer.js';
export type { SendCodeRequest } from './SendCodeRequest.js';
export type { SendCodeResult } from './SendCodeResult.js';
export type { SerializableHttpAdapterOptions } from './SerializableHttpAdapterOptions.js';
export { sendCodeRequestSchema } from './sendCodeRequestSchema.js';
export {
  type SendCodeWireRequest,
  type SendCodeWireResponse,
  sendCodeWireRequestSchema,
  sendCodeWireResponseSchema,
} from './sendCodeWireSchemas.js';
export type { TwoFactorAdapter, TwoFactorAdapterContext } from './TwoFactorAdapter.js';
export { isTwoFactorError, maxIssues, TwoFactorError, type TwoFactorErrorKind, type TwoFactorErrorOptions } from './TwoFactorError.js';
export { type TwoFactorField, toTwoFactorField, twoFactorFields } from './TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './ValidationIssue.js';
export type { VerifyCodeRequest } from './VerifyCodeRequest.js';
export type { VerifyCodeResult } from './VerifyCodeResult.js';
export { verifyCodeRequestSchema } from './verifyCodeRequestSchema.js';
