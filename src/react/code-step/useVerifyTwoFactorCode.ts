'use client';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import type { VerifyCodeRequest } from '../../core/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/VerifyCodeResult.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { usePersonSnapshot } from '../send/usePersonSnapshot.js';
import { adapterCall } from '../shared/adapterMutationFn.js';
import { useGuardedMutate } from '../shared/useGuardedMutate.js';
import { useParticipant } from '../shared/useParticipant.js';
import { usePersonKey } from '../shared/usePersonKey.js';
import type { UseVerifyTwoFactorCodeOptions } from './UseVerifyTwoFactorCodeOptions.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';
import type { VerifyTwoFactorCodeStatus } from './VerifyTwoFactorCodeStatus.js';
import { missingVerifyCodeMessage, verifyTwoFactorCodeMutationKey } from './verifyTwoFactorCodeOptions.js';

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
  const locale = useTwoFactorLocale(options.locale);
  if (typeof verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  const engine = getTwoFactorEngine();
  const participant = useParticipant();
  const person = usePersonKey(options.personId, options.contextId);
  const snapshot = usePersonSnapshot(person.key);

  const call = useMemo(
    () => adapterCall('useVerifyTwoFactorCode', verifyCode.bind(adapter), { timeoutMs, locale }),
    [adapter, verifyCode, timeoutMs, locale],
  );
  const mutation = useMutation<VerifyCodeResult, TwoFactorError, VerifyCodeRequest>({
    mutationKey: verifyTwoFactorCodeMutationKey,
    retry: false,
    networkMode: 'always',
    mutationFn: (request) => engine.verify(request, (signal) => call(request, signal), { maxAttempts, participant }),
    onSuccess: (result, request) => options.onSuccess?.(result, request),
    onError: (error, request) => (error.kind === 'aborted' ? undefined : options.onError?.(error, request)),
  });
  const { mutateAsync, mutate, cancel } = useGuardedMutate(mutation, participant, { start: person.remember });

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
