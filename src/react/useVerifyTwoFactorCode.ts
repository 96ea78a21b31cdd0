'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TwoFactorAdapter } from '../core/TwoFactorAdapter.js';
import { isTwoFactorError, TwoFactorError } from '../core/TwoFactorError.js';
import type { TwoFactorField } from '../core/TwoFactorField.js';
import type { VerifyCodeRequest } from '../core/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../core/VerifyCodeResult.js';
import { useSingleFlight } from './useSingleFlight.js';
import { useTwoFactorAdapter } from './useTwoFactorAdapter.js';
import { verifyTwoFactorCodeOptions } from './verifyTwoFactorCodeOptions.js';

/** Where a verification is. */
export type VerifyTwoFactorCodeState = 'idle' | 'verifying' | 'verified' | 'error' | 'locked';

/** Options of `useVerifyTwoFactorCode`. */
export interface UseVerifyTwoFactorCodeOptions {
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter;
  /** Wrong codes (validation failures) before the state is `locked`. @default 5 */
  maxAttempts?: number;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number;
  /** Called when the server accepts the code. @default undefined */
  onSuccess?: (result: VerifyCodeResult, request: VerifyCodeRequest) => void;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: (error: TwoFactorError, request: VerifyCodeRequest) => void;
}

/** What `useVerifyTwoFactorCode` returns: react-query's mutation result, guarded, plus the attempt state. */
export type UseVerifyTwoFactorCodeResult = UseMutationResult<VerifyCodeResult, TwoFactorError, VerifyCodeRequest> & {
  /** Where the verification is; `locked` after `maxAttempts` wrong codes. */
  state: VerifyTwoFactorCodeState;
  /** Blocking server messages per field (`code` for a wrong code), from the last failed verify. */
  fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking messages not tied to a field (e.g. an expired code), from the last failed verify. */
  formErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** Aborts the verify in flight and returns to idle. */
  cancel: () => void;
};

const noFieldErrors: Partial<Record<TwoFactorField, string[]>> = {};

/** A refusal of the code itself: a failure on `Code`, or one that names nothing at all. */
function isWrongCode(error: TwoFactorError): boolean {
  return error.fieldErrors.code !== undefined || (error.issues.length === 0 && error.formErrors.length === 0);
}
const none: readonly never[] = [];

/**
 * Verifies the code the person typed, mirroring `useSendTwoFactorCode`: one
 * request per submit, no retries, abort on unmount, and a `locked` state
 * after `maxAttempts` wrong codes, where no further request is sent.
 *
 * @throws {Error} at render when the adapter has no `verifyCode`.
 *
 * @example
 * const verify = useVerifyTwoFactorCode({ onSuccess: (result) => signIn(result.raw) });
 * verify.mutate({ personId, code: '123456' });
 */
export function useVerifyTwoFactorCode(options: UseVerifyTwoFactorCodeOptions = {}): UseVerifyTwoFactorCodeResult {
  const { maxAttempts = 5, timeoutMs } = options;
  if (!(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    throw new TypeError(`useVerifyTwoFactorCode: maxAttempts must be a positive whole number; got ${String(maxAttempts)}.`);
  }
  const adapter = useTwoFactorAdapter(options.adapter);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const locked = failedAttempts >= maxAttempts;

  const flight = useSingleFlight<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>(() =>
    locked ? Promise.reject(new TwoFactorError('forbidden', { message: `Locked after ${maxAttempts} wrong codes.` })) : undefined,
  );
  const mutation = useMutation<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>({
    ...verifyTwoFactorCodeOptions(adapter, { ...(timeoutMs !== undefined && { timeoutMs }), signal: flight.nextSignal }),
    onSuccess: (result, request) => options.onSuccess?.(result, request),
    onError(error, request) {
      if (isTwoFactorError(error) && error.kind === 'aborted') return;
      // Only a code the server refused counts as an attempt: not a network failure, not a request
      // refused before sending (no status), not a form-level refusal such as an expired code.
      if (isTwoFactorError(error) && error.kind === 'validation' && error.status !== undefined && isWrongCode(error)) {
        setFailedAttempts((count) => count + 1);
      }
      options.onError?.(error, request);
    },
  });
  flight.bind(mutation.mutateAsync, mutation.reset);

  const error = isTwoFactorError(mutation.error) && mutation.error.kind !== 'aborted' ? mutation.error : undefined;
  let state: VerifyTwoFactorCodeState = 'idle';
  if (locked) state = 'locked';
  else if (mutation.isPending) state = 'verifying';
  else if (mutation.isSuccess) state = 'verified';
  else if (error) state = 'error';

  return {
    ...mutation,
    mutate: flight.mutate,
    mutateAsync: flight.mutateAsync,
    state,
    fieldErrors: error?.fieldErrors ?? noFieldErrors,
    formErrors: error?.formErrors ?? none,
    attemptsLeft: Math.max(0, maxAttempts - failedAttempts),
    cancel: flight.cancel,
  };
}
