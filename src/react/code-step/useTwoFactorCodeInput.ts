'use client';
import { type ChangeEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { normalizeCode } from '../../core/normalizeCode.js';
import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import type { VerifyCodeRequest } from '../../core/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/VerifyCodeResult.js';
import type { TwoFactorMessages, TwoFactorMessagesOverride } from '../../locales/TwoFactorMessages.js';
import { summarizeError } from '../prompt/summarizeError.js';
import { mergeMessages } from '../shared/mergeMessages.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';
import { useVerifyTwoFactorCode } from './useVerifyTwoFactorCode.js';
import type { VerifyTwoFactorCodeStatus } from './VerifyTwoFactorCodeStatus.js';

/** Options of `useTwoFactorCodeInput`, and the behaviour props of `<TwoFactorCodeInput>`. */
export interface UseTwoFactorCodeInputOptions {
  /** The person the code was sent to. */
  personId: string;
  /** The portal's context id. @default undefined */
  contextId?: string;
  /** The two-factor authentication id. @default undefined */
  twoFactorId?: string;
  /** Characters in a code. @default 6 */
  length?: number;
  /** What one character of the code may be. @default /\d/ (digits, with a numeric keyboard) */
  pattern?: RegExp;
  /** Verify as soon as the code is complete (typed, pasted or autofilled). @default true */
  autoSubmit?: boolean;
  /** Wrong codes before the step locks. @default 5 */
  maxAttempts?: number;
  /** Listen for the code with WebOTP where the browser supports it. @default true */
  webOtp?: boolean;
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the provider's adapter */
  adapter?: TwoFactorAdapter;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number;
  /** Texts: a shipped catalogue or a partial override of English. @default en */
  messages?: TwoFactorMessagesOverride;
  /** Called once the server accepts the code. @default undefined */
  onVerified?: (result: VerifyCodeResult, request: VerifyCodeRequest) => void;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: (error: TwoFactorError) => void;
}

/** One drawn box of the code. */
export interface CodeSlot {
  /** The character in this box, or `''`. */
  character: string;
  /** Whether the caret is at this box (the input has focus). */
  active: boolean;
}

/** The headless state of the code step, and the props of its one input. */
export interface UseTwoFactorCodeInputResult {
  /** Where the step is. */
  status: VerifyTwoFactorCodeStatus;
  /** The code so far, normalised. */
  code: string;
  /** Sets the code (normalised); verifies it when complete and `autoSubmit` is on. */
  setCode: (value: string) => void;
  /** Submits the code as it is. */
  submit: (event?: { preventDefault?: () => void }) => void;
  /** The resolved texts. */
  messages: TwoFactorMessages;
  /** Characters in a code. */
  length: number;
  /** Messages at the code input, from the server. */
  fieldErrors: readonly string[];
  /** The error summary's lines (a friendly message for the kind, then server texts); the lock message when locked. */
  formErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** The boxes to draw over the input. */
  slots: readonly CodeSlot[];
  /** Element ids, stable across server and client. */
  ids: { title: string; input: string; instructions: string; error: string; summary: string; status: string };
  /** Props of the single real `<input>`: autofill and password managers see one field. */
  inputProps: {
    id: string;
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
    autoComplete: 'one-time-code';
    inputMode: 'numeric' | 'text';
    dir: 'ltr';
    spellCheck: false;
    autoCorrect: 'off';
    autoCapitalize: 'off';
    readOnly: boolean;
    'aria-invalid'?: true;
    'aria-describedby': string;
    ref: (element: HTMLInputElement | null) => void;
  };
  /** The underlying verify hook result. */
  verify: UseVerifyTwoFactorCodeResult;
}

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
 * @throws {TypeError} at render for a `length` that is not a whole number from 1 to 12.
 * @throws {Error} at render when the adapter has no `verifyCode`.
 */
export function useTwoFactorCodeInput(options: UseTwoFactorCodeInputOptions): UseTwoFactorCodeInputResult {
  const { personId, contextId, twoFactorId, length = 6, pattern = digit, autoSubmit = true, webOtp = true, onVerified, onError } = options;
  if (!(Number.isInteger(length) && length >= 1 && length <= 12)) {
    throw new TypeError(`useTwoFactorCodeInput: length must be a whole number from 1 to 12; got ${String(length)}.`);
  }
  const messages = useMemo(() => mergeMessages(options.messages), [options.messages]);
  const verify = useVerifyTwoFactorCode({
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

  const baseId = useId();
  const ids = {
    title: `${baseId}-title`,
    input: `${baseId}-code`,
    instructions: `${baseId}-instructions`,
    error: `${baseId}-error`,
    summary: `${baseId}-summary`,
    status: `${baseId}-status`,
  };

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
  const serverCodeErrors = verify.fieldErrors.code ?? [];
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
    length,
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
