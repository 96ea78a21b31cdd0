import type { TwoFactorAdapterCallOptions } from '../../core/contract/TwoFactorAdapter.js';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { TwoFactorEngine } from '../../core/engine/TwoFactorEngine.js';
import { isTwoFactorError, TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { checkTimeoutMs } from '../../core/http/checkTimeoutMs.js';

/** Options of the adapter call that `sendTwoFactorCodeOptions` and `verifyTwoFactorCodeOptions` make. */
export interface TwoFactorCallOptions {
  /** Milliseconds before a call fails with `timeout`, on top of the adapter's own. @default undefined (the adapter's) */
  timeoutMs?: number | undefined;
  /** Called once per call, as it starts, for a signal that cancels it. @default undefined (no cancellation but the engine's) */
  signal?: (() => AbortSignal | undefined) | undefined;
  /** BCP 47 tag of the UI, passed to the adapter (`Accept-Language` over HTTP). @default undefined */
  locale?: string | undefined;
}

type AdapterMethod<Request, Result> = (request: Request, context?: TwoFactorAdapterCallOptions) => Promise<Result>;

/**
 * The mutation options of one adapter method, routed through the page's engine (`through`: its
 * `send` or `verify`), which owns single flight, the cooldown and the lock. The adapter gets the
 * engine's signal, the caller's and the timeout's; a timeout is reported as `timeout` (the request
 * may have gone out: `maybeSent`). `retry: false`: each call is a real SMS, email or attempt.
 *
 * @throws {TypeError} naming `owner` for a `timeoutMs` that is not a positive number.
 */
export function twoFactorMutationOptions<Request, Result, Key extends readonly string[]>(
  owner: string,
  mutationKey: Key,
  method: AdapterMethod<Request, Result>,
  through: (engine: TwoFactorEngine, request: Request, call: (signal: AbortSignal) => Promise<Result>) => Promise<Result>,
  { timeoutMs, signal: callerSignal, locale }: TwoFactorCallOptions,
) {
  checkTimeoutMs(owner, timeoutMs);
  const call = async (request: Request, engineSignal: AbortSignal, caller: AbortSignal | undefined) => {
    const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    const signals = [engineSignal, caller, timeout].filter((each): each is AbortSignal => each !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : engineSignal;
    try {
      return await method(request, { signal, ...(locale !== undefined && { locale }) });
    } catch (error) {
      // The adapter sees only an abort; it was the timeout's unless the engine or the caller cancelled.
      if (timeout?.aborted && !engineSignal.aborted && !caller?.aborted && isTwoFactorError(error) && error.kind === 'aborted') {
        throw new TwoFactorError('timeout', { message: `No answer within ${timeoutMs} ms.`, cause: error, maybeSent: true });
      }
      throw error;
    }
  };
  return {
    mutationKey,
    mutationFn: (request: Request): Promise<Result> => {
      const caller = callerSignal?.();
      return through(getTwoFactorEngine(), request, (engineSignal) => call(request, engineSignal, caller));
    },
    retry: false,
    // Never paused while offline: an offline call fails at once as `network`, and nothing goes out later by itself.
    networkMode: 'always',
  } as const;
}
