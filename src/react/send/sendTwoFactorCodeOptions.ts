import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import { type AdapterMutationSettings, adapterMutationFn } from '../shared/adapterMutationFn.js';

/** The mutation key every send uses, to find sends with `useIsMutating`. */
export const sendTwoFactorCodeMutationKey = ['react-two-factor', 'send-code'] as const;

/**
 * Mutation options for hosts that call `useMutation` themselves.
 * `retry: false` is part of them: each send is a real SMS or email, so the
 * host's QueryClient defaults must never repeat one.
 *
 * @throws {TypeError} for a `timeoutMs` that is not a positive number.
 *
 * @example
 * const send = useMutation(sendTwoFactorCodeOptions(adapter));
 */
export function sendTwoFactorCodeOptions(adapter: TwoFactorAdapter, settings: AdapterMutationSettings = {}) {
  return {
    mutationKey: sendTwoFactorCodeMutationKey,
    mutationFn: adapterMutationFn<SendCodeRequest, SendCodeResult>(
      'sendTwoFactorCodeOptions',
      (request, context) => adapter.sendCode(request, context),
      settings,
    ),
    retry: false,
    // Never paused while offline: an offline call fails at once as `network`, and nothing goes out later by itself.
    networkMode: 'always',
  } as const;
}
