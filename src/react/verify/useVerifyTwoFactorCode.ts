'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import { maxAttemptsOf } from '../../core/engine/TwoFactorEngine.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { type TwoFactorMutationResult, useTwoFactorMutation } from '../shared/useTwoFactorMutation.js';
import { verifyTwoFactorCodeOptions } from './verifyTwoFactorCodeOptions.js';

/** Options of `useVerifyTwoFactorCode`. */
export interface UseVerifyTwoFactorCodeOptions {
  /** The backend, overriding the provider's; it must have `verifyCode`. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** Wrong codes (validation failures) before `isLocked`. @default 5 (the engine's) */
  maxAttempts?: number | undefined;
  /** The person the code was sent to, so that a lock shows before the first verify (after a reload). @default undefined (the person of the last verify) */
  personId?: string | undefined;
  /** The context of `personId`. @default undefined */
  contextId?: string | undefined;
  /** BCP 47 tag of the UI, sent to the adapter (`Accept-Language`) so that the server's messages match it. @default the provider's `locale` */
  locale?: string | undefined;
  /** Milliseconds before a verify fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number | undefined;
  /** Called when the server accepts the code. @default undefined */
  onVerified?: ((result: VerifyCodeResult, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each failed verify; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: VerifyCodeRequest) => void) | undefined;
  /** Called after each verify that was not cancelled. @default undefined */
  onSettled?: ((result: VerifyCodeResult | undefined, error: TwoFactorError | null, request: VerifyCodeRequest) => void) | undefined;
}

/**
 * What `useVerifyTwoFactorCode` returns: react-query's mutation result (its own `status`), guarded by
 * the engine, plus the lock (`isLocked` after `maxAttempts` wrong codes, until a new code is sent).
 */
export type UseVerifyTwoFactorCodeResult = UseMutationResult<VerifyCodeResult, TwoFactorError, VerifyCodeRequest> &
  TwoFactorMutationResult & {
    /** Wrong codes left before the lock. */
    attemptsLeft: number;
    /** Whether `maxAttempts` wrong codes were made since the last code was sent: a verify is then refused with kind `locked` and nothing is sent. */
    isLocked: boolean;
  };

/**
 * Verifies the code the person typed: react-query's `useMutation` over `verifyTwoFactorCodeOptions`,
 * whose calls go through the page's engine: one request per submit, no retries, abort on unmount, and
 * `isLocked` after `maxAttempts` wrong codes (kept across a reload, lifted by a new code), where a
 * verify is refused with kind `locked` and nothing is sent.
 *
 * @throws {Error} at render when the adapter has no `verifyCode`.
 *
 * @example
 * const verify = useVerifyTwoFactorCode({ personId, onVerified: (result) => signIn(result.raw) });
 * verify.mutate({ personId, code: '123456' });
 */
export function useVerifyTwoFactorCode(options: UseVerifyTwoFactorCodeOptions = {}): UseVerifyTwoFactorCodeResult {
  const adapter = useTwoFactorAdapter(options.adapter);
  const locale = useTwoFactorLocale(options.locale);
  const { result, snapshot } = useTwoFactorMutation<VerifyCodeRequest, VerifyCodeResult>(
    (participant) => verifyTwoFactorCodeOptions(adapter, { ...options, locale, participant }),
    options,
    options.onVerified,
  );
  const maxAttempts = maxAttemptsOf('useVerifyTwoFactorCode', options);
  return {
    ...result,
    attemptsLeft: Math.max(0, maxAttempts - snapshot.failedAttempts),
    isLocked: snapshot.failedAttempts >= maxAttempts,
  };
}
