'use client';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import { defaultCooldownSeconds } from '../../core/engine/TwoFactorEngine.js';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';
import { TwoFactorCodeStep } from '../code-step/TwoFactorCodeStep.js';
import type { UseTwoFactorCodeStepOptions } from '../code-step/useTwoFactorCodeStep.js';
import { TwoFactorPrompt } from '../prompt/TwoFactorPrompt.js';
import type { UseTwoFactorPromptOptions } from '../prompt/useTwoFactorPrompt.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
import { CooldownAnnouncer } from '../shared/CooldownAnnouncer.js';
import { CooldownText } from '../shared/CooldownText.js';
import { ErrorSummary } from '../shared/ErrorSummary.js';
import { ServerText } from '../shared/ServerText.js';
import { splitProps } from '../shared/splitProps.js';
import { summarizeError } from '../shared/summarizeError.js';
import { stepOptionKeys, type TwoFactorStepOptions } from '../shared/TwoFactorStepOptions.js';
import { missingVerifyCodeMessage } from '../verify/verifyTwoFactorCodeOptions.js';

/** Which step the flow shows: exposed as `data-step` on the root. */
export type TwoFactorFlowStep = 'send' | 'verify';

/**
 * Props of `<TwoFactorFlow>`: what both steps take (the person, the backend, the texts), the prompt's own
 * options as `send` and the code step's as `verify`, each passed through whole, and the root `div`'s attributes.
 */
export type TwoFactorFlowProps = TwoFactorStepOptions &
  Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> & {
    /** The prompt's options, for the first step and the resend button; `onSent` hears every code sent, from either step. @default undefined */
    send?: Omit<UseTwoFactorPromptOptions, keyof TwoFactorStepOptions> | undefined;
    /** The code step's options. @default undefined */
    verify?: Omit<UseTwoFactorCodeStepOptions, keyof TwoFactorStepOptions> | undefined;
  };

interface ResendProps {
  step: TwoFactorStepOptions;
  send: TwoFactorFlowProps['send'];
  request: SendCodeRequest;
  texts: TwoFactorTexts;
  onSent: (result: SendCodeResult) => void;
}

function Resend({ step, send: options, request, texts, onSent }: ResendProps) {
  // Another instance of the send hook, with the prompt's options whole: the cooldown the prompt started is
  // restored from storage, and the host's `onError` and `onSettled` hear a resend as a send. `onSent` goes with
  // the click (react-query's per-call `onSuccess`), as in the prompt, so that a double click is told once.
  const send = useSendTwoFactorCode({ ...step, ...options, onSent: undefined });
  const seconds = send.cooldownRemaining;
  const errorId = useId();
  const countdownId = useId();
  const held = seconds > 0 && !send.isPending;
  const label = send.isPending ? texts.sending : seconds > 0 ? texts.resendIn(seconds) : texts.resend;
  // A rate limit's wait counts down with the button and ends with it, as the prompt's does; one without a
  // wait (`Retry-After: 0`, no cooldown) still says why nothing was sent.
  const lines = send.isError ? summarizeError(send.error, texts) : [];
  const waited =
    send.error?.kind === 'rate-limited' &&
    Math.max(options?.cooldownSeconds ?? defaultCooldownSeconds, send.error.retryAfterSeconds ?? 0) > 0;
  const errorLines = !waited
    ? lines
    : seconds > 0
      ? [<CooldownText key="wait" person={request} text={texts.errors['rate-limited']} />, ...lines.slice(1)]
      : [];
  return (
    <>
      <ErrorSummary id={errorId} title={texts.errorSummaryTitle} lines={errorLines} />
      {/* A muted, timed action: its name stays "Resend code" while the countdown is its description. */}
      <button
        className="rtf-secondary"
        type="button"
        aria-disabled={!send.canSend || undefined}
        aria-describedby={held ? countdownId : undefined}
        onClick={() => send.mutate(request, { onSuccess: (result) => onSent(result) })}
      >
        {held ? (
          <>
            <span aria-hidden="true" id={countdownId}>
              {label}
            </span>
            <span className="rtf-visually-hidden"> {texts.resend}</span>
          </>
        ) : (
          label
        )}
      </button>
      <CooldownAnnouncer person={request} message={texts.cooldownOver} />
    </>
  );
}

function TwoFactorFlowWithRef(props: TwoFactorFlowProps, ref: ForwardedRef<HTMLDivElement>) {
  const { send, verify, className, ...rest } = props;
  const [stepOptions, attributes] = splitProps(rest, stepOptionKeys);
  // Checked before the first step: finding out after a code went out would cost the person an SMS.
  const resolvedAdapter = useTwoFactorAdapter(stepOptions.adapter);
  if (typeof resolvedAdapter.verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  const texts = useMemo(() => resolveTexts(stepOptions.messages), [stepOptions.messages]);
  // The steps resolve the same locale from the same texts; the resend button's send hook has no catalogue to fall back on.
  const locale = useTwoFactorLocale(stepOptions.locale, texts.locale);
  const [step, setStep] = useState<TwoFactorFlowStep>('send');
  const [sent, setSent] = useState<{ request: SendCodeRequest; round: number } | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [verified, setVerified] = useState(false);
  const stepRef = useRef<HTMLDivElement | null>(null);
  const movedRef = useRef(false);

  // Each step change moves focus into the new step (not on mount: the page owns the first focus). A resend
  // replaces the code step, and the focused resend button with it: focus goes to the new code input.
  const round = sent?.round;
  // biome-ignore lint/correctness/useExhaustiveDependencies: it must run after each step change and each new code.
  useEffect(() => {
    if (!movedRef.current) return;
    const root = stepRef.current;
    const target =
      root?.querySelector<HTMLElement>('input:not([type="radio"])') ??
      root?.querySelector<HTMLElement>('input[type="radio"]:checked, select, button');
    target?.focus();
  }, [step, round]);

  const changeStep = (next: TwoFactorFlowStep) => {
    movedRef.current = true;
    setStep(next);
  };
  const codeSent = (result: SendCodeResult, request: SendCodeRequest) => {
    setSent((previous) => ({ request, round: (previous?.round ?? 0) + 1 }));
    setAnnouncement(result.hint?.trim() ? result.hint : texts.sent);
  };

  return (
    <div {...attributes} ref={ref} className={className ? `rtf-flow ${className}` : 'rtf-flow'} data-step={step}>
      {/* Announces each code sent; the code step's subtitle shows the same text. */}
      <p className="rtf-flow-status rtf-visually-hidden" role="status">
        {announcement}
      </p>
      <div ref={stepRef}>
        {step === 'send' || !sent ? (
          <TwoFactorPrompt
            {...stepOptions}
            {...send}
            onSent={(result, request) => {
              codeSent(result, request);
              send?.onSent?.(result, request);
              changeStep('verify');
            }}
          />
        ) : (
          <TwoFactorCodeStep
            key={sent.round}
            {...stepOptions}
            {...verify}
            onVerified={(result, request) => {
              setVerified(true);
              verify?.onVerified?.(result, request);
            }}
            subtitle={<ServerText text={announcement} />}
          >
            {/* Nothing to resend or change once the code is accepted; locked, these are the ways on. */}
            {!verified && (
              <div className="rtf-actions">
                <Resend
                  step={{ ...stepOptions, locale }}
                  send={send}
                  request={sent.request}
                  texts={texts}
                  onSent={(result) => {
                    codeSent(result, sent.request);
                    send?.onSent?.(result, sent.request);
                  }}
                />
                <button className="rtf-link" type="button" onClick={() => changeStep('send')}>
                  {texts.useAnotherMethod}
                </button>
              </div>
            )}
          </TwoFactorCodeStep>
        )}
      </div>
    </div>
  );
}

/**
 * The whole login step: `<TwoFactorPrompt>`, then `<TwoFactorCodeStep>`,
 * with resend from the code step (respecting the cooldown), a way back to
 * choose another medium, focus moved into each new step, and announcements
 * in a live region.
 *
 * @example
 * <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: '/api/2fa', verifyPath: '/verify' })}>
 *   <TwoFactorFlow personId={person.id} verify={{ onVerified: (result) => signIn(result.raw) }} />
 * </TwoFactorProvider>
 */
export const TwoFactorFlow = forwardRef(TwoFactorFlowWithRef);
TwoFactorFlow.displayName = 'TwoFactorFlow';
