'use client';
import { useMemo, useRef } from 'react';
import type { Medium } from '../../core/contract/Medium.js';
import type { ValidationIssue } from '../../core/contract/ValidationIssue.js';
import { personKey } from '../../core/engine/personKey.js';
import { defaultCooldownSeconds } from '../../core/engine/TwoFactorEngine.js';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { type UseSendTwoFactorCodeOptions, type UseSendTwoFactorCodeResult, useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
import { stepOptionKeys, type TwoFactorStepOptions } from '../shared/TwoFactorStepOptions.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { useElementIds } from '../shared/useElementIds.js';
import { type PromptFieldHostProps, promptFieldProps, type RegisteredField } from './promptFieldProps.js';
import { promptSubmit } from './promptSubmit.js';
import type { LanguageOption } from './resolveLanguages.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';
import { usePromptChoices } from './usePromptChoices.js';
import { usePromptErrors } from './usePromptErrors.js';
import { usePromptFocus } from './usePromptFocus.js';
import { type TwoFactorPromptStatus, usePromptStatus } from './usePromptStatus.js';

/**
 * Options of `useTwoFactorPrompt`, and the behaviour props of `<TwoFactorPrompt>`: the step's, the send hook's
 * (passed to it whole; `onSent` hears this prompt's sends), and the choices offered.
 */
export interface UseTwoFactorPromptOptions extends TwoFactorStepOptions, Omit<UseSendTwoFactorCodeOptions, keyof TwoFactorStepOptions> {
  /** The mediums offered; with one, the prompt shows text instead of a choice. @default ['sms', 'email'] */
  mediums?: readonly Medium[] | undefined;
  /** The medium chosen at first; one outside `mediums` falls back to the first of them. @default 'sms' */
  defaultMedium?: Medium | undefined;
  /** BCP 47 tags of the languages the code may be sent in. @default ['en', 'fr', 'nl', 'de'] */
  languages?: readonly string[] | undefined;
  /** The language chosen at first. @default the first of `languages` the browser prefers, else the first */
  defaultLanguage?: string | undefined;
}

/** The names of `UseTwoFactorPromptOptions`, so that `<TwoFactorPrompt>` tells its options from its root's attributes (checked complete by the type). */
export const promptOptionKeys: Record<keyof UseTwoFactorPromptOptions, true> = {
  ...stepOptionKeys,
  mediums: true,
  defaultMedium: true,
  languages: true,
  defaultLanguage: true,
  cooldownSeconds: true,
  timeoutMs: true,
  onSent: true,
  onError: true,
  onSettled: true,
};

/** The headless state of the prompt, and prop getters to render it. */
export interface UseTwoFactorPromptResult {
  /** Where the prompt is. */
  status: TwoFactorPromptStatus;
  /** The resolved texts. */
  texts: TwoFactorTexts;
  /** The mediums offered, with their names. */
  mediumOptions: ReadonlyArray<{ value: Medium; label: string }>;
  /** The languages offered, each named in itself. */
  languageOptions: readonly LanguageOption[];
  /** Messages to show at each field, from the form check or the server; a server message goes once the person changes that field. */
  fieldErrors: Partial<Record<keyof TwoFactorPromptValues, string[]>>;
  /** The error summary's lines: a friendly message for the error kind, then the server's own texts. Empty when there is no error. A rate limit's line counts down with the send button (the result re-renders once a second) and is gone when the wait ends. */
  errorSummary: readonly string[];
  /** Why the last click sent nothing (a cooldown, a code being sent), for the status region; a cooldown's seconds count down with the send button; `undefined` once it no longer holds. */
  refusalText: string | undefined;
  /** Non-blocking Warning and Info issues of the last successful send. */
  notes: readonly ValidationIssue[];
  /** The success text: the server's hint, else the catalogue's `sent`. */
  hint: string | undefined;
  /** The person the prompt sends to, for a countdown rendered elsewhere (`useCooldownRemaining`, `SendButtonLabel`). */
  person: { personId: string; contextId?: string | undefined };
  /** Epoch milliseconds when another code may be sent, during a cooldown. */
  cooldownUntil: number | undefined;
  /** Whether a send would go out now. */
  canSend: boolean;
  /** Whether a code was sent since mount: the button then says "Resend". */
  hasSent: boolean;
  /** Element ids, stable across server and client. */
  ids: { title: string; summary: string; status: string; medium: string; language: string; mediumError: string; languageError: string };
  /** Submits the form: validates, then sends once. */
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
  /** Registers a medium radio input; the host's own `onChange` and `onBlur` are called too. */
  getMediumInputProps: (
    medium: Medium,
    hostProps?: PromptFieldHostProps<HTMLInputElement> | undefined,
  ) => RegisteredField<'medium', HTMLInputElement> & {
    type: 'radio';
    value: Medium;
    id: string;
    'aria-invalid'?: true | undefined;
    'aria-describedby'?: string | undefined;
  };
  /** Registers the language select; the host's own `onChange` and `onBlur` are called too. */
  getLanguageSelectProps: (hostProps?: PromptFieldHostProps<HTMLSelectElement>) => RegisteredField<'language', HTMLSelectElement> & {
    id: string;
    'aria-invalid'?: true | undefined;
    'aria-describedby'?: string | undefined;
  };
  /** The underlying send hook result, for anything not covered here. */
  send: UseSendTwoFactorCodeResult;
}

const promptIdSuffixes = {
  title: 'title',
  summary: 'summary',
  status: 'status',
  medium: 'medium',
  language: 'language',
  mediumError: 'medium-error',
  languageError: 'language-error',
} as const;

/**
 * The prompt without markup: the choices (react-hook-form, checked by `resolverFor`), the send through the page's
 * engine, and everything needed to render them accessibly. `<TwoFactorPrompt>` is built on it.
 *
 * @example
 * const prompt = useTwoFactorPrompt({ personId });
 * return (
 *   <form onSubmit={prompt.submit} data-status={prompt.status}>
 *     <select {...prompt.getLanguageSelectProps()}>…</select>
 *     <button type="submit" aria-disabled={!prompt.canSend}>Send</button>
 *   </form>
 * );
 */
export function useTwoFactorPrompt(options: UseTwoFactorPromptOptions): UseTwoFactorPromptResult {
  const { personId, contextId, cooldownSeconds = defaultCooldownSeconds } = options;
  const texts = useMemo(() => resolveTexts(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, texts.locale);
  const { mediums, languageOptions, form, clientErrors } = usePromptChoices(options);
  // The send hook takes the prompt's options whole (it reads its own); `onSent` goes with each submit
  // instead (react-query's per-call `onSuccess`), so that a click joined to a send in flight is told once.
  const send = useSendTwoFactorCode({ ...options, locale, onSent: undefined });
  const hasSentRef = useRef(false);
  if (send.isSuccess) hasSentRef.current = true;
  const key = personKey(personId, contextId);
  const status = usePromptStatus(send, key, cooldownSeconds);
  // One clock: while a line of the result speaks of the wait (a rate limit, a refused click), it counts with the
  // button, re-rendering once a second; otherwise the seconds are not watched.
  const countingRef = useRef(false);
  countingRef.current = (status === 'error' && send.error?.kind === 'rate-limited') || send.refusal?.retryAfterSeconds !== undefined;
  const waitLeft = useCooldownRemainingOf(key, countingRef);
  const { fieldErrors, errorSummary, refusalText, markChanged } = usePromptErrors(send, clientErrors, {
    texts,
    status,
    cooldownSeconds,
    waitLeft,
  });

  const ids = useElementIds(promptIdSuffixes);
  usePromptFocus(send.error, { offersMediumChoice: mediums.length > 1, getValues: form.getValues, ids });

  const submit = promptSubmit(form.handleSubmit, send, options);
  const field = promptFieldProps(form.register, markChanged, fieldErrors);
  return {
    status,
    texts,
    mediumOptions: mediums.map((value) => ({ value, label: texts.mediumNames[value] })),
    languageOptions,
    fieldErrors,
    errorSummary,
    refusalText,
    notes: send.notes,
    hint: send.isSuccess ? (send.data.hint?.trim() ? send.data.hint : texts.sent) : undefined,
    person: { personId, ...(contextId !== undefined && { contextId }) },
    cooldownUntil: send.cooldownUntil,
    canSend: send.canSend,
    hasSent: hasSentRef.current,
    ids,
    submit,
    getMediumInputProps: (medium, host) => ({
      ...field('medium', ids.mediumError, host),
      type: 'radio',
      value: medium,
      id: `${ids.medium}-${medium}`,
    }),
    getLanguageSelectProps: (host) => ({ ...field('language', ids.languageError, host), id: ids.language }),
    send,
  };
}
