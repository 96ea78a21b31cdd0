'use client';
import { useCallback, useRef, useState } from 'react';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { resolveErrorTexts } from '../../i18n/resolveErrorTexts.js';
import type { TwoFactorMessages } from '../../i18n/TwoFactorMessages.js';
import type { UseSendTwoFactorCodeResult } from '../send/UseSendTwoFactorCodeResult.js';
import { summarizeError } from '../shared/summarizeError.js';
import type { TwoFactorPromptStatus } from './TwoFactorPromptStatus.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

type Field = keyof TwoFactorPromptValues;
const fields = ['medium', 'language'] as const;

/**
 * The prompt's errors: the messages at each field (the form's check, then the server's, which go
 * once the person changes that field, as React Aria's form validation does; the other fields keep
 * theirs until the next send), the error summary, and why the last click sent nothing.
 */
export function usePromptErrors(
  send: UseSendTwoFactorCodeResult,
  clientErrors: Record<Field, string | undefined>,
  {
    messages,
    status,
    cooldownSeconds,
    waitLeft,
  }: {
    messages: TwoFactorMessages;
    status: TwoFactorPromptStatus;
    cooldownSeconds: number;
    /** The seconds left in the person's cooldown now: what every countdown on screen says. */
    waitLeft: number;
  },
) {
  const error = send.error ?? undefined;
  // The fields the person changed since `error` arrived.
  const [changed, setChanged] = useState<{ error: TwoFactorError | undefined; fields: readonly Field[] }>({ error: undefined, fields: [] });
  const latest = useRef({ error, changed });
  latest.current = { error, changed };
  const changedSinceError = changed.error === error ? changed.fields : [];

  // Only a field that shows a server message renders on change: picking is otherwise free.
  const markChanged = useCallback((field: Field) => {
    const { error: current, changed: previous } = latest.current;
    if (!current?.fieldErrors[field]) return;
    const already = previous.error === current ? previous.fields : [];
    if (!already.includes(field)) setChanged({ error: current, fields: [...already, field] });
  }, []);

  // The server's texts, each through `messages.serverErrors` by its ErrorCode.
  const serverFieldErrors = error ? resolveErrorTexts(error, messages.serverError).fieldErrors : {};
  const fieldErrors: Partial<Record<Field, string[]>> = {};
  for (const field of fields) {
    const client = clientErrors[field];
    const server = changedSinceError.includes(field)
      ? []
      : (serverFieldErrors[field] ?? []).map((message) => (message.trim() === '' ? messages.fieldRejected : message));
    const all = [...(client ? [client] : []), ...server];
    if (all.length > 0) fieldErrors[field] = all;
  }
  // "Check the highlighted fields" only when a field is highlighted. A rate limit says the wait the button enforces,
  // as many seconds as it has left; a known wait that has run out says nothing more.
  const knownWait = error?.kind === 'rate-limited' && Math.max(cooldownSeconds, error.retryAfterSeconds ?? 0) > 0;
  const errorSummary =
    status === 'error' && !(knownWait && waitLeft === 0)
      ? summarizeError(error, messages, {
          validationMessage: Object.keys(fieldErrors).length > 0 ? messages.errors.validation : messages.requestRejected,
          // No wait at all (`Retry-After: 0`) says "wait a moment", never "in 0 s".
          waitSeconds: waitLeft || undefined,
        })
      : [];
  const { refusal: refused } = send;
  const refusal = !refused
    ? undefined
    : refused.retryAfterSeconds === undefined
      ? messages.sendInProgress
      : waitLeft > 0
        ? messages.cooldownRefused(waitLeft)
        : undefined;
  return { fieldErrors, errorSummary, refusal, markChanged };
}
