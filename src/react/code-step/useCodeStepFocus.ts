'use client';
import { type RefObject, useEffect } from 'react';
import type { TwoFactorCodeStepStatus } from './codeStepStatus.js';

/** After a refused code, focuses and selects the input, so that typing replaces the code. */
export function useCodeStepFocus(
  status: TwoFactorCodeStepStatus,
  codeErrorCount: number,
  inputRef: RefObject<HTMLInputElement | null>,
): void {
  useEffect(() => {
    if (status !== 'error' || codeErrorCount === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [status, codeErrorCount, inputRef]);
}
