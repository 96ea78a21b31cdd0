'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { normalizeCode } from '../../core/normalizeCode.js';
import { resolveErrorTexts } from '../../core/resolveErrorTexts.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import type { VerifyCodeRequest } from '../../core/VerifyCodeRequest.js';
import { summarizeError } from '../prompt/summarizeError.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { mergeMessages } from '../shared/mergeMessages.js';
import type { UseTwoFactorCodeStepOptions } from './UseTwoFactorCodeStepOptions.js';
import type { UseTwoFactorCodeStepResult } from './UseTwoFactorCodeStepResult.js';
import { useCodeStepIds } from './useCodeStepIds.js';
import { useVerifyTwoFactorCode } from './useVerifyTwoFactorCode.js';

const digit = /\d/;

// `/\d/`, `/[0-9]/` and the like get the numeric keyboard; a pattern that also takes letters does not.
function onlyDigits(pattern: RegExp): boolean {
  const single = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return [...'0123456789'].every((character) => single.test(character)) && ![...'aAzZ'].some((character) => single.test(character));
}

/**
 * The code step without markup: one input, normalised (spaces and dashes
 * removed), verified once per complete code, with WebOTP where supported.
 *
 * @throws {TypeError} at render for a `codeLength` that is not a whole number from 1 to 12.
 * @throws {Error} at render when the adapter has no `verifyCode`.
 */
export function useTwoFactorCodeStep(options: UseTwoFactorCodeStepOptions): UseTwoFactorCodeStepResult {
  const {
    personId,
    contextId,
    twoFactorId,
    codeLength: length = 6,
    codePattern: pattern = digit,
    autoSubmit = true,
    webOtp = true,
  } = options;
  const { onVerified, onError } = options;
  if (!(Number.isInteger(length) && length >= 1 && length <= 12)) {
    throw new TypeError(`useTwoFactorCodeStep: codeLength must be a whole number from 1 to 12; got ${String(length)}.`);
  }
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, messages.locale);
  const verify = useVerifyTwoFactorCode({
    ...(locale !== undefined && { locale }),
    ...(options.adapter && { adapter: options.adapter }),
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    onSuccess: (result, request) => onVerified?.(result, request),
    ...(onError && { onError: (error: TwoFactorError) => onError(error) }),
  });
  const [code, setCodeState] = useState('');
  const [focused, setFocused] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  // The same wrong code is not sent again by itself: the person has to change it.
  const lastAutoSubmittedRef = useRef<string | undefined>(undefined);

  const ids = useCodeStepIds();

  const { mutate, status: state } = verify;
  const locked = state === 'locked';
  const send = useCallback(
    (value: string) => {
      if (locked || state === 'verified' || value.length === 0) return;
      const request: VerifyCodeRequest = {
        personId,
        ...(contextId !== undefined && { contextId }),
        ...(twoFactorId !== undefined && { twoFactorId }),
        code: value,
      };
      mutate(request);
    },
    [locked, state, mutate, personId, contextId, twoFactorId],
  );

  const setCode = useCallback(
    (value: string) => {
      const normalised = normalizeCode(value, pattern, length);
      setCodeState(normalised);
      if (autoSubmit && normalised.length === length && normalised !== lastAutoSubmittedRef.current) {
        lastAutoSubmittedRef.current = normalised;
        send(normalised);
      }
    },
    [pattern, length, autoSubmit, send],
  );

  const setCodeRef = useRef(setCode);
  setCodeRef.current = setCode;
  useEffect(() => {
    if (!webOtp || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const request = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
    navigator.credentials
      .get(request)
      .then((credential) => {
        const otp = (credential as { code?: unknown } | null)?.code;
        if (typeof otp === 'string') setCodeRef.current(otp);
      })
      // Aborted on unmount, denied, or timed out: typing still works.
      .catch(() => {});
    return () => controller.abort();
  }, [webOtp]);

  const error = verify.error;
  // The server's texts, each through `messages.serverErrors` by its ErrorCode.
  const serverCodeErrors = (error && resolveErrorTexts(error, messages.serverError).fieldErrors.code) ?? [];
  let fieldErrors: string[] = [];
  if (state === 'error' && serverCodeErrors.length > 0) {
    fieldErrors = serverCodeErrors.map((message) => (message.trim() === '' ? messages.wrongCode : message));
  } else if (state === 'error' && error?.kind === 'validation' && error.issues.length === 0 && error.formErrors.length === 0) {
    // A refusal that names nothing is a wrong code.
    fieldErrors = [messages.wrongCode];
  }
  if (fieldErrors.length > 0) fieldErrors.push(messages.attemptsLeft(verify.attemptsLeft));
  let formErrors: string[] = [];
  if (locked) formErrors = [messages.locked];
  else if (state === 'error' && fieldErrors.length === 0)
    formErrors = summarizeError(error, messages, { validationMessage: messages.requestRejected });

  // After a refused code, the input is focused and selected, so typing replaces it.
  useEffect(() => {
    if (state !== 'error' || fieldErrors.length === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [state, fieldErrors.length]);

  const submit = useCallback(
    (event?: { preventDefault?: () => void }) => {
      event?.preventDefault?.();
      if (state === 'verifying' || state === 'verified') return;
      send(code);
    },
    [state, send, code],
  );

  const describedBy = [ids.instructions, fieldErrors.length > 0 ? ids.error : undefined].filter(Boolean).join(' ');
  return {
    status: state,
    code,
    setCode,
    submit,
    messages,
    codeLength: length,
    fieldErrors,
    formErrors,
    attemptsLeft: verify.attemptsLeft,
    slots: Array.from({ length }, (_, index) => ({
      character: code[index] ?? '',
      active: focused && index === Math.min(code.length, length - 1),
    })),
    ids,
    inputProps: {
      id: ids.input,
      name: 'code',
      value: code,
      onChange: (event) => setCode(event.target.value),
      onFocus: () => setFocused(true),
      onBlur: () => setFocused(false),
      autoComplete: 'one-time-code',
      inputMode: onlyDigits(pattern) ? 'numeric' : 'text',
      dir: 'ltr',
      // No maxLength: the browser would cut a paste before normalising it, so a code pasted with the text
      // around it (a whole SMS) would lose its digits. The length is enforced by normalising.
      spellCheck: false,
      autoCorrect: 'off',
      autoCapitalize: 'off',
      // Once accepted or locked, typing (or a late WebOTP code) must not send another verify.
      readOnly: locked || state === 'verified',
      ...(fieldErrors.length > 0 && { 'aria-invalid': true as const }),
      'aria-describedby': describedBy,
      ref: (element) => {
        inputRef.current = element;
      },
    },
    verify,
  };
}
