'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import { personKey } from '../../core/personKey.js';
import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import type { TwoFactorField } from '../../core/TwoFactorField.js';
import type { VerifyCodeRequest } from '../../core/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/VerifyCodeResult.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { usePersonSnapshot } from '../send/usePersonSnapshot.js';
import { adapterCall } from '../shared/adapterMutationFn.js';
import { useGuardedMutate } from '../shared/useGuardedMutate.js';
import { useParticipant } from '../shared/useParticipant.js';
import { missingVerifyCodeMessage, verifyTwoFactorCodeMutationKey } from './verifyTwoFactorCodeOptions.js';

/** Where a verification is. */
export type VerifyTwoFactorCodeStatus = 'idle' | 'verifying' | 'verified' | 'error' | 'locked';

/** Options of `useVerifyTwoFactorCode`. */
export interface UseVerifyTwoFactorCodeOptions {
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter;
  /** The person the code was sent to, so that a lock shows before the first verify (after a reload). @default undefined (the person of the last verify) */
  personId?: string;
  /** The context of `personId`. @default undefined */
  contextId?: string;
  /** Wrong codes (validation failures) before the status is `locked`. @default 5 */
  maxAttempts?: number;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number;
  /** Called when the server accepts the code. @default undefined */
  onSuccess?: (result: VerifyCodeResult, request: VerifyCodeRequest) => void;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: (error: TwoFactorError, request: VerifyCodeRequest) => void;
}

type VerifyMutationResult = UseMutationResult<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>;
// Distributes over react-query's result union, so that `isPending` still narrows `data` and `error`.
type WithVerifyStatus<Result> = Result extends unknown ? Omit<Result, 'status'> & { status: VerifyTwoFactorCodeStatus } : never;

/**
 * What `useVerifyTwoFactorCode` returns: react-query's mutation result, guarded by the engine, with
 * `status` saying where the verification is (`locked` after `maxAttempts` wrong codes, until a new
 * code is sent) instead of react-query's own.
 */
export type UseVerifyTwoFactorCodeResult = WithVerifyStatus<VerifyMutationResult> & {
  /** Blocking server messages per field (`code` for a wrong code), from the last failed verify. */
  fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking server messages not tied to a field (e.g. an expired code), from the last failed verify. */
  formErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** Leaves the verify in flight (aborted when nothing else waits for it) and returns to idle. */
  cancel: () => void;
};

const noFieldErrors = {};
const none: readonly never[] = [];

/**
 * Verifies the code the person typed, through the page's engine: one request per submit, no
 * retries, abort on unmount, and `locked` after `maxAttempts` wrong codes (kept across a reload,
 * lifted by a new code), where a verify is refused with kind `locked` and nothing is sent.
 *
 * @throws {Error} at render when the adapter has no `verifyCode`.
 *
 * @example
 * const verify = useVerifyTwoFactorCode({ personId, onSuccess: (result) => signIn(result.raw) });
 * verify.mutate({ personId, code: '123456' });
 */
export function useVerifyTwoFactorCode(options: UseVerifyTwoFactorCodeOptions = {}): UseVerifyTwoFactorCodeResult {
  const { maxAttempts = 5, timeoutMs } = options;
  if (!(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    throw new TypeError(`useVerifyTwoFactorCode: maxAttempts must be a positive whole number; got ${String(maxAttempts)}.`);
  }
  const adapter = useTwoFactorAdapter(options.adapter);
  const { verifyCode } = adapter;
  if (typeof verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  const engine = getTwoFactorEngine();
  const participant = useParticipant();
  const [lastPerson, setLastPerson] = useState<string>();
  const snapshot = usePersonSnapshot(options.personId === undefined ? lastPerson : personKey(options.personId, options.contextId));

  const call = useMemo(
    () => adapterCall('useVerifyTwoFactorCode', verifyCode.bind(adapter), { timeoutMs }),
    [adapter, verifyCode, timeoutMs],
  );
  const mutation = useMutation<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>({
    mutationKey: verifyTwoFactorCodeMutationKey,
    retry: false,
    networkMode: 'always',
    mutationFn: (request) => engine.verify(request, (signal) => call(request, signal), { maxAttempts, participant }),
    onSuccess: (result, request) => options.onSuccess?.(result, request),
    onError: (error, request) => (error.kind === 'aborted' ? undefined : options.onError?.(error, request)),
  });
  const { mutateAsync, mutate, cancel } = useGuardedMutate(mutation, participant, {
    start(request) {
      if (options.personId === undefined) setLastPerson(personKey(request.personId, request.contextId));
    },
  });

  const error = mutation.error?.kind === 'aborted' ? undefined : (mutation.error ?? undefined);
  const locked = snapshot.failedAttempts >= maxAttempts;
  let status: VerifyTwoFactorCodeStatus = 'idle';
  if (locked) status = 'locked';
  else if (mutation.isPending) status = 'verifying';
  else if (mutation.isSuccess) status = 'verified';
  else if (error) status = 'error';
  return {
    ...mutation,
    mutate,
    mutateAsync,
    status,
    fieldErrors: error?.fieldErrors ?? noFieldErrors,
    formErrors: error?.formErrors ?? none,
    attemptsLeft: Math.max(0, maxAttempts - snapshot.failedAttempts),
    cancel,
  } as UseVerifyTwoFactorCodeResult;
}
