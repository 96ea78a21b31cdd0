import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/SendCodeResult.js';
import { TwoFactorError } from '../../core/TwoFactorError.js';

type AdapterCall = (signal: AbortSignal) => Promise<SendCodeResult>;

/**
 * The engine's flight of each call, found by its request object. It is taken (or joined) at the call,
 * so that the page knows at once, and reaches the adapter when react-query runs the `mutationFn`
 * (`run`), as a direct call would.
 */
export function deferredFlights() {
  const flights = new WeakMap<SendCodeRequest, { flight: Promise<SendCodeResult>; go: () => void }>();
  return {
    /** Takes or joins the engine's flight for `request` (`send`); its adapter call (`call`) waits for `run` or an abort. */
    take(request: SendCodeRequest, call: AdapterCall, send: (adapterCall: AdapterCall) => Promise<SendCodeResult>) {
      let go = () => {};
      const begun = new Promise<void>((resolve) => {
        go = resolve;
      });
      const flight = send(async (signal) => {
        signal.addEventListener('abort', go, { once: true });
        await begun;
        // Cancelled before react-query ran the mutation: the host's adapter is never called.
        if (signal.aborted) throw new TwoFactorError('aborted', { cause: signal.reason });
        return call(signal);
      });
      flights.set(request, { flight, go });
      // Handled by the mutation; this keeps a rejection before react-query starts from being reported as unhandled.
      flight.catch(() => {});
    },
    /** The `mutationFn`: lets the taken flight reach the adapter, and returns it. */
    run(request: SendCodeRequest): Promise<SendCodeResult> {
      const started = flights.get(request);
      started?.go();
      return started?.flight ?? Promise.reject(new Error('useSendTwoFactorCode: call mutate or mutateAsync.'));
    },
  };
}
