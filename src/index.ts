export { type Medium, mediums } from './core/contract/Medium.js';
export type { SendCodeRequest } from './core/contract/SendCodeRequest.js';
export type { SendCodeResult } from './core/contract/SendCodeResult.js';
export type { TwoFactorAdapter, TwoFactorAdapterContext } from './core/contract/TwoFactorAdapter.js';
export type { TwoFactorField } from './core/contract/TwoFactorField.js';
export type { ValidationIssue, ValidationSeverity } from './core/contract/ValidationIssue.js';
export type { VerifyCodeRequest } from './core/contract/VerifyCodeRequest.js';
export type { VerifyCodeResult } from './core/contract/VerifyCodeResult.js';
export { clearTwoFactorState } from './core/engine/clearTwoFactorState.js';
export { isTwoFactorError, TwoFactorError, type TwoFactorErrorKind, type TwoFactorErrorOptions } from './core/errors/TwoFactorError.js';
export {
  type CreateHttpAdapterOptions,
  createHttpAdapter,
  defaultSendCodePath,
  type HttpAdapterHeaders,
  type HttpAdapterVerifyOptions,
} from './core/http/createHttpAdapter.js';
export type { SerializableHttpAdapterOptions } from './core/http/SerializableHttpAdapterOptions.js';
export { formatMessage, type MessageValues } from './i18n/formatMessage.js';
export type { PluralText } from './i18n/PluralText.js';
export { resolveServerError } from './i18n/resolveServerError.js';
export { resolveTexts } from './i18n/resolveTexts.js';
export type { ServerErrorFunction } from './i18n/ServerErrorFunction.js';
export type { TwoFactorCatalogue } from './i18n/TwoFactorCatalogue.js';
export type { TwoFactorMessageErrorKind } from './i18n/TwoFactorMessageErrorKind.js';
export type { TwoFactorMessagesOverride, TwoFactorTexts } from './i18n/TwoFactorTexts.js';
export type { CodeInputAttributes } from './react/code-step/CodeInputAttributes.js';
export type { CodeInputHostProps } from './react/code-step/CodeInputHostProps.js';
export type { CodeSlot } from './react/code-step/CodeSlot.js';
export { TwoFactorCodeInput, type TwoFactorCodeInputProps } from './react/code-step/TwoFactorCodeInput.js';
export { TwoFactorCodeStep, type TwoFactorCodeStepProps } from './react/code-step/TwoFactorCodeStep.js';
export type { TwoFactorCodeStepStatus } from './react/code-step/TwoFactorCodeStepStatus.js';
export type { UseTwoFactorCodeStepOptions } from './react/code-step/UseTwoFactorCodeStepOptions.js';
export type { UseTwoFactorCodeStepResult } from './react/code-step/UseTwoFactorCodeStepResult.js';
export type { UseVerifyTwoFactorCodeOptions } from './react/code-step/UseVerifyTwoFactorCodeOptions.js';
export type { UseVerifyTwoFactorCodeResult } from './react/code-step/UseVerifyTwoFactorCodeResult.js';
export { useTwoFactorCodeStep } from './react/code-step/useTwoFactorCodeStep.js';
export { useVerifyTwoFactorCode } from './react/code-step/useVerifyTwoFactorCode.js';
export { verifyTwoFactorCodeMutationKey, verifyTwoFactorCodeOptions } from './react/code-step/verifyTwoFactorCodeOptions.js';
export { TwoFactorFlow, type TwoFactorFlowProps, type TwoFactorFlowStep } from './react/flow/TwoFactorFlow.js';
export type { LanguageOption } from './react/prompt/resolveLanguages.js';
export { SendButtonLabel, type SendButtonLabelProps } from './react/prompt/SendButtonLabel.js';
export { TwoFactorPrompt, type TwoFactorPromptProps } from './react/prompt/TwoFactorPrompt.js';
export type { TwoFactorPromptStatus } from './react/prompt/TwoFactorPromptStatus.js';
export type { TwoFactorPromptValues } from './react/prompt/TwoFactorPromptValues.js';
export type { UseTwoFactorPromptOptions } from './react/prompt/UseTwoFactorPromptOptions.js';
export type { PromptFieldHostProps, UseTwoFactorPromptResult } from './react/prompt/UseTwoFactorPromptResult.js';
export { useTwoFactorPrompt } from './react/prompt/useTwoFactorPrompt.js';
export { TwoFactorProvider, type TwoFactorProviderProps } from './react/provider/TwoFactorProvider.js';
export { useTwoFactorAdapter } from './react/provider/useTwoFactorAdapter.js';
export { sendTwoFactorCodeMutationKey, sendTwoFactorCodeOptions } from './react/send/sendTwoFactorCodeOptions.js';
export type { UseSendTwoFactorCodeOptions } from './react/send/UseSendTwoFactorCodeOptions.js';
export type { UseSendTwoFactorCodeResult } from './react/send/UseSendTwoFactorCodeResult.js';
export { useSendTwoFactorCode } from './react/send/useSendTwoFactorCode.js';
export { ErrorSummary, type ErrorSummaryProps } from './react/shared/ErrorSummary.js';
export { FieldError, type FieldErrorProps } from './react/shared/FieldError.js';
export type { TwoFactorCallOptions } from './react/shared/twoFactorMutationOptions.js';
export type { UseCooldownRemainingOptions } from './react/shared/UseCooldownRemainingOptions.js';
export { useCooldownRemaining } from './react/shared/useCooldownRemaining.js';
