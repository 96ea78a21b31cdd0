import { checkTimeoutMs } from '../../core/checkTimeoutMs.js';
import type { TwoFactorAdapterContext } from '../../core/TwoFactorAdapter.js';
import { isTwoFactorError, TwoFactorError } from '../../core/TwoFactorError.js';

/** Extra settings of the mutation options factories. */
export interface AdapterMutationSettings {
  /** Milliseconds before a call fails with `timeout`, on top of the adapter's own. @default undefined (the adapter's) */
  timeoutMs?: number | undefined;
  /** Called once per call, as it starts, for the signal that cancels it. @default undefined (no cancellation) */
  signal?: (() => AbortSignal | undefined) | undefined;
  /** BCP 47 tag of the UI, passed to the adapter (`Accept-Language` over HTTP). @default undefined */
  locale?: string | undefined;
}

/**
 * Calls one adapter method with the caller's signal and an optional timeout,
 * reporting that timeout as `timeout` (the request may have gone out: `maybeSent`).
 *
 * @throws {TypeError} for a `timeoutMs` that is not a positive number.
 */
export function adapterCall<Request, Result>(
  name: string,
  call: (request: Request, context?: TwoFactorAdapterContext) => Promise<Result>,
  { timeoutMs, locale }: Pick<AdapterMutationSettings, 'timeoutMs' | 'locale'>,
): (request: Request, callerSignal?: AbortSignal) => Promise<Result> {
  checkTimeoutMs(name, timeoutMs);
  return async (request, callerSignal) => {
    const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    const signals = [callerSignal, timeout].filter((signal): signal is AbortSignal => signal !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    try {
      const context = { ...(signal && { signal }), ...(locale !== undefined && { locale }) };
      return await call(request, signal || locale !== undefined ? context : undefined);
    } catch (error) {
      // The adapter sees only an abort; it was our timeout unless the caller cancelled.
      if (timeout?.aborted && !callerSignal?.aborted && isTwoFactorError(error) && error.kind === 'aborted') {
        throw new TwoFactorError('timeout', { message: `No answer within ${timeoutMs} ms.`, cause: error, maybeSent: true });
      }
      throw error;
    }
  };
}

/** A react-query `mutationFn` over `adapterCall`, with the settings' signal. */
export function adapterMutationFn<Request, Result>(
  name: string,
  call: (request: Request, context?: TwoFactorAdapterContext) => Promise<Result>,
  settings: AdapterMutationSettings,
): (request: Request) => Promise<Result> {
  const run = adapterCall(name, call, settings);
  return (request) => run(request, settings.signal?.());
}
