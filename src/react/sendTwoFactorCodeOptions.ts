import type { SendCodeRequest } from '../core/SendCodeRequest.js';
import type { SendCodeResult } from '../core/SendCodeResult.js';
import type { TwoFactorAdapter } from '../core/TwoFactorAdapter.js';
import { isTwoFactorError, TwoFactorError } from '../core/TwoFactorError.js';

/** The mutation key every send uses, to find sends with `useIsMutating`. */
export const sendTwoFactorCodeMutationKey = ['react-two-factor', 'send-code'] as const;

/** Extra settings of `sendTwoFactorCodeOptions`. */
export interface SendTwoFactorCodeOptionsSettings {
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own. @default undefined (the adapter's) */
  timeoutMs?: number;
  /** Called once per send, as it starts, for the signal that cancels it. @default undefined (no cancellation) */
  signal?: () => AbortSignal | undefined;
}

/**
 * Mutation options for hosts that call `useMutation` themselves.
 * `retry: false` is part of them: each send is a real SMS or email, so the
 * host's QueryClient defaults must never repeat one.
 *
 * @example
 * const send = useMutation(sendTwoFactorCodeOptions(adapter));
 */
export function sendTwoFactorCodeOptions(adapter: TwoFactorAdapter, settings: SendTwoFactorCodeOptionsSettings = {}) {
  const { timeoutMs } = settings;
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError(`sendTwoFactorCodeOptions: timeoutMs must be a positive number of milliseconds; got ${String(timeoutMs)}.`);
  }
  return {
    mutationKey: sendTwoFactorCodeMutationKey,
    mutationFn: async (request: SendCodeRequest): Promise<SendCodeResult> => {
      const callerSignal = settings.signal?.();
      const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
      const signals = [callerSignal, timeout].filter((signal): signal is AbortSignal => signal !== undefined);
      const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
      try {
        return await adapter.sendCode(request, signal ? { signal } : undefined);
      } catch (error) {
        // The adapter sees only an abort; it was our timeout unless the caller cancelled.
        if (timeout?.aborted && !callerSignal?.aborted && isTwoFactorError(error) && error.kind === 'aborted') {
          throw new TwoFactorError('timeout', { message: `No answer within ${timeoutMs} ms.`, cause: error });
        }
        throw error;
      }
    },
    retry: false,
  } as const;
}
