import type { CreateHttpAdapterOptions, HttpAdapterVerifyOptions } from './createHttpAdapter.js';

/**
 * The JSON-safe options of `createHttpAdapter`, for `<TwoFactorProvider http={…}>`
 * rendered by a server component: no functions (`fetch`, a headers function,
 * `verify.toBody`), which cannot cross to the client, and no `subscriptionKey`,
 * which would ship in the page's payload: the key belongs in `createTwoFactorHandler`.
 */
export type SerializableHttpAdapterOptions = Omit<CreateHttpAdapterOptions, 'subscriptionKey' | 'fetch' | 'headers' | 'verify'> & {
  /** Extra headers as plain text values, sent with each call. @default undefined */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Where to verify a typed code, e.g. `{ path: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode' }`. @default undefined (no verify) */
  verify?: (Omit<HttpAdapterVerifyOptions, 'toBody'> & { toBody?: never }) | undefined;
  subscriptionKey?: never | undefined;
  fetch?: never | undefined;
};
