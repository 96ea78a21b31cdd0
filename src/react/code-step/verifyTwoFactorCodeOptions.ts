import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/VerifyCodeResult.js';
import { type AdapterMutationSettings, adapterMutationFn } from '../shared/adapterMutationFn.js';

/** The mutation key every verify uses. */
export const verifyTwoFactorCodeMutationKey = ['react-two-factor', 'verify-code'] as const;

/** The message of the error thrown when an adapter has no `verifyCode`. */
export const missingVerifyCodeMessage = 'this adapter cannot verify codes; pass verify options or use an adapter with verifyCode';

/**
 * Mutation options that verify a typed code, for hosts that call
 * `useMutation` themselves; `retry: false`, as each try counts as an attempt.
 *
 * @throws {Error} when the adapter has no `verifyCode`.
 */
export function verifyTwoFactorCodeOptions(adapter: TwoFactorAdapter, settings: AdapterMutationSettings = {}) {
  const { verifyCode } = adapter;
  if (typeof verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  return {
    mutationKey: verifyTwoFactorCodeMutationKey,
    mutationFn: adapterMutationFn<VerifyCodeRequest, VerifyCodeResult>(
      'verifyTwoFactorCodeOptions',
      (request, context) => verifyCode.call(adapter, request, context),
      settings,
    ),
    retry: false,
    // Never paused while offline: an offline call fails at once as `network`, and nothing goes out later by itself.
    networkMode: 'always',
  } as const;
}
