import { checkTimeoutMs } from './checkTimeoutMs.js';
import { parseRequest } from './parseRequest.js';
import { readSendCodeAnswer } from './readSendCodeAnswer.js';
import type { SendCodeRequest } from './SendCodeRequest.js';
import type { SendCodeResult } from './SendCodeResult.js';
import { sendCodeRequestSchema } from './sendCodeRequestSchema.js';
import type { SendCodeWireRequest } from './sendCodeWireSchemas.js';
import type { TwoFactorAdapter, TwoFactorAdapterContext } from './TwoFactorAdapter.js';
import { TwoFactorError } from './TwoFactorError.js';
import type { VerifyCodeRequest } from './VerifyCodeRequest.js';
import { verifyCodeRequestSchema } from './verifyCodeRequestSchema.js';

/** Headers to add to each request, or a function that returns them (e.g. a fresh bearer token). */
export type HttpAdapterHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Options of `createHttpAdapter`. */
export interface CreateHttpAdapterOptions {
  /** The API root including the gateway suffix, e.g. `https://stg-ecap.azure-api.net/2fa`, or a same-origin path such as `/api/2fa` behind a BFF. */
  baseUrl: string;
  /** API Management subscription key, sent as `Ocp-Apim-Subscription-Key`. Public once shipped to a browser: prefer a BFF. */
  subscriptionKey?: string;
  /** Path of the send operation below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  path?: string;
  /** Extra headers, or a (possibly async) function returning them, called once per send. */
  headers?: HttpAdapterHeaders;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a send fails with `timeout`, body included. @default 15000 */
  timeoutMs?: number;
  /** `fetch` credentials mode, e.g. `include` for a BFF session cookie. @default undefined (the browser's `same-origin`) */
  credentials?: RequestCredentials;
  /** Where to verify a typed code; the contract does not document it, so without this option the adapter has no `verifyCode`. @default undefined */
  verify?: HttpAdapterVerifyOptions;
}

/** How `createHttpAdapter` verifies a code. */
export interface HttpAdapterVerifyOptions {
  /** Path of the verify operation below `baseUrl`, e.g. `/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode`. */
  path: string;
  /** Builds the JSON body. @default PascalCase `{ PersonId, ContextId, TwoFactorId, Code }` with only the members that are set */
  toBody?: (request: VerifyCodeRequest) => unknown;
}

/** The default send path of the contract. */
export const defaultSendCodePath = '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson';

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function parseUrl(value: string): URL | undefined {
  try {
    // A relative base (a BFF on the same origin) is resolved against a dummy origin only to check it.
    return new URL(value, 'http://relative.invalid');
  } catch {
    return undefined;
  }
}

function fail(problem: string): never {
  throw new TypeError(`createHttpAdapter: ${problem}`);
}

function checkOptions(options: CreateHttpAdapterOptions): void {
  if (typeof options !== 'object' || options === null) fail('options are required, e.g. { baseUrl: "/api/2fa" }.');
  const { baseUrl, verify } = options;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') fail('baseUrl is required, e.g. "https://stg-ecap.azure-api.net/2fa".');
  const url = parseUrl(baseUrl);
  // The URL itself is never repeated in a message: it may carry credentials.
  if (!url || !/^https?:$/.test(url.protocol))
    fail(`baseUrl must be an http(s) URL or a path; got ${url ? `a ${url.protocol} URL` : 'an invalid URL'}.`);
  if (url.username || url.password) fail('baseUrl must not hold credentials; use headers.');
  if ([...url.searchParams.keys()].some((key) => key.toLowerCase() === 'subscription-key')) {
    fail('a subscription key in the URL leaks into logs; pass it as subscriptionKey.');
  }
  if (url.search || url.hash) fail('baseUrl must be the API root, without a query or fragment.');
  checkTimeoutMs('createHttpAdapter', options.timeoutMs);
  if (verify !== undefined && !(typeof verify?.path === 'string' && verify.path.trim() !== '')) {
    fail('verify.path must be the path of the verify operation, e.g. "/2FactorAuthentication/TwoFaCommand/Verify".');
  }
  const typed: [string, unknown, string][] = [
    ['path', options.path, 'string'],
    ['fetch', options.fetch, 'function'],
    ['verify.toBody', verify?.toBody, 'function'],
  ];
  for (const [name, value, type] of typed) {
    if (value !== undefined && typeof value !== type) fail(`${name} must be a ${type}.`);
  }
}

// JSON.stringify leaves out the members that are undefined, so only the ones set are sent.
const toVerifyBody = (request: VerifyCodeRequest) => ({
  PersonId: request.personId,
  ContextId: request.contextId,
  TwoFactorId: request.twoFactorId,
  Code: request.code,
});

const toWireRequest = (request: SendCodeRequest): SendCodeWireRequest => ({
  PersonId: request.personId,
  Language: request.language,
  ContextId: request.contextId,
  TwoFactorId: request.twoFactorId,
  Medium: request.medium,
});

// A tag that is not BCP 47 (a careless caller's `5`, `'fr\n'`) sends no header rather than failing a send.
function acceptLanguage(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  try {
    return Intl.getCanonicalLocales(locale.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The default adapter: POSTs to `Send2FactorAuthenticationCodeToPerson`
 * through API Management, or through the host's own backend (BFF).
 *
 * It never retries, aborts with the caller's signal, fails after `timeoutMs`,
 * and keeps the subscription key and auth headers out of every error.
 *
 * @throws {TypeError} at creation for a missing or non-http(s) `baseUrl`, a bad `timeoutMs`, `path` or `fetch`.
 *
 * @example
 * const adapter = createHttpAdapter({
 *   baseUrl: 'https://stg-ecap.azure-api.net/2fa',
 *   subscriptionKey: import.meta.env.VITE_APIM_KEY,
 * });
 */
export function createHttpAdapter(options: CreateHttpAdapterOptions): TwoFactorAdapter {
  checkOptions(options);
  const { baseUrl, subscriptionKey, headers, credentials, timeoutMs = 15_000 } = options;
  const root = baseUrl.trim();
  const sendUrl = joinUrl(root, options.path ?? defaultSendCodePath);

  async function post(url: string, body: () => unknown, { signal, locale }: TwoFactorAdapterContext): Promise<SendCodeResult> {
    if (signal?.aborted) throw new TwoFactorError('aborted', { cause: signal.reason });
    const json = JSON.stringify(body());

    const requestHeaders = new Headers(typeof headers === 'function' ? await headers() : headers);
    requestHeaders.set('Content-Type', 'application/json');
    requestHeaders.set('Accept', 'application/json');
    if (subscriptionKey) requestHeaders.set('Ocp-Apim-Subscription-Key', subscriptionKey);
    // The server writes its messages in the UI's language; a header the host set wins.
    const language = acceptLanguage(locale);
    if (language && !requestHeaders.has('Accept-Language')) requestHeaders.set('Accept-Language', language);

    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const fetchImplementation = options.fetch ?? globalThis.fetch;
    try {
      const response = await fetchImplementation(url, {
        method: 'POST',
        headers: requestHeaders,
        body: json,
        signal: combined,
        ...(credentials && { credentials }),
      });
      const text = await response.text();
      return readSendCodeAnswer({ status: response.status, body: text, retryAfter: response.headers.get('Retry-After') });
    } catch (error) {
      if (error instanceof TwoFactorError) throw error;
      // Only the reason is kept as the cause: the request, with its headers, never is.
      if (signal?.aborted) throw new TwoFactorError('aborted', { cause: signal.reason });
      if (timeout.aborted) {
        throw new TwoFactorError('timeout', { message: `No complete answer within ${timeoutMs} ms.`, cause: timeout.reason });
      }
      if (error instanceof TypeError) {
        throw new TwoFactorError('network', { message: 'The server could not be reached (network error, CORS or offline).', cause: error });
      }
      throw error;
    }
  }

  const adapter: TwoFactorAdapter = {
    sendCode: (request: SendCodeRequest, context: TwoFactorAdapterContext = {}) =>
      post(sendUrl, () => toWireRequest(parseRequest(sendCodeRequestSchema, request, 'SendCodeRequest')), context),
  };
  const { verify } = options;
  if (verify) {
    const verifyUrl = joinUrl(root, verify.path);
    const toBody = verify.toBody ?? toVerifyBody;
    adapter.verifyCode = (request: VerifyCodeRequest, context: TwoFactorAdapterContext = {}) =>
      post(verifyUrl, () => toBody(parseRequest(verifyCodeRequestSchema, request, 'VerifyCodeRequest')), context);
  }
  return adapter;
}
