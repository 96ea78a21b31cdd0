import type { SendCodeRequest } from './SendCodeRequest.js';
import type { SendCodeResult } from './SendCodeResult.js';
import type { VerifyCodeRequest } from './VerifyCodeRequest.js';
import type { VerifyCodeResult } from './VerifyCodeResult.js';

/** What an adapter's method receives besides the request, per call. */
export interface TwoFactorAdapterCallOptions {
  /** Aborted when the caller gives up (unmount, `cancel()`); the adapter must reject with a `TwoFactorError` of kind `aborted`. @default undefined */
  signal?: AbortSignal | undefined;
  /** BCP 47 tag of the UI in use, e.g. `fr-BE`: the language the server should write its messages in (`createHttpAdapter` sends it as `Accept-Language`). @default undefined */
  locale?: string | undefined;
}

/**
 * The backend the library talks to. `createHttpAdapter` is the default;
 * `createMockAdapter` (from `react-two-factor/testing`) serves stories and
 * tests; a host may write its own.
 *
 * An adapter resolves with a `SendCodeResult` or rejects with a
 * `TwoFactorError`. It must never retry: each call sends a real SMS or email.
 */
export interface TwoFactorAdapter {
  /** Sends one code. Called once per user intent. */
  sendCode(request: SendCodeRequest, options?: TwoFactorAdapterCallOptions): Promise<SendCodeResult>;
  /** Checks a typed code; optional, because the documented contract has no verify operation. One call per submit. */
  verifyCode?: ((request: VerifyCodeRequest, options?: TwoFactorAdapterCallOptions) => Promise<VerifyCodeResult>) | undefined;
}
