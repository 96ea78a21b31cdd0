'use client';
import { useCallback } from 'react';
import type { UseTwoFactorCodeStepOptions } from './UseTwoFactorCodeStepOptions.js';
import { useVerifyTwoFactorCode } from './useVerifyTwoFactorCode.js';

/**
 * The code step's verify: the verify hook with the step's options, and `verifyCode(code)`, which sends
 * a non-empty code for the step's person unless the step is already verified or locked.
 */
export function useCodeStepVerify(options: UseTwoFactorCodeStepOptions, locale: string | undefined) {
  const { personId, contextId, twoFactorId, onVerified, onError, onSettled } = options;
  const verify = useVerifyTwoFactorCode({
    // The step's person from the first render, so that a lock kept from before a reload shows at once.
    personId,
    ...(contextId !== undefined && { contextId }),
    ...(locale !== undefined && { locale }),
    ...(options.adapter && { adapter: options.adapter }),
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    onVerified,
    onError,
    onSettled,
  });
  const { mutate, isLocked, isSuccess } = verify;
  const settled = isLocked || isSuccess;
  const verifyCode = useCallback(
    (code: string) => {
      if (settled || code.length === 0) return;
      mutate({ personId, ...(contextId !== undefined && { contextId }), ...(twoFactorId !== undefined && { twoFactorId }), code });
    },
    [settled, mutate, personId, contextId, twoFactorId],
  );
  return { verify, verifyCode, settled };
}
