'use client';
import { useCallback, useMemo, useRef } from 'react';
import { personKey } from '../../core/engine/personKey.js';
import { resolveMessages } from '../../i18n/resolveMessages.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { codeStepErrors } from './codeStepErrors.js';
import type { UseTwoFactorCodeStepOptions } from './UseTwoFactorCodeStepOptions.js';
import type { UseTwoFactorCodeStepResult } from './UseTwoFactorCodeStepResult.js';
import { useCodeInput } from './useCodeInput.js';
import { useCodeStepFocus } from './useCodeStepFocus.js';
import { useCodeStepIds } from './useCodeStepIds.js';
import { useCodeStepVerify } from './useCodeStepVerify.js';
import { useCodeValue } from './useCodeValue.js';
import { useWebOtp } from './useWebOtp.js';

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
  const messages = useMemo(() => resolveMessages(options.messages), [options.messages]);
  const locale = useTwoFactorLocale(options.locale, messages.locale);
  const { verify, verifyCode, settled } = useCodeStepVerify(options, locale);
  const { status } = verify;
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
  const { fieldErrors, errorSummary } = codeStepErrors(verify, messages, waitLeft);
  const ids = useCodeStepIds();
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
    messages,
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
