import type { TwoFactorAdapter, TwoFactorAdapterCallOptions } from '../src/index.js';

/**
 * An adapter whose calls wait at a gate the test opens, so that a test sees the in-flight state for as
 * long as it needs on any machine, instead of racing a mock's delay against `waitFor`. A call reaches
 * the adapter behind it (and its recorded calls) once the gate is open, or at once when aborted.
 */
export function gated<Adapter extends TwoFactorAdapter>(inner: Adapter): { adapter: Adapter; open: () => void } {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const passed = (callOptions: TwoFactorAdapterCallOptions | undefined) =>
    Promise.race([gate, new Promise<void>((resolve) => callOptions?.signal?.addEventListener('abort', () => resolve(), { once: true }))]);
  const adapter: Adapter = {
    ...inner,
    sendCode: async (request, callOptions) => {
      await passed(callOptions);
      return inner.sendCode(request, callOptions);
    },
  };
  const { verifyCode } = inner;
  if (verifyCode) {
    adapter.verifyCode = async (request, callOptions) => {
      await passed(callOptions);
      return verifyCode.call(inner, request, callOptions);
    };
  }
  return { adapter, open };
}
