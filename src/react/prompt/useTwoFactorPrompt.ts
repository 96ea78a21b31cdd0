'use client';
import { type ChangeEvent, type FocusEvent, useId, useMemo, useRef } from 'react';
import { personKey } from '../../core/personKey.js';
import { useSendTwoFactorCode } from '../send/useSendTwoFactorCode.js';
import { mergeHandlers } from '../shared/mergeHandlers.js';
import { mergeMessages } from '../shared/mergeMessages.js';

import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';
import type { UseTwoFactorPromptOptions } from './UseTwoFactorPromptOptions.js';
import type { PromptFieldHandlers, UseTwoFactorPromptResult } from './UseTwoFactorPromptResult.js';
import { usePromptChoices } from './usePromptChoices.js';
import { usePromptErrors } from './usePromptErrors.js';
import { usePromptFocus } from './usePromptFocus.js';
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
  const { personId, contextId, twoFactorId, cooldownSeconds = 30, adapter, timeoutMs, onSent, onError } = options;
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const { mediums, languageOptions, form, clientErrors } = usePromptChoices(options);
  const send = useSendTwoFactorCode({
    ...(adapter && { adapter }),
    cooldownSeconds,
    ...(timeoutMs !== undefined && { timeoutMs }),
    personId,
    ...(contextId !== undefined && { contextId }),
    ...(onError && { onError: (error) => onError(error) }),
  });
  const hasSentRef = useRef(false);
  if (send.isSuccess) hasSentRef.current = true;
  const status = usePromptStatus(send, personKey(personId, contextId));
  const { fieldErrors, errorSummary, refusal, markChanged } = usePromptErrors(send, clientErrors, { messages, status, cooldownSeconds });

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
  usePromptFocus(send.error, { offersMediumChoice: mediums.length > 1, getValues: form.getValues, ids });

  // The engine decides whether the send goes out; a refused click says why (`refusal`).
  const submit = async (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    await form.handleSubmit((values) => {
      const request = {
        personId,
        ...(contextId !== undefined && { contextId }),
        ...(twoFactorId !== undefined && { twoFactorId }),
        ...values,
      };
      send.mutate(request, { onSuccess: (result) => onSent?.(result, request) });
    })();
  };
  const field = <Name extends keyof TwoFactorPromptValues, Element extends HTMLElement>(
    name: Name,
    errorId: string,
    host: PromptFieldHandlers<Element> | undefined,
  ) => {
    const registered = form.register(name);
    const onChange = (event: ChangeEvent<Element>) => {
      markChanged(name);
      return registered.onChange(event);
    };
    return {
      ...registered,
      onChange: mergeHandlers(onChange, host?.onChange),
      onBlur: mergeHandlers((event: FocusEvent<Element>) => registered.onBlur(event), host?.onBlur),
      ...(fieldErrors[name] && { 'aria-invalid': true as const, 'aria-describedby': errorId }),
    };
  };

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
