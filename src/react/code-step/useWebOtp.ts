'use client';
import { useEffect, useRef } from 'react';

/**
 * Listens for the SMS code with WebOTP while mounted, where the browser has `OTPCredential`, and
 * hands it to `onCode`. Stops on unmount; a denial or a timeout leaves typing working.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void): void {
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const request = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
    navigator.credentials
      .get(request)
      .then((credential) => {
        const otp = (credential as { code?: unknown } | null)?.code;
        if (typeof otp === 'string') onCodeRef.current(otp);
      })
      // Aborted on unmount, denied, or timed out: typing still works.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled]);
}
