import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CodeInputHostProps,
  TwoFactorCodeInput,
  TwoFactorCodeInputProps,
  TwoFactorCodeStep,
  TwoFactorCodeStepProps,
  TwoFactorCodeStepStatus,
  TwoFactorError,
  TwoFactorFlowProps,
  UseSendTwoFactorCodeOptions,
  UseSendTwoFactorCodeResult,
  UseTwoFactorCodeStepOptions,
  UseTwoFactorCodeStepResult,
  UseTwoFactorPromptOptions,
  UseTwoFactorPromptResult,
  UseVerifyTwoFactorCodeOptions,
  UseVerifyTwoFactorCodeResult,
  ValidationIssue,
} from '../../src/index.js';

describe('code step and flow types', () => {
  it('given the code step and the flow, should name the code length and pattern alike', () => {
    expectTypeOf<TwoFactorCodeStepProps['codeLength']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TwoFactorCodeStepProps['codePattern']>().toEqualTypeOf<RegExp | undefined>();
    expectTypeOf<NonNullable<TwoFactorFlowProps['verify']>['codeLength']>().toEqualTypeOf<UseTwoFactorCodeStepOptions['codeLength']>();
    expectTypeOf<NonNullable<TwoFactorFlowProps['verify']>['codePattern']>().toEqualTypeOf<UseTwoFactorCodeStepOptions['codePattern']>();
    expectTypeOf<UseTwoFactorCodeStepResult['codeLength']>().toEqualTypeOf<number>();
    expectTypeOf<TwoFactorCodeStepProps>().not.toHaveProperty('length');
    expectTypeOf<TwoFactorCodeStepProps>().not.toHaveProperty('pattern');
  });

  it('given the step, should forward its ref to the root div', () => {
    expectTypeOf<ComponentProps<typeof TwoFactorCodeStep>['ref']>().toEqualTypeOf<React.Ref<HTMLDivElement> | undefined>();
  });

  it('given the input alone, should forward its ref to the real input and take its attributes, not the ones the step owns', () => {
    expectTypeOf<ComponentProps<typeof TwoFactorCodeInput>['ref']>().toEqualTypeOf<React.Ref<HTMLInputElement> | undefined>();
    expectTypeOf<TwoFactorCodeInputProps['className']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<TwoFactorCodeInputProps>().toHaveProperty('onChange');
    expectTypeOf<TwoFactorCodeInputProps>().not.toHaveProperty('value');
    expectTypeOf<TwoFactorCodeInputProps>().not.toHaveProperty('autoComplete');
    expectTypeOf<TwoFactorCodeInputProps['step']['status']>().toEqualTypeOf<TwoFactorCodeStepStatus>();
    // A full step result is what the component takes.
    expectTypeOf<UseTwoFactorCodeStepResult>().toExtend<TwoFactorCodeInputProps['step']>();
  });

  it('given a refusal, should be a typed error on the send hook and a text on the prompt', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['refusal']>().toEqualTypeOf<TwoFactorError | undefined>();
    expectTypeOf<UseTwoFactorPromptResult['refusalText']>().toEqualTypeOf<string | undefined>();
  });

  it('given the Warning and Info failures of a send, should call them notes everywhere', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['notes']>().toEqualTypeOf<readonly ValidationIssue[]>();
    expectTypeOf<UseTwoFactorPromptResult['notes']>().toEqualTypeOf<readonly ValidationIssue[]>();
    expectTypeOf<NonNullable<UseSendTwoFactorCodeResult['data']>['notes']>().toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<NonNullable<UseSendTwoFactorCodeResult['data']>>().not.toHaveProperty('issues');
  });

  it('given field errors, should be a record per field on every hook, and the summary lines errorSummary', () => {
    expectTypeOf<UseTwoFactorCodeStepResult['fieldErrors']>().toEqualTypeOf<Partial<Record<'code', string[]>>>();
    expectTypeOf<UseTwoFactorCodeStepResult['fieldErrors']>().toExtend<UseVerifyTwoFactorCodeResult['serverFieldErrors']>();
    expectTypeOf<UseTwoFactorPromptResult['fieldErrors']>().toExtend<UseSendTwoFactorCodeResult['serverFieldErrors']>();
    expectTypeOf<UseTwoFactorCodeStepResult['errorSummary']>().toEqualTypeOf<UseTwoFactorPromptResult['errorSummary']>();
    // `formErrors` is only ever the server's blocking messages not tied to a field.
    expectTypeOf<UseTwoFactorCodeStepResult>().not.toHaveProperty('formErrors');
    expectTypeOf<UseSendTwoFactorCodeResult['serverFormErrors']>().toEqualTypeOf<UseVerifyTwoFactorCodeResult['serverFormErrors']>();
  });

  it('given the code input, should offer a prop getter that takes the host handlers and ref', () => {
    expectTypeOf<UseTwoFactorCodeStepResult['getInputProps']>().parameter(0).toEqualTypeOf<CodeInputHostProps | undefined>();
    expectTypeOf<UseTwoFactorCodeStepResult>().not.toHaveProperty('inputProps');
  });

  it('given the flow, should take the options of the prompt and of the code step as whole objects, and name each event once', () => {
    expectTypeOf<TwoFactorFlowProps>().not.toHaveProperty('cooldownSeconds');
    expectTypeOf<TwoFactorFlowProps>().not.toHaveProperty('onVerified');
    expectTypeOf<NonNullable<TwoFactorFlowProps['send']>['cooldownSeconds']>().toEqualTypeOf<
      UseTwoFactorPromptOptions['cooldownSeconds']
    >();
    expectTypeOf<NonNullable<TwoFactorFlowProps['verify']>['onVerified']>().toEqualTypeOf<UseTwoFactorCodeStepOptions['onVerified']>();
    // The components' callbacks are their hook's: the same names and the same arguments, the request included.
    expectTypeOf<UseTwoFactorPromptOptions['onSent']>().toEqualTypeOf<UseSendTwoFactorCodeOptions['onSent']>();
    expectTypeOf<UseTwoFactorPromptOptions['onError']>().toEqualTypeOf<UseSendTwoFactorCodeOptions['onError']>();
    expectTypeOf<UseTwoFactorCodeStepOptions['onVerified']>().toEqualTypeOf<UseVerifyTwoFactorCodeOptions['onVerified']>();
    expectTypeOf<UseTwoFactorCodeStepOptions['onSettled']>().toEqualTypeOf<UseVerifyTwoFactorCodeOptions['onSettled']>();
    expectTypeOf<UseVerifyTwoFactorCodeResult['isLocked']>().toEqualTypeOf<boolean>();
    expectTypeOf<UseVerifyTwoFactorCodeResult['status']>().toEqualTypeOf<UseSendTwoFactorCodeResult['status']>();
  });
});
