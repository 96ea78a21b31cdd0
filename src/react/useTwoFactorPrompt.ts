'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createFormControl, type Resolver, type UseFormRegisterReturn } from 'react-hook-form';
import { enum as enumOf, object } from 'zod/mini';
import { mediums as allMediums, type Medium } from '../core/Medium.js';
import type { SendCodeResult } from '../core/SendCodeResult.js';
import type { TwoFactorAdapter } from '../core/TwoFactorAdapter.js';
import { isTwoFactorError, type TwoFactorError } from '../core/TwoFactorError.js';
import type { ValidationIssue } from '../core/ValidationIssue.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../locales/TwoFactorMessages.js';
import { mergeMessages } from './mergeMessages.js';
import { reportDeveloperError } from './reportDeveloperError.js';
import { type LanguageOption, preferredLanguage, resolveLanguages } from './resolveLanguages.js';
import { summarizeError } from './summarizeError.js';
import { type UseSendTwoFactorCodeResult, useSendTwoFactorCode } from './useSendTwoFactorCode.js';

/** Where the prompt is: exposed as `data-status` on the root. */
export type TwoFactorPromptStatus = 'idle' | 'sending' | 'sent' | 'error' | 'cooling-down';

/** The fields the person chooses; the identifiers are props, never inputs. */
export interface TwoFactorPromptValues {
  medium: Medium;
  language: string;
}

/** Options of `useTwoFactorPrompt`, and the behaviour props of `<TwoFactorPrompt>`. */
export interface UseTwoFactorPromptOptions {
  /** The person to send the code to. */
  personId: string;
  /** The portal's context id, sent as `ContextId`. @default undefined */
  contextId?: string;
  /** The two-factor authentication id, sent as `TwoFactorId`. @default undefined */
  twoFactorId?: string;
  /** The mediums offered; with one, the prompt shows text instead of a choice. @default ['sms', 'email'] */
  mediums?: readonly Medium[];
  /** The medium chosen at first; one outside `mediums` falls back to the first of them. @default 'sms' */
  defaultMedium?: Medium;
  /** BCP 47 tags of the languages the code may be sent in. @default ['en', 'fr', 'nl', 'de'] */
  languages?: readonly string[];
  /** The language chosen at first. @default the first of `languages` the browser prefers, else the first */
  defaultLanguage?: string;
  /** Seconds before another code may be sent. @default 30 */
  cooldownSeconds?: number;
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter;
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number;
  /** The prompt's texts: a shipped catalogue (`fr`, `nl`, `de`) or a partial override of English. @default en */
  messages?: TwoFactorMessagesOverride;
  /** Called after each successful send. @default undefined */
  onSent?: (
    result: SendCodeResult,
    request: { personId: string; contextId?: string; twoFactorId?: string } & TwoFactorPromptValues,
  ) => void;
  /** Called after each failed send; never for a cancelled one. @default undefined */
  onError?: (error: TwoFactorError) => void;
}

/** The headless state of the prompt, and prop getters to render it. */
export interface UseTwoFactorPromptResult {
  /** Where the prompt is. */
  status: TwoFactorPromptStatus;
  /** The resolved texts. */
  messages: TwoFactorMessages;
  /** The mediums offered, with their names. */
  mediumOptions: ReadonlyArray<{ value: Medium; label: string }>;
  /** The languages offered, each named in itself. */
  languageOptions: readonly LanguageOption[];
  /** Messages to show at each field, from the form check or the server. */
  fieldErrors: Partial<Record<keyof TwoFactorPromptValues, string[]>>;
  /** The error summary's lines: a friendly message for the error kind, then the server's own texts. Empty when there is no error. */
  formErrors: readonly string[];
  /** Non-blocking Warning and Info notes of the last successful send. */
  notes: readonly ValidationIssue[];
  /** The success text: the server's hint, else the catalogue's `sent`. */
  hint: string | undefined;
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
  /** Registers a medium radio input. */
  getMediumInputProps: (medium: Medium) => UseFormRegisterReturn<'medium'> & {
    type: 'radio';
    value: Medium;
    id: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  };
  /** Registers the language select. */
  getLanguageSelectProps: () => UseFormRegisterReturn<'language'> & {
    id: string;
    'aria-invalid'?: true;
    'aria-describedby'?: string;
  };
  /** The underlying send hook result, for anything not covered here. */
  send: UseSendTwoFactorCodeResult;
}

const defaultMediums: readonly Medium[] = ['sms', 'email'];
const defaultLanguages: readonly string[] = ['en', 'fr', 'nl', 'de'];
// The server renders before any check.
const noMessage = () => undefined;

// The check of the choices, built once per page for each set of choices offered (like each language tag).
let resolvers: Map<string, Resolver<TwoFactorPromptValues>> | undefined;

function resolverFor(mediums: readonly Medium[], languageOptions: readonly LanguageOption[]): Resolver<TwoFactorPromptValues> {
  const languages = languageOptions.map((option) => option.value);
  const key = `${mediums.join('|')} ${languages.join('|')}`;
  resolvers ??= new Map();
  let resolver = resolvers.get(key);
  if (!resolver) {
    const schema = object({
      medium: enumOf(mediums as [Medium, ...Medium[]]),
      language: enumOf(languages as [string, ...string[]]),
    });
    // Synchronous parsing: the schema has no asynchronous refinement, and a send should not wait on one.
    resolver = zodResolver(schema, undefined, { mode: 'sync' });
    resolvers.set(key, resolver);
  }
  return resolver;
}

function resolveMediums(mediums: readonly Medium[]): Medium[] {
  const valid = mediums.filter((medium) => (allMediums as readonly string[]).includes(medium));
  if (valid.length !== mediums.length || valid.length === 0) {
    reportDeveloperError(`mediums: only "sms" and "email" are known; got ${JSON.stringify(mediums)}.`);
  }
  return valid.length > 0 ? [...new Set(valid)] : [...defaultMediums];
}

/**
 * The prompt without markup: the form (react-hook-form + zod), the send, and
 * everything needed to render them accessibly. `<TwoFactorPrompt>` is built on it.
 *
 * @example
 * const prompt = useTwoFactorPrompt({ personId });
 * return (
 *   <form onSubmit={prompt.submit} data-status={prompt.status}>
 *     <select {...prompt.getLanguageSelectProps()}>…</select>
 *     <button type="submit" disabled={!prompt.canSend}>Send</button>
 *   </form>
 * );
 */
export function useTwoFactorPrompt(options: UseTwoFactorPromptOptions): UseTwoFactorPromptResult {
  const { personId, contextId, twoFactorId, cooldownSeconds, adapter, timeoutMs, onSent, onError } = options;
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);

  const mediumKey = (options.mediums ?? defaultMediums).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content, so an inline array prop does not recompute.
  const mediums = useMemo(() => resolveMediums(options.mediums ?? defaultMediums), [mediumKey]);
  const languageKey = (options.languages ?? defaultLanguages).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content, so an inline array prop does not recompute.
  const languageOptions = useMemo(() => {
    const resolved = resolveLanguages(options.languages ?? defaultLanguages);
    if (resolved.length > 0) return resolved;
    // Without a single valid tag there would be nothing to choose and nothing to send: English is offered.
    reportDeveloperError('languages: no valid language tag; English is offered instead.');
    return resolveLanguages(['en']);
  }, [languageKey]);

  const defaultMedium = options.defaultMedium && mediums.includes(options.defaultMedium) ? options.defaultMedium : (mediums[0] as Medium);
  const requestedLanguage = options.defaultLanguage && languageOptions.find((option) => option.value === options.defaultLanguage);
  const defaultLanguage = requestedLanguage ? requestedLanguage.value : (languageOptions[0]?.value ?? 'en');
  if (options.defaultLanguage && !requestedLanguage) {
    reportDeveloperError(`defaultLanguage "${options.defaultLanguage}" is not one of languages; the first of them is used.`);
  }

  // The form without `useForm`: `useForm` always renders twice on mount (its `isReady` update after the
  // first commit); a form control, read through `useSyncExternalStore`, renders once. The check
  // follows the latest choices offered, as `useForm`'s resolver would.
  const resolver = useMemo(() => resolverFor(mediums, languageOptions), [mediums, languageOptions]);
  const resolverRef = useRef(resolver);
  resolverRef.current = resolver;
  const [form] = useState(() =>
    createFormControl<TwoFactorPromptValues>({
      defaultValues: { medium: defaultMedium, language: defaultLanguage },
      resolver: (values, context, resolverOptions) => resolverRef.current(values, context, resolverOptions),
    }),
  );
  const { setValue, getValues, handleSubmit, register } = form;
  // Subscribing also marks the form mounted (react-hook-form's `subscribe`); only a changed message re-renders.
  const subscribeToErrors = useCallback(
    (onChange: () => void) => form.subscribe({ formState: { errors: true }, callback: onChange }),
    [form],
  );
  const clientErrors = {
    medium: useSyncExternalStore(subscribeToErrors, () => form.getFieldState('medium').error?.message, noMessage),
    language: useSyncExternalStore(subscribeToErrors, () => form.getFieldState('language').error?.message, noMessage),
  };

  // A choice the host stops offering (new `mediums` or `languages`) falls back to the default, as the
  // single-medium text or the select already shows, rather than failing the check on submit.
  useEffect(() => {
    if (!mediums.includes(getValues('medium'))) setValue('medium', defaultMedium);
    if (!languageOptions.some((option) => option.value === getValues('language'))) setValue('language', defaultLanguage);
  }, [mediums, languageOptions, defaultMedium, defaultLanguage, getValues, setValue]);

  // The browser's preference is read after mount, so the server and the first client render agree.
  const explicitLanguage = options.defaultLanguage !== undefined;
  useEffect(() => {
    if (explicitLanguage || typeof navigator === 'undefined') return;
    const preferred = preferredLanguage(languageOptions, navigator.languages ?? [navigator.language]);
    if (preferred && preferred !== getValues('language')) setValue('language', preferred);
  }, [explicitLanguage, languageOptions, getValues, setValue]);

  const send = useSendTwoFactorCode({
    ...(adapter && { adapter }),
    ...(cooldownSeconds !== undefined && { cooldownSeconds }),
    ...(timeoutMs !== undefined && { timeoutMs }),
    personId,
    ...(contextId !== undefined && { contextId }),
    ...(onError && { onError: (error: TwoFactorError) => onError(error) }),
  });
  const hasSentRef = useRef(false);
  if (send.isSuccess) hasSentRef.current = true;

  const baseId = useId();
  const ids = {
    title: `${baseId}-title`,
    summary: `${baseId}-summary`,
    status: `${baseId}-status`,
    medium: `${baseId}-medium`,
    language: `${baseId}-language`,
    mediumError: `${baseId}-medium-error`,
    languageError: `${baseId}-language-error`,
  };

  const serverFieldErrors = send.fieldErrors;
  const fieldErrors: UseTwoFactorPromptResult['fieldErrors'] = {};
  for (const field of ['medium', 'language'] as const) {
    const client = clientErrors[field];
    const server = (serverFieldErrors[field] ?? []).map((message) => (message.trim() === '' ? messages.fieldRejected : message));
    const all = [...(client ? [client] : []), ...server];
    if (all.length > 0) fieldErrors[field] = all;
  }

  const { mutate, canSend } = send;
  const submit = useCallback(
    async (event?: { preventDefault?: () => void }) => {
      event?.preventDefault?.();
      if (!canSend) return;
      await handleSubmit((values) => {
        const request = {
          personId,
          ...(contextId !== undefined && { contextId }),
          ...(twoFactorId !== undefined && { twoFactorId }),
          ...values,
        };
        mutate(request, { onSuccess: (result) => onSent?.(result, request) });
      })();
    },
    [canSend, handleSubmit, mutate, personId, contextId, twoFactorId, onSent],
  );

  // After a failed send, focus goes to the first field the server rejected.
  const { error } = send;
  // With one medium there is no radio to focus: the language is then the first field.
  const firstInvalid = serverFieldErrors.medium && mediums.length > 1 ? 'medium' : serverFieldErrors.language ? 'language' : undefined;
  useEffect(() => {
    if (!error || !firstInvalid || typeof document === 'undefined') return;
    const target = document.getElementById(firstInvalid === 'medium' ? `${ids.medium}-${getValues('medium')}` : ids.language);
    target?.focus();
  }, [error, firstInvalid, ids.medium, ids.language, getValues]);

  let status: TwoFactorPromptStatus = 'idle';
  if (send.isPending) status = 'sending';
  else if (send.isError && !(isTwoFactorError(error) && error.kind === 'aborted')) status = 'error';
  else if (send.isSuccess) status = 'sent';
  else if (send.cooldownUntil !== undefined) status = 'cooling-down';

  const describedBy = (field: keyof TwoFactorPromptValues, errorId: string) =>
    fieldErrors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};

  return {
    status,
    messages,
    mediumOptions: mediums.map((value) => ({ value, label: messages.mediumNames[value] })),
    languageOptions,
    fieldErrors,
    // "Check the highlighted fields" only when a field is highlighted.
    formErrors:
      status === 'error'
        ? summarizeError(error, messages, Object.keys(fieldErrors).length > 0 ? messages.errors.validation : messages.requestRejected)
        : [],
    notes: send.warnings,
    hint: send.isSuccess ? (send.data.hint?.trim() ? send.data.hint : messages.sent) : undefined,
    cooldownUntil: send.cooldownUntil,
    canSend,
    hasSent: hasSentRef.current,
    ids,
    submit,
    getMediumInputProps: (medium) => ({
      ...register('medium'),
      type: 'radio',
      value: medium,
      id: `${ids.medium}-${medium}`,
      ...describedBy('medium', ids.mediumError),
    }),
    getLanguageSelectProps: () => ({ ...register('language'), id: ids.language, ...describedBy('language', ids.languageError) }),
    send,
  };
}
