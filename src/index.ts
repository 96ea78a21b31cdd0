export {
  type CreateHttpAdapterOptions,
  createHttpAdapter,
  defaultSendCodePath,
  type HttpAdapterHeaders,
  type HttpAdapterVerifyOptions,
} from './core/createHttpAdapter.js';
export { formatMessage, type MessageValues } from './core/formatMessage.js';
export { type Medium, mediums } from './core/Medium.js';
export { resolveMessages } from './core/resolveMessages.js';
export { resolveServerError } from './core/resolveServerError.js';
export type { SendCodeRequest } from './core/SendCodeRequest.js';
export type { SendCodeResult } from './core/SendCodeResult.js';
export type { TwoFactorAdapter, TwoFactorAdapterContext } from './core/TwoFactorAdapter.js';
export { isTwoFactorError, TwoFactorError, type TwoFactorErrorKind, type TwoFactorErrorOptions } from './core/TwoFactorError.js';
export type { TwoFactorField } from './core/TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './core/ValidationIssue.js';
export type { VerifyCodeRequest } from './core/VerifyCodeRequest.js';
export type { VerifyCodeResult } from './core/VerifyCodeResult.js';
export type { PluralText } from './locales/PluralText.js';
export type { ServerErrorFunction } from './locales/ServerErrorFunction.js';
export type { TwoFactorCatalogue } from './locales/TwoFactorCatalogue.js';
export type { TwoFactorMessageErrorKind } from './locales/TwoFactorMessageErrorKind.js';
export type { TwoFactorMessages, TwoFactorMessagesOverride } from './locales/TwoFactorMessages.js';
export type { AdapterMutationSettings } from './react/adapterMutationFn.js';
export type { LanguageOption } from './react/resolveLanguages.js';
export { sendTwoFactorCodeMutationKey, sendTwoFactorCodeOptions } from './react/sendTwoFactorCodeOptions.js';
export { TwoFactorCodeInput, type TwoFactorCodeInputProps } from './react/TwoFactorCodeInput.js';
export { TwoFactorFlow, type TwoFactorFlowProps, type TwoFactorFlowStep } from './react/TwoFactorFlow.js';
export { TwoFactorPrompt, type TwoFactorPromptProps } from './react/TwoFactorPrompt.js';
export { TwoFactorProvider, type TwoFactorProviderProps } from './react/TwoFactorProvider.js';
export { useCountdownSeconds } from './react/useCountdownSeconds.js';
export { type UseSendTwoFactorCodeOptions, type UseSendTwoFactorCodeResult, useSendTwoFactorCode } from './react/useSendTwoFactorCode.js';
export { useTwoFactorAdapter } from './react/useTwoFactorAdapter.js';
export {
  type CodeSlot,
  type UseTwoFactorCodeInputOptions,
  type UseTwoFactorCodeInputResult,
  useTwoFactorCodeInput,
} from './react/useTwoFactorCodeInput.js';
export {
  type TwoFactorPromptStatus,
  type TwoFactorPromptValues,
  type UseTwoFactorPromptOptions,
  type UseTwoFactorPromptResult,
  useTwoFactorPrompt,
} from './react/useTwoFactorPrompt.js';
export {
  type UseVerifyTwoFactorCodeOptions,
  type UseVerifyTwoFactorCodeResult,
  useVerifyTwoFactorCode,
  type VerifyTwoFactorCodeState,
} from './react/useVerifyTwoFactorCode.js';
export { verifyTwoFactorCodeMutationKey, verifyTwoFactorCodeOptions } from './react/verifyTwoFactorCodeOptions.js';
