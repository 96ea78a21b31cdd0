import type { CreateHttpAdapterOptions } from './createHttpAdapter.js';

/**
 * The JSON-safe options of `createHttpAdapter`, for `<TwoFactorProvider http={…}>`
 * rendered by a server component: no functions (`fetch`, a headers function,
 * `toVerifyBody`), which cannot cross to the client, and no `subscriptionKey`,
 * which would ship in the page's payload: the key belongs in `createTwoFactorHandler`.
 */
export type SerializableHttpAdapterOptions = Omit<CreateHttpAdapterOptions, 'subscriptionKey' | 'fetch' | 'headers' | 'toVerifyBody'> & {
  /** Extra headers as plain text values, sent with each call. @default undefined */
  headers?: Readonly<Record<string, string>> | undefined;
  subscriptionKey?: never | undefined;
  fetch?: never | undefined;
  toVerifyBody?: never | undefined;
};
