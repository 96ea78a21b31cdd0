'use client';
import { useMemo, useRef } from 'react';
import { personKey } from '../../core/engine/personKey.js';
import { defaultCooldownSeconds } from '../../core/engine/TwoFactorEngine.js';
import { resolveMessages } from '../../i18n/resolveMessages.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { promptFieldProps } from './promptFieldProps.js';
import { promptSubmit } from './promptSubmit.js';
import type { UseTwoFactorPromptOptions } from './UseTwoFactorPromptOptions.js';
import type { UseTwoFactorPromptResult } from './UseTwoFactorPromptResult.js';
import { usePromptChoices } from './usePromptChoices.js';
import { usePromptErrors } from './usePromptErrors.js';
import { usePromptFocus } from './usePromptFocus.js';
import { usePromptIds } from './usePromptIds.js';
import { usePromptStatus } from './usePromptStatus.js';

/**
 * The prompt without markup: the choices (react-hook-form + zod), the send through the page's
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
  const { personId, contextId, cooldownSeconds = defaultCooldownSeconds, adapter, timeoutMs, onError } = options;
  const messages = useMemo(() => resolveMessages(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, messages.locale);
  const { mediums, languageOptions, form, clientErrors } = usePromptChoices(options);
  const send = useSendTwoFactorCode({
    ...(adapter && { adapter }),
    cooldownSeconds,
    ...(locale !== undefined && { locale }),
    ...(timeoutMs !== undefined && { timeoutMs }),
    personId,
    ...(contextId !== undefined && { contextId }),
    ...(onError && { onError: (error) => onError(error) }),
  });
  const hasSentRef = useRef(false);
  if (send.isSuccess) hasSentRef.current = true;
  const key = personKey(personId, contextId);
  const status = usePromptStatus(send, key, cooldownSeconds);
  // One clock: while a line of the result speaks of the wait (a rate limit, a refused click), it counts with the
  // button, re-rendering once a second; otherwise the seconds are not watched.
  const countingRef = useRef(false);
  countingRef.current = (status === 'error' && send.error?.kind === 'rate-limited') || send.refusal?.retryAfterSeconds !== undefined;
  const waitLeft = useCooldownRemainingOf(key, countingRef);
  const { fieldErrors, errorSummary, refusal, markChanged } = usePromptErrors(send, clientErrors, {
    messages,
    status,
    cooldownSeconds,
    waitLeft,
  });

  const ids = usePromptIds();
  usePromptFocus(send.error, { offersMediumChoice: mediums.length > 1, getValues: form.getValues, ids });

  const submit = promptSubmit(form.handleSubmit, send, options);
  const field = promptFieldProps(form.register, markChanged, fieldErrors);
  return {
    status,
    messages,
    mediumOptions: mediums.map((value) => ({ value, label: messages.mediumNames[value] })),
    languageOptions,
    fieldErrors,
    errorSummary,
    refusal,
    notes: send.notes,
    hint: send.isSuccess ? (send.data.hint?.trim() ? send.data.hint : messages.sent) : undefined,
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
