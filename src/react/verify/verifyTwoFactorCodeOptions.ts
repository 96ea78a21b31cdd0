import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../../core/contract/VerifyCodeResult.js';
import { maxAttemptsOf, type TwoFactorEngineVerifyOptions } from '../../core/engine/TwoFactorEngine.js';
import { type TwoFactorCallOptions, twoFactorMutationOptions } from '../shared/twoFactorMutationOptions.js';

/** The mutation key every verify uses. */
export const verifyTwoFactorCodeMutationKey = ['react-two-factor', 'verify-code'] as const;

/** The message of the error thrown when an adapter has no `verifyCode`. */
export const missingVerifyCodeMessage =
  "this adapter cannot verify codes; pass verifyPath to createHttpAdapter (or the provider's http), or use an adapter with verifyCode";

/**
 * Mutation options that verify a typed code through the page's engine, for hosts that call
 * `useMutation` themselves: one request per code submitted, `locked` after `maxAttempts` wrong codes,
 * and `retry: false`, as each try counts as an attempt. `useVerifyTwoFactorCode` is built on them.
 *
 * @throws {Error} when the adapter has no `verifyCode`.
 * @throws {TypeError} for a `timeoutMs` that is not a positive number, or a `maxAttempts` that is not a positive whole number.
 */
export function verifyTwoFactorCodeOptions(adapter: TwoFactorAdapter, options: TwoFactorCallOptions & TwoFactorEngineVerifyOptions = {}) {
  const { verifyCode } = adapter;
  if (typeof verifyCode !== 'function') throw new Error(`react-two-factor: ${missingVerifyCodeMessage}.`);
  const engineOptions = { maxAttempts: maxAttemptsOf('verifyTwoFactorCodeOptions', options), participant: options.participant };
  return twoFactorMutationOptions<VerifyCodeRequest, VerifyCodeResult, typeof verifyTwoFactorCodeMutationKey>(
    'verifyTwoFactorCodeOptions',
    verifyTwoFactorCodeMutationKey,
    (request, context) => verifyCode.call(adapter, request, context),
    (engine, request, call) => engine.verify(request, call, engineOptions),
    options,
  );
}
