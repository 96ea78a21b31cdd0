'use client';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, type ReactNode, useId } from 'react';
import { CooldownAnnouncer } from '../shared/CooldownAnnouncer.js';
import { CooldownText } from '../shared/CooldownText.js';
import { ErrorSummary } from '../shared/ErrorSummary.js';
import { FieldError } from '../shared/FieldError.js';
import { ServerText } from '../shared/ServerText.js';
import { splitProps } from '../shared/splitProps.js';
import { SendButtonLabel } from './SendButtonLabel.js';
import {
  promptOptionKeys,
  type UseTwoFactorPromptOptions,
  type UseTwoFactorPromptResult,
  useTwoFactorPrompt,
} from './useTwoFactorPrompt.js';

/** Either a `render` prop or `children` as a function, never both. */
type TwoFactorPromptRenderProps =
  | {
      /** Renders the prompt's content from its headless state, inside the root. @default undefined (the default markup) */
      render: (prompt: UseTwoFactorPromptResult) => ReactNode;
      children?: never | undefined;
    }
  | {
      render?: never | undefined;
      /** Renders the prompt's content from its headless state, inside the root. @default undefined (the default markup) */
      children?: ((prompt: UseTwoFactorPromptResult) => ReactNode) | undefined;
    };

/** Props of `<TwoFactorPrompt>`: the behaviour options, the root `div`'s attributes, and an optional render function. */
export type TwoFactorPromptProps = UseTwoFactorPromptOptions &
  Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> &
  TwoFactorPromptRenderProps;

function DefaultMarkup({ prompt }: { prompt: UseTwoFactorPromptResult }) {
  const { texts, ids, fieldErrors, errorSummary, status } = prompt;
  const [onlyMedium] = prompt.mediumOptions;
  const mediumError = fieldErrors.medium;
  const languageError = fieldErrors.language;
  const countdownId = useId();
  // One clock on screen: a rate limit's wait in the alert counts down with the button, and goes with it.
  const waiting = status === 'error' && prompt.send.error?.kind === 'rate-limited' && prompt.cooldownUntil !== undefined;
  // Summary lines about a field link to it (a radio link focuses the group's checked radio).
  const summaryLines = [
    ...(waiting
      ? [<CooldownText key="wait" person={prompt.person} text={texts.errors['rate-limited']} />, ...errorSummary.slice(1)]
      : errorSummary),
    ...(prompt.mediumOptions.length > 1 && onlyMedium
      ? (mediumError ?? []).map((message) => ({ message, fieldId: prompt.getMediumInputProps(onlyMedium.value).id }))
      : []),
    ...(languageError ?? []).map((message) => ({ message, fieldId: ids.language })),
  ];
  const resending = prompt.hasSent || status === 'cooling-down';
  // Held by a cooldown, the button keeps one accessible name (a hidden text, so that the name never ticks; the
  // button cannot be pressed then) and its counting label, hidden from the name, becomes its description.
  const held = !prompt.canSend && status !== 'sending';
  const buttonName = resending ? texts.resend : texts.send;
  return (
    <form className="rtf-form" onSubmit={prompt.submit} noValidate aria-labelledby={ids.title}>
      <h2 className="rtf-title" id={ids.title}>
        {texts.title}
      </h2>
      <ErrorSummary id={ids.summary} title={texts.errorSummaryTitle} lines={summaryLines} />
      {prompt.mediumOptions.length > 1 ? (
        <fieldset className="rtf-field rtf-medium">
          <legend className="rtf-label">{texts.mediumLabel}</legend>
          {prompt.mediumOptions.map((option) => (
            <label className="rtf-radio" key={option.value} htmlFor={`${ids.medium}-${option.value}`}>
              <input className="rtf-radio-input" {...prompt.getMediumInputProps(option.value)} />
              <span>{option.label}</span>
            </label>
          ))}
          {mediumError && <FieldError id={ids.mediumError} lines={mediumError} prefix={texts.errorPrefix} />}
        </fieldset>
      ) : (
        onlyMedium && (
          <div className="rtf-field rtf-medium">
            <p className="rtf-single-medium">{texts.singleMedium(onlyMedium.label)}</p>
            {mediumError && <FieldError id={ids.mediumError} lines={mediumError} prefix={texts.errorPrefix} />}
          </div>
        )
      )}
      <div className="rtf-field rtf-language">
        <label className="rtf-label" htmlFor={ids.language}>
          {texts.languageLabel}
        </label>
        <select className="rtf-select" {...prompt.getLanguageSelectProps()}>
          {prompt.languageOptions.map((option) => (
            <option key={option.value} value={option.value} lang={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {languageError && <FieldError id={ids.languageError} lines={languageError} prefix={texts.errorPrefix} />}
      </div>
      <button
        className="rtf-submit"
        type="submit"
        aria-disabled={!prompt.canSend || undefined}
        aria-describedby={held ? countdownId : undefined}
      >
        {held ? (
          <>
            <span aria-hidden="true" id={countdownId}>
              <SendButtonLabel person={prompt.person} status={status} hasSent={resending} texts={texts} />
            </span>
            <span className="rtf-visually-hidden"> {buttonName}</span>
          </>
        ) : (
          <SendButtonLabel person={prompt.person} status={status} hasSent={resending} texts={texts} />
        )}
      </button>
      <CooldownAnnouncer person={prompt.person} message={texts.cooldownOver} />
      <div className="rtf-status" id={ids.status} role="status">
        {prompt.hint !== undefined && (
          <p className="rtf-hint">
            <ServerText text={prompt.hint} />
          </p>
        )}
        {prompt.refusalText !== undefined && (
          <p className="rtf-refusal">
            {prompt.send.refusal?.retryAfterSeconds === undefined ? (
              prompt.refusalText
            ) : (
              <CooldownText person={prompt.person} text={texts.cooldownRefused} />
            )}
          </p>
        )}
      </div>
      {prompt.notes.length > 0 && (
        <div className="rtf-notes">
          <p className="rtf-notes-title">{texts.notesTitle}</p>
          <ul className="rtf-notes-list">
            {prompt.notes.map((note, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same server text may repeat.
              <li key={index} className="rtf-note" data-severity={note.severity}>
                <ServerText text={texts.serverError(note)} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}

function TwoFactorPromptWithRef(props: TwoFactorPromptProps, ref: ForwardedRef<HTMLDivElement>) {
  const { render, children, className, ...rest } = props;
  const [options, attributes] = splitProps(rest, promptOptionKeys);
  const prompt = useTwoFactorPrompt(options);
  const renderContent = render ?? children;
  return (
    <div {...attributes} ref={ref} className={className ? `rtf-prompt ${className}` : 'rtf-prompt'} data-status={prompt.status}>
      {renderContent ? renderContent(prompt) : <DefaultMarkup prompt={prompt} />}
    </div>
  );
}

/**
 * The drop-in prompt for a portal's login screen: the person picks SMS or
 * email and a language, and sends the code. Server validation errors show
 * at their field; everything else in one alert. The root carries
 * `data-status` and passes `className`, `style`, `data-*` and `ref` through.
 *
 * @example
 * <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: '/api/2fa' })}>
 *   <TwoFactorPrompt personId={person.id} contextId={context.id} twoFactorId={login.twoFactorId} />
 * </TwoFactorProvider>
 */
export const TwoFactorPrompt = forwardRef(TwoFactorPromptWithRef);
TwoFactorPrompt.displayName = 'TwoFactorPrompt';
