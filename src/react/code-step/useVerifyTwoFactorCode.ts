'use client';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import { maxAttemptsOf } from '../../core/engine/TwoFactorEngine.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useTwoFactorMutation } from '../shared/useTwoFactorMutation.js';
import type { UseVerifyTwoFactorCodeOptions } from './UseVerifyTwoFactorCodeOptions.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';
import { verifyTwoFactorCodeOptions } from './verifyTwoFactorCodeOptions.js';

const noFieldErrors = {};
const none: readonly never[] = [];

/**
 * Verifies the code the person typed: react-query's `useMutation` over `verifyTwoFactorCodeOptions`,
 * whose calls go through the page's engine: one request per submit, no retries, abort on unmount, and
 * `locked` after `maxAttempts` wrong codes (kept across a reload, lifted by a new code), where a verify
 * is refused with kind `locked` and nothing is sent.
 *
 * @throws {Error} at render when the adapter has no `verifyCode`.
 *
 * @example
 * const verify = useVerifyTwoFactorCode({ personId, onVerified: (result) => signIn(result.raw) });
 * verify.mutate({ personId, code: '123456' });
 */
export function useVerifyTwoFactorCode(options: UseVerifyTwoFactorCodeOptions = {}): UseVerifyTwoFactorCodeResult {
  const maxAttempts = maxAttemptsOf('useVerifyTwoFactorCode', options);
  const adapter = useTwoFactorAdapter(options.adapter);
  const locale = useTwoFactorLocale(options.locale);
  const { mutation, snapshot, cancel } = useTwoFactorMutation<VerifyCodeRequest, VerifyCodeResult>(
    (participant) => verifyTwoFactorCodeOptions(adapter, { ...options, locale, participant }),
    options,
    options.onVerified,
  );

  const error = mutation.error ?? undefined;
  return {
    ...mutation,
    isLocked: snapshot.failedAttempts >= maxAttempts,
    serverFieldErrors: error?.fieldErrors ?? noFieldErrors,
    serverFormErrors: error?.formErrors ?? none,
    attemptsLeft: Math.max(0, maxAttempts - snapshot.failedAttempts),
    cancel,
  };
}
