import { checkBaseUrl } from './checkBaseUrl.js';
import { checkTimeoutMs } from './checkTimeoutMs.js';
import { defaultSendCodePath } from './defaultSendCodePath.js';
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

export { defaultSendCodePath };

// The library's own spelling of the DOM's HeadersInit, so that the types hold in a project without the DOM lib.
type HeaderValues = Headers | Record<string, string> | [string, string][];

/** Headers to add to each request, or a function that returns them (e.g. a fresh bearer token). */
export type HttpAdapterHeaders = HeaderValues | (() => HeaderValues | Promise<HeaderValues>);

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
  credentials?: 'omit' | 'same-origin' | 'include';
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

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function fail(problem: string): never {
  throw new TypeError(`createHttpAdapter: ${problem}`);
}

function checkOptions(options: CreateHttpAdapterOptions): void {
  if (typeof options !== 'object' || options === null) fail('options are required, e.g. { baseUrl: "/api/2fa" }.');
  const { baseUrl, verify } = options;
  // Where there is no page (a server, a test in Node), a path cannot be resolved: say so now, not as a network error later.
  checkBaseUrl(
    'createHttpAdapter',
    baseUrl,
    (globalThis as { location?: unknown }).location === undefined
      ? 'baseUrl is a path, and there is no page here to resolve it against (server side): pass an absolute URL, or create the adapter in the browser (<TwoFactorProvider http={…}> does).'
      : undefined,
  );
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
  if (options.fetch === undefined && typeof globalThis.fetch !== 'function') {
    fail('there is no global fetch here (Node 18 or later has one): pass options.fetch.');
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

  async function post(url: string, body: () => unknown, signal: AbortSignal | undefined): Promise<SendCodeResult> {
    if (signal?.aborted) throw new TwoFactorError('aborted', { cause: signal.reason });
    const json = JSON.stringify(body());

    const requestHeaders = new Headers(typeof headers === 'function' ? await headers() : headers);
    requestHeaders.set('Content-Type', 'application/json');
    requestHeaders.set('Accept', 'application/json');
    if (subscriptionKey) requestHeaders.set('Ocp-Apim-Subscription-Key', subscriptionKey);

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
      post(sendUrl, () => toWireRequest(parseRequest(sendCodeRequestSchema, request, 'SendCodeRequest')), context.signal),
  };
  const { verify } = options;
  if (verify) {
    const verifyUrl = joinUrl(root, verify.path);
    const toBody = verify.toBody ?? toVerifyBody;
    adapter.verifyCode = (request: VerifyCodeRequest, context: TwoFactorAdapterContext = {}) =>
      post(verifyUrl, () => toBody(parseRequest(verifyCodeRequestSchema, request, 'VerifyCodeRequest')), context.signal);
  }
  return adapter;
}
