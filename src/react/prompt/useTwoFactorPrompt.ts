'use client';
import { useMemo, useRef } from 'react';
import { personKey } from '../../core/engine/personKey.js';
import { defaultCooldownSeconds } from '../../core/engine/TwoFactorEngine.js';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
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
  const { personId, contextId, cooldownSeconds = defaultCooldownSeconds, adapter, timeoutMs, onError, onSettled } = options;
  const texts = useMemo(() => resolveTexts(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, texts.locale);
  const { mediums, languageOptions, form, clientErrors } = usePromptChoices(options);
  const send = useSendTwoFactorCode({
    ...(adapter && { adapter }),
    cooldownSeconds,
    ...(locale !== undefined && { locale }),
    ...(timeoutMs !== undefined && { timeoutMs }),
    personId,
    ...(contextId !== undefined && { contextId }),
    onError,
    onSettled,
  });
  const hasSentRef = useRef(false);
  if (send.isSuccess) hasSentRef.current = true;
  const status = usePromptStatus(send, personKey(personId, contextId), cooldownSeconds);
  const { fieldErrors, errorSummary, refusalText, markChanged } = usePromptErrors(send, clientErrors, { texts, status, cooldownSeconds });

  const ids = usePromptIds();
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
