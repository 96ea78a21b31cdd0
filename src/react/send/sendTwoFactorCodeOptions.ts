import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import { cooldownSecondsOf, type TwoFactorEngineSendOptions } from '../../core/engine/TwoFactorEngine.js';
import { type TwoFactorCallOptions, twoFactorMutationOptions } from '../shared/twoFactorMutationOptions.js';

/** The mutation key every send uses, to find sends with `useIsMutating`. */
export const sendTwoFactorCodeMutationKey = ['react-two-factor', 'send-code'] as const;

/**
 * Mutation options that send a code through the page's engine, for hosts that call `useMutation`
 * themselves: one code per intent page-wide (a second call joins the send in flight), the cooldown,
 * and `retry: false`, since each send is a real SMS or email. `useSendTwoFactorCode` is built on them.
 *
 * @throws {TypeError} for a `timeoutMs` that is not a positive number, or a `cooldownSeconds` under 0.
 *
 * @example
 * const send = useMutation(sendTwoFactorCodeOptions(adapter, { cooldownSeconds: 60 }));
 */
export function sendTwoFactorCodeOptions(adapter: TwoFactorAdapter, options: TwoFactorCallOptions & TwoFactorEngineSendOptions = {}) {
  const engineOptions = { cooldownSeconds: cooldownSecondsOf('sendTwoFactorCodeOptions', options), participant: options.participant };
  return twoFactorMutationOptions<SendCodeRequest, SendCodeResult, typeof sendTwoFactorCodeMutationKey>(
    'sendTwoFactorCodeOptions',
    sendTwoFactorCodeMutationKey,
    (request, context) => adapter.sendCode(request, context),
    (engine, request, call) => engine.send(request, call, engineOptions),
    options,
  );
}
