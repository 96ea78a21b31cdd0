export { type Medium, mediums } from './core/contract/Medium.js';
export type { SendCodeRequest } from './core/contract/SendCodeRequest.js';
export type { SendCodeResult } from './core/contract/SendCodeResult.js';
export type { TwoFactorAdapter, TwoFactorAdapterCallOptions } from './core/contract/TwoFactorAdapter.js';
export type { TwoFactorField } from './core/contract/TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './core/contract/ValidationIssue.js';
export type { VerifyCodeRequest } from './core/contract/VerifyCodeRequest.js';
export type { VerifyCodeResult } from './core/contract/VerifyCodeResult.js';
export { clearTwoFactorState } from './core/engine/clearTwoFactorState.js';
export { isTwoFactorError, TwoFactorError, type TwoFactorErrorKind, type TwoFactorErrorOptions } from './core/errors/TwoFactorError.js';
export { type CreateHttpAdapterOptions, createHttpAdapter, defaultSendPath } from './core/http/createHttpAdapter.js';
export type { FetchAnswerHeaders } from './core/http/fetchAnswer.js';
export type { SerializableHttpAdapterOptions } from './core/http/SerializableHttpAdapterOptions.js';
export type { TwoFactorCatalogue } from './i18n/TwoFactorCatalogue.js';
export type { TwoFactorMessagesOverride, TwoFactorTexts } from './i18n/TwoFactorTexts.js';
export type { TwoFactorCodeStepStatus } from './react/code-step/codeStepStatus.js';
export { TwoFactorCodeInput, type TwoFactorCodeInputProps } from './react/code-step/TwoFactorCodeInput.js';
export { TwoFactorCodeStep, type TwoFactorCodeStepProps } from './react/code-step/TwoFactorCodeStep.js';
export type { CodeInputAttributes, CodeInputHostProps, CodeSlot } from './react/code-step/useCodeInput.js';
export {
  type UseTwoFactorCodeStepOptions,
  type UseTwoFactorCodeStepResult,
  useTwoFactorCodeStep,
} from './react/code-step/useTwoFactorCodeStep.js';
export { TwoFactorFlow, type TwoFactorFlowProps, type TwoFactorFlowStep } from './react/flow/TwoFactorFlow.js';
export type { PromptFieldHostProps } from './react/prompt/promptFieldProps.js';
export type { LanguageOption } from './react/prompt/resolveLanguages.js';
export { SendButtonLabel, type SendButtonLabelProps } from './react/prompt/SendButtonLabel.js';
export { TwoFactorPrompt, type TwoFactorPromptProps } from './react/prompt/TwoFactorPrompt.js';
export type { TwoFactorPromptStatus } from './react/prompt/usePromptStatus.js';
export { type UseTwoFactorPromptOptions, type UseTwoFactorPromptResult, useTwoFactorPrompt } from './react/prompt/useTwoFactorPrompt.js';
export { TwoFactorProvider, type TwoFactorProviderProps } from './react/provider/TwoFactorProvider.js';
export { useTwoFactorAdapter } from './react/provider/useTwoFactorAdapter.js';
export { sendTwoFactorCodeMutationKey, sendTwoFactorCodeOptions } from './react/send/sendTwoFactorCodeOptions.js';
export {
  type UseSendTwoFactorCodeOptions,
  type UseSendTwoFactorCodeResult,
  useSendTwoFactorCode,
} from './react/send/useSendTwoFactorCode.js';
export { ErrorSummary, type ErrorSummaryLink, type ErrorSummaryProps } from './react/shared/ErrorSummary.js';
export { FieldError, type FieldErrorProps } from './react/shared/FieldError.js';
export type { TwoFactorStepOptions } from './react/shared/TwoFactorStepOptions.js';
export type { TwoFactorCallOptions } from './react/shared/twoFactorMutationOptions.js';
export { type UseCooldownRemainingOptions, useCooldownRemaining } from './react/shared/useCooldownRemaining.js';
export {
  type UseVerifyTwoFactorCodeOptions,
  type UseVerifyTwoFactorCodeResult,
  useVerifyTwoFactorCode,
} from './react/verify/useVerifyTwoFactorCode.js';
export { verifyTwoFactorCodeMutationKey, verifyTwoFactorCodeOptions } from './react/verify/verifyTwoFactorCodeOptions.js';
