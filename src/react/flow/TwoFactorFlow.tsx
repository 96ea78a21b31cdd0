'use client';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';
import { TwoFactorCodeStep } from '../code-step/TwoFactorCodeStep.js';
import type { UseTwoFactorCodeStepOptions } from '../code-step/UseTwoFactorCodeStepOptions.js';
import { missingVerifyCodeMessage } from '../code-step/verifyTwoFactorCodeOptions.js';
import { TwoFactorPrompt } from '../prompt/TwoFactorPrompt.js';
import type { UseTwoFactorPromptOptions } from '../prompt/UseTwoFactorPromptOptions.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
import { CooldownAnnouncer } from '../shared/CooldownAnnouncer.js';
import { CooldownText } from '../shared/CooldownText.js';
import { ErrorSummary } from '../shared/ErrorSummary.js';
import { ServerText } from '../shared/ServerText.js';
import { summarizeError } from '../shared/summarizeError.js';

/** Which step the flow shows: exposed as `data-step` on the root. */
export type TwoFactorFlowStep = 'send' | 'verify';

/** Props of `<TwoFactorFlow>`: the prompt's options, the code step's, and the root `div`'s attributes. */
export interface TwoFactorFlowProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'>,
    Pick<
      UseTwoFactorPromptOptions,
      | 'personId'
      | 'contextId'
      | 'twoFactorId'
      | 'mediums'
      | 'defaultMedium'
      | 'languages'
      | 'defaultLanguage'
      | 'cooldownSeconds'
      | 'adapter'
      | 'timeoutMs'
      | 'messages'
      | 'locale'
    >,
    Pick<UseTwoFactorCodeStepOptions, 'codeLength' | 'codePattern' | 'autoSubmit' | 'maxAttempts' | 'webOtp' | 'onVerified'> {
  /** Called after each code sent, from either step. @default undefined */
  onSent?: ((result: SendCodeResult, request: SendCodeRequest) => void) | undefined;
  /** Called after each failed send or verify; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: SendCodeRequest | VerifyCodeRequest) => void) | undefined;
}

interface ResendProps {
  request: SendCodeRequest;
  cooldownSeconds: number | undefined;
  adapter: TwoFactorAdapter | undefined;
  texts: TwoFactorTexts;
  locale: string | undefined;
  onSent: (result: SendCodeResult) => void;
  onError: ((error: TwoFactorError, request: SendCodeRequest) => void) | undefined;
}

function Resend({ request, cooldownSeconds, adapter, texts, locale, onSent, onError }: ResendProps) {
  // Another instance of the send hook: the cooldown the prompt started is restored from storage.
  const send = useSendTwoFactorCode({
    personId: request.personId,
    ...(request.contextId !== undefined && { contextId: request.contextId }),
    ...(cooldownSeconds !== undefined && { cooldownSeconds }),
    ...(adapter && { adapter }),
    ...(locale !== undefined && { locale }),
    onError,
  });
  const seconds = send.cooldownRemaining;
  const errorId = useId();
  const countdownId = useId();
  const held = seconds > 0 && !send.isPending;
  const label = send.isPending ? texts.sending : seconds > 0 ? texts.resendIn(seconds) : texts.resend;
  // A rate limit's wait counts down with the button and ends with it, as the prompt's does; one without a
  // wait (`Retry-After: 0`, no cooldown) still says why nothing was sent.
  const lines = send.isError ? summarizeError(send.error, texts) : [];
  const waited = send.error?.kind === 'rate-limited' && Math.max(cooldownSeconds ?? 30, send.error.retryAfterSeconds ?? 0) > 0;
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
  const {
    personId,
    contextId,
    twoFactorId,
    mediums,
    defaultMedium,
    languages,
    defaultLanguage,
    cooldownSeconds,
    codeLength,
    codePattern,
    autoSubmit,
    maxAttempts,
    webOtp,
    adapter,
    timeoutMs,
    messages: override,
    locale,
    onSent,
    onVerified,
    onError,
    className,
    ...attributes
  } = props;
  // Checked before the first step: finding out after a code went out would cost the person an SMS.
  const resolvedAdapter = useTwoFactorAdapter(adapter);
  if (typeof resolvedAdapter.verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  const texts = useMemo(() => resolveTexts(override), [override]);
  const resolvedLocale = useTwoFactorLocale(locale, texts.locale);
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
  const identifiers = { personId, ...(contextId !== undefined && { contextId }), ...(twoFactorId !== undefined && { twoFactorId }) };
  const codeSent = (result: SendCodeResult, request: SendCodeRequest) => {
    setSent((previous) => ({ request, round: (previous?.round ?? 0) + 1 }));
    setAnnouncement(result.hint?.trim() ? result.hint : texts.sent);
    onSent?.(result, request);
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
            {...identifiers}
            mediums={mediums}
            defaultMedium={defaultMedium}
            languages={languages}
            defaultLanguage={defaultLanguage}
            cooldownSeconds={cooldownSeconds}
            adapter={adapter}
            timeoutMs={timeoutMs}
            messages={override}
            locale={resolvedLocale}
            onError={onError}
            onSent={(result, request) => {
              codeSent(result, request);
              changeStep('verify');
            }}
          />
        ) : (
          <TwoFactorCodeStep
            key={sent.round}
            {...identifiers}
            codeLength={codeLength}
            {...(codePattern && { codePattern })}
            autoSubmit={autoSubmit}
            maxAttempts={maxAttempts}
            webOtp={webOtp}
            adapter={adapter}
            timeoutMs={timeoutMs}
            messages={override}
            locale={resolvedLocale}
            onError={onError}
            onVerified={(result, request) => {
              setVerified(true);
              onVerified?.(result, request);
            }}
            subtitle={<ServerText text={announcement} />}
          >
            {/* Nothing to resend or change once the code is accepted; locked, these are the ways on. */}
            {!verified && (
              <div className="rtf-actions">
                <Resend
                  request={sent.request}
                  cooldownSeconds={cooldownSeconds}
                  adapter={adapter}
                  texts={texts}
                  locale={resolvedLocale}
                  onSent={(result) => codeSent(result, sent.request)}
                  onError={onError}
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
 * <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: '/api/2fa', verify: { path: '/verify' } })}>
 *   <TwoFactorFlow personId={person.id} onVerified={(result) => signIn(result.raw)} />
 * </TwoFactorProvider>
 */
export const TwoFactorFlow = forwardRef(TwoFactorFlowWithRef);
TwoFactorFlow.displayName = 'TwoFactorFlow';
