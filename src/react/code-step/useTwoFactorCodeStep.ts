'use client';
import { useCallback, useMemo, useRef } from 'react';
import { personKey } from '../../core/engine/personKey.js';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { stepOptionKeys, type TwoFactorStepOptions } from '../shared/TwoFactorStepOptions.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { useElementIds } from '../shared/useElementIds.js';
import {
  type UseVerifyTwoFactorCodeOptions,
  type UseVerifyTwoFactorCodeResult,
  useVerifyTwoFactorCode,
} from '../verify/useVerifyTwoFactorCode.js';
import { codeStepErrors } from './codeStepErrors.js';
import { codeStepStatus, type TwoFactorCodeStepStatus } from './codeStepStatus.js';
import { type CodeInputAttributes, type CodeInputHostProps, type CodeSlot, useCodeInput } from './useCodeInput.js';
import { useCodeStepFocus } from './useCodeStepFocus.js';
import { useCodeValue } from './useCodeValue.js';
import { useWebOtp } from './useWebOtp.js';

/**
 * Options of `useTwoFactorCodeStep`, and the behaviour props of `<TwoFactorCodeStep>`: the step's, the verify
 * hook's (passed to it whole), and the code's shape.
 */
export interface UseTwoFactorCodeStepOptions extends TwoFactorStepOptions, Omit<UseVerifyTwoFactorCodeOptions, keyof TwoFactorStepOptions> {
  /** Characters in a code, a whole number from 1 to 12. @default 6 */
  codeLength?: number | undefined;
  /** What one character of the code may be. @default /\d/ (digits, with a numeric keyboard) */
  codePattern?: RegExp | undefined;
  /** Verify as soon as the code is complete (typed, pasted or autofilled). @default true */
  autoSubmit?: boolean | undefined;
  /** Listen for the code with WebOTP where the browser supports it. @default true */
  webOtp?: boolean | undefined;
}

/** The names of `UseTwoFactorCodeStepOptions`, so that `<TwoFactorCodeStep>` tells its options from its root's attributes (checked complete by the type). */
export const codeStepOptionKeys: Record<keyof UseTwoFactorCodeStepOptions, true> = {
  ...stepOptionKeys,
  codeLength: true,
  codePattern: true,
  autoSubmit: true,
  maxAttempts: true,
  webOtp: true,
  timeoutMs: true,
  onVerified: true,
  onError: true,
  onSettled: true,
};

/** The headless state of the code step, and the props of its one input. */
export interface UseTwoFactorCodeStepResult {
  /** Where the step is. */
  status: TwoFactorCodeStepStatus;
  /** The code so far, normalised. */
  code: string;
  /** Sets the code (normalised); verifies it when complete and `autoSubmit` is on. */
  setCode: (value: string) => void;
  /** Submits the code as it is. */
  submit: (event?: { preventDefault?: () => void }) => void;
  /** The resolved texts. */
  texts: TwoFactorTexts;
  /** Characters in a code. */
  codeLength: number;
  /** Messages to show at each field: at `code`, the server's (a wrong code), then the attempts left. */
  fieldErrors: Partial<Record<'code', string[]>>;
  /** The error summary's lines: a friendly message for the error kind, then the server's own texts; the lock message when locked, counting down to the next code while a cooldown holds the resend. Empty when there is none. */
  errorSummary: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** The boxes to draw over the input. */
  slots: readonly CodeSlot[];
  /** Element ids, stable across server and client. */
  ids: { title: string; input: string; instructions: string; error: string; summary: string; status: string };
  /** Props of the single real `<input>` (autofill and password managers see one field), with the host's own handlers and ref merged. */
  getInputProps: (hostProps?: CodeInputHostProps) => CodeInputAttributes;
  /** The underlying verify hook result. */
  verify: UseVerifyTwoFactorCodeResult;
}

const codeStepIdSuffixes = {
  title: 'title',
  input: 'code',
  instructions: 'instructions',
  error: 'error',
  summary: 'summary',
  status: 'status',
} as const;

const digit = /\d/;

/**
 * The code step without markup: one input, normalised (spaces and dashes
 * removed), verified once per complete code, with WebOTP where supported.
 *
 * @throws {TypeError} at render for a `codeLength` that is not a whole number from 1 to 12.
 * @throws {Error} at render when the adapter has no `verifyCode`.
 *
 * @example
 * const step = useTwoFactorCodeStep({ personId, onVerified: (result) => signIn(result.raw) });
 * <form onSubmit={step.submit}>
 *   <input {...step.getInputProps({ onBlur: track })} />
 * </form>
 */
export function useTwoFactorCodeStep(options: UseTwoFactorCodeStepOptions): UseTwoFactorCodeStepResult {
  const { codeLength = 6, codePattern = digit, autoSubmit = true, webOtp = true } = options;
  if (!(Number.isInteger(codeLength) && codeLength >= 1 && codeLength <= 12)) {
    throw new TypeError(`useTwoFactorCodeStep: codeLength must be a whole number from 1 to 12; got ${String(codeLength)}.`);
  }
  const texts = useMemo(() => resolveTexts(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, texts.locale);
  // The verify hook takes the step's options whole (it reads its own).
  const verify = useVerifyTwoFactorCode({ ...options, locale });
  const { mutate, isLocked, isSuccess } = verify;
  const { personId, contextId, twoFactorId } = options;
  // Once accepted or locked, nothing sends another verify.
  const settled = isLocked || isSuccess;
  const verifyCode = useCallback(
    (code: string) => {
      if (settled || code.length === 0) return;
      mutate({ personId, ...(contextId !== undefined && { contextId }), ...(twoFactorId !== undefined && { twoFactorId }), code });
    },
    [settled, mutate, personId, contextId, twoFactorId],
  );
  const status = codeStepStatus(verify);
  const { code, setCode: changeCode } = useCodeValue({ codePattern, codeLength, autoSubmit, verifyCode });
  // The first new character after a failed verify clears it: the old message and the red boxes were about a code that is gone.
  const failed = status === 'error';
  const { reset } = verify;
  const setCode = useCallback(
    (value: string) => {
      if (failed) reset();
      changeCode(value);
    },
    [failed, reset, changeCode],
  );
  useWebOtp(webOtp, setCode);

  // Locked, the step says when a new code can be requested: the person's cooldown, counted with the resend button.
  const lockedRef = useRef(false);
  lockedRef.current = status === 'locked';
  const waitLeft = useCooldownRemainingOf(personKey(options.personId, options.contextId), lockedRef);
  const { fieldErrors, errorSummary } = codeStepErrors({ status, error: verify.error, attemptsLeft: verify.attemptsLeft }, texts, waitLeft);
  const ids = useElementIds(codeStepIdSuffixes);
  const invalid = fieldErrors.code !== undefined;
  const input = useCodeInput({ ids, code, setCode, codeLength, codePattern, readOnly: settled, invalid });
  useCodeStepFocus(status, fieldErrors.code?.length ?? 0, input.inputRef);

  const submit = useCallback(
    (event?: { preventDefault?: () => void }) => {
      event?.preventDefault?.();
      if (status === 'verifying' || status === 'verified') return;
      verifyCode(code);
    },
    [status, verifyCode, code],
  );
  return {
    status,
    code,
    setCode,
    submit,
    texts,
    codeLength,
    fieldErrors,
    errorSummary,
    attemptsLeft: verify.attemptsLeft,
    slots: input.slots,
    ids,
    getInputProps: input.getInputProps,
    verify,
  };
}
