'use client';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, type ReactNode } from 'react';
import { CooldownText } from '../shared/CooldownText.js';
import { ErrorSummary } from '../shared/ErrorSummary.js';
import { FieldError } from '../shared/FieldError.js';
import { splitProps } from '../shared/splitProps.js';
import { TwoFactorCodeInput } from './TwoFactorCodeInput.js';
import type { UseTwoFactorCodeStepOptions } from './UseTwoFactorCodeStepOptions.js';
import type { UseTwoFactorCodeStepResult } from './UseTwoFactorCodeStepResult.js';
import { useTwoFactorCodeStep } from './useTwoFactorCodeStep.js';

/** Props of `<TwoFactorCodeStep>`: the behaviour options, the root `div`'s attributes, and content after the button. */
export type TwoFactorCodeStepProps = UseTwoFactorCodeStepOptions &
  Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> & {
    /** Extra actions rendered after the submit button, e.g. resend. @default undefined */
    children?: ReactNode | undefined;
    /** A line under the title, e.g. where the code went and a way to change it. @default undefined */
    subtitle?: ReactNode | undefined;
    /** Offers "Use another method" among the actions and calls this, so that a locked step is never a dead end. @default undefined (not offered) */
    onUseAnotherMethod?: (() => void) | undefined;
  };

const behaviourKeys = [
  'personId',
  'contextId',
  'twoFactorId',
  'codeLength',
  'codePattern',
  'autoSubmit',
  'maxAttempts',
  'webOtp',
  'adapter',
  'timeoutMs',
  'messages',
  'locale',
  'onVerified',
  'onError',
] as const satisfies ReadonlyArray<keyof UseTwoFactorCodeStepOptions>;

function CodeStepMarkup({
  step,
  person,
  subtitle,
  onUseAnotherMethod,
  children,
}: {
  step: UseTwoFactorCodeStepResult;
  person: { personId: string; contextId?: string | undefined };
  subtitle: ReactNode;
  onUseAnotherMethod: (() => void) | undefined;
  children: ReactNode;
}) {
  const { messages, ids, status } = step;
  // An ending ends: once accepted or locked, Verify can do nothing more, so it is not offered.
  const settled = status === 'verified' || status === 'locked';
  return (
    <form className="rtf-form" onSubmit={step.submit} noValidate aria-labelledby={ids.title}>
      <h2 className="rtf-title" id={ids.title}>
        {messages.codeTitle}
      </h2>
      {subtitle !== undefined && subtitle !== null && <p className="rtf-subtitle">{subtitle}</p>}
      <ErrorSummary
        id={ids.summary}
        title={messages.verifyErrorSummaryTitle}
        lines={
          // Locked: when a new code can be requested, counting with the resend button, in a sentence that does not tick aloud.
          status === 'locked'
            ? [<CooldownText key="locked" person={person} text={messages.lockedNewCodeIn} ended={messages.locked} />]
            : step.errorSummary
        }
      />
      <div className="rtf-field rtf-code">
        <label className="rtf-label" htmlFor={ids.input}>
          {messages.codeLabel}
        </label>
        <p className="rtf-instructions" id={ids.instructions}>
          {messages.codeInstructions(step.codeLength)}
        </p>
        <TwoFactorCodeInput step={step} />
        {/* A live region from the start: the wrong code is announced as "Code accepted." is (focus is already on the input). */}
        <div className="rtf-live" aria-live="polite">
          {step.fieldErrors.code && <FieldError id={ids.error} messages={step.fieldErrors.code} prefix={messages.errorPrefix} />}
        </div>
      </div>
      {!settled && (
        <button className="rtf-submit" type="submit" aria-disabled={status === 'verifying' || undefined}>
          {status === 'verifying' ? messages.verifying : messages.verify}
        </button>
      )}
      <div className="rtf-status" id={ids.status} role="status">
        {status === 'verified' && <p className="rtf-hint">{messages.verified}</p>}
      </div>
      {children}
      {onUseAnotherMethod && status !== 'verified' && (
        <div className="rtf-actions">
          <button className="rtf-link" type="button" onClick={onUseAnotherMethod}>
            {messages.useAnotherMethod}
          </button>
        </div>
      )}
    </form>
  );
}

function TwoFactorCodeStepWithRef(props: TwoFactorCodeStepProps, ref: ForwardedRef<HTMLDivElement>) {
  const { children, subtitle, onUseAnotherMethod, className, ...rest } = props;
  const [options, attributes] = splitProps(rest, behaviourKeys);
  const step = useTwoFactorCodeStep(options);
  return (
    <div
      {...attributes}
      ref={ref}
      className={className ? `rtf-prompt rtf-code-step ${className}` : 'rtf-prompt rtf-code-step'}
      data-status={step.status}
    >
      <CodeStepMarkup
        step={step}
        person={{ personId: options.personId, contextId: options.contextId }}
        subtitle={subtitle}
        onUseAnotherMethod={onUseAnotherMethod}
      >
        {children}
      </CodeStepMarkup>
    </div>
  );
}

/**
 * The code-entry step: a heading, the error summary, `<TwoFactorCodeInput>` (ONE real `<input>` with
 * the boxes drawn over it, so SMS autofill and password managers fill the whole code), the verify
 * button and a status region. Pasted codes lose their spaces and dashes; a complete code is verified
 * once, automatically unless `autoSubmit` is off. The ref goes to the step's root `div`.
 *
 * @example
 * <TwoFactorCodeStep personId={person.id} onVerified={(result) => signIn(result.raw)} />
 */
export const TwoFactorCodeStep = forwardRef(TwoFactorCodeStepWithRef);
TwoFactorCodeStep.displayName = 'TwoFactorCodeStep';
