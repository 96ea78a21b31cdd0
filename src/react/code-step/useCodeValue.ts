'use client';
import { useCallback, useRef, useState } from 'react';
import { normalizeCode } from '../../core/contract/normalizeCode.js';

/**
 * The code so far, normalised (spaces, dashes and characters outside the pattern removed, cut at the
 * length), and verified by itself once complete when `autoSubmit` is on.
 */
export function useCodeValue({
  codePattern,
  codeLength,
  autoSubmit,
  verifyCode,
}: {
  codePattern: RegExp;
  codeLength: number;
  autoSubmit: boolean;
  verifyCode: (code: string) => void;
}) {
  const [code, setCodeState] = useState('');
  // The same wrong code is not sent again by itself: the person has to change it.
  const lastAutoSubmittedRef = useRef<string | undefined>(undefined);
  const setCode = useCallback(
    (value: string) => {
      const normalised = normalizeCode(value, codePattern, codeLength);
      setCodeState(normalised);
      if (autoSubmit && normalised.length === codeLength && normalised !== lastAutoSubmittedRef.current) {
        lastAutoSubmittedRef.current = normalised;
        verifyCode(normalised);
      }
    },
    [codePattern, codeLength, autoSubmit, verifyCode],
  );
  return { code, setCode };
}
