'use client';
import { useCallback, useMemo } from 'react';
import { resolveTexts } from '../../i18n/resolveTexts.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { codeStepErrors } from './codeStepErrors.js';
import type { TwoFactorCodeStepStatus } from './TwoFactorCodeStepStatus.js';
import type { UseTwoFactorCodeStepOptions } from './UseTwoFactorCodeStepOptions.js';
import type { UseTwoFactorCodeStepResult } from './UseTwoFactorCodeStepResult.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';
import { useCodeInput } from './useCodeInput.js';
import { useCodeStepFocus } from './useCodeStepFocus.js';
import { useCodeStepIds } from './useCodeStepIds.js';
import { useCodeStepVerify } from './useCodeStepVerify.js';
import { useCodeValue } from './useCodeValue.js';
import { useWebOtp } from './useWebOtp.js';

const digit = /\d/;

/** Where the step is, from its verify: a cancelled verify is nobody's failure. */
function codeStepStatus(verify: UseVerifyTwoFactorCodeResult): TwoFactorCodeStepStatus {
  if (verify.isLocked) return 'locked';
  if (verify.isPending) return 'verifying';
  if (verify.isSuccess) return 'verified';
  if (verify.isError && verify.error.kind !== 'aborted') return 'error';
  return 'idle';
}

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
  const { verify, verifyCode, settled } = useCodeStepVerify(options, locale);
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

  const { fieldErrors, errorSummary } = codeStepErrors({ status, error: verify.error, attemptsLeft: verify.attemptsLeft }, texts);
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
