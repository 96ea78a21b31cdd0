import type { SendCodeRequest } from '../contract/SendCodeRequest.js';
import type { SendCodeResult } from '../contract/SendCodeResult.js';
import { sendCodeRequestSchema } from '../contract/sendCodeRequestSchema.js';
import type { SendCodeWireRequest } from '../contract/sendCodeWireSchemas.js';
import type { TwoFactorAdapter, TwoFactorAdapterCallOptions } from '../contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../contract/VerifyCodeRequest.js';
import { verifyCodeRequestSchema } from '../contract/verifyCodeRequestSchema.js';
import { parseRequest } from '../errors/parseRequest.js';
import { isTwoFactorError, TwoFactorError } from '../errors/TwoFactorError.js';
import { checkBaseUrl } from './checkBaseUrl.js';
import { checkMaxBodyBytes } from './checkMaxBodyBytes.js';
import { checkTimeoutMs } from './checkTimeoutMs.js';
import type { FetchAnswerHeaders } from './fetchAnswer.js';
import { defaultMaxBodyBytes, defaultTimeoutMs, fetchAnswer } from './fetchAnswer.js';
import { readSendCodeAnswer } from './readSendCodeAnswer.js';

/** Options of `createHttpAdapter`. */
export interface CreateHttpAdapterOptions {
  /** The API root including the gateway suffix, e.g. `https://stg-ecap.azure-api.net/2fa`, or a same-origin path such as `/api/2fa` behind a BFF. */
  baseUrl: string;
  /** API Management subscription key, sent as `Ocp-Apim-Subscription-Key`: a single-line printable token. Public once shipped to a browser: prefer a BFF. @default undefined */
  subscriptionKey?: string | undefined;
  /** Path of the send operation below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  sendPath?: string | undefined;
  /** Path of the verify operation below `baseUrl`, e.g. `/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode`; the contract does not document it, so without this option the adapter has no `verifyCode`. @default undefined (no verify) */
  verifyPath?: string | undefined;
  /** Builds the verify request's JSON body; only with `verifyPath`. @default PascalCase `{ PersonId, ContextId, TwoFactorId, Code }` with only the members that are set */
  toVerifyBody?: ((request: VerifyCodeRequest) => unknown) | undefined;
  /** Extra headers, or a (possibly async) function returning them (e.g. a fresh bearer token), called once per call. @default undefined */
  headers?: FetchAnswerHeaders | undefined;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before a send fails with `timeout`, from the call of `headers()` to the last byte of the body; at most 2147483647. @default 15000 */
  timeoutMs?: number | undefined;
  /** The most bytes of answer body to read, counted after decoding; a longer answer is `invalid-response`. @default 1048576 (1 MiB) */
  maxBodyBytes?: number | undefined;
  /** `fetch` credentials mode, e.g. `include` for a BFF session cookie. @default undefined (the browser's `same-origin`) */
  credentials?: 'omit' | 'same-origin' | 'include' | undefined;
}

/**
 * Why this adapter cannot send from where it runs, if it cannot. Checked at each send rather than at
 * creation: a client component's adapter made at module scope is also evaluated during server
 * rendering, where nothing sends and nothing should throw.
 */
function cannotSendHere(baseUrl: string, fetch: unknown): string | undefined {
  if (fetch === undefined && typeof globalThis.fetch !== 'function') {
    return 'no fetch: pass options.fetch.';
  }
  if ((globalThis as { location?: unknown }).location === undefined && !/^https?:/i.test(baseUrl)) {
    return 'baseUrl is a path, with no page (server side): use an absolute URL.';
  }
  return undefined;
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function fail(problem: string): never {
  throw new TypeError(`createHttpAdapter: ${problem}`);
}

function checkOptions(options: CreateHttpAdapterOptions): void {
  if (typeof options !== 'object' || options === null) fail('options are required, e.g. { baseUrl: "/api/2fa" }.');
  const { baseUrl, verifyPath } = options;
  checkBaseUrl('createHttpAdapter', baseUrl);
  const { subscriptionKey } = options;
  // The key is never repeated: a TypeError is printed in logs.
  if (subscriptionKey !== undefined && !(typeof subscriptionKey === 'string' && /^[!-~]+$/.test(subscriptionKey))) {
    fail('subscriptionKey must be a single-line token of printable characters, without spaces.');
  }
  checkTimeoutMs('createHttpAdapter', options.timeoutMs);
  checkMaxBodyBytes('createHttpAdapter', options.maxBodyBytes);
  if (
    options.headers !== undefined &&
    (typeof options.headers !== 'object' || options.headers === null) &&
    typeof options.headers !== 'function'
  ) {
    fail('headers must be an object, a Headers, an array of pairs or a function returning one.');
  }
  if (verifyPath !== undefined && !(typeof verifyPath === 'string' && verifyPath.trim() !== '')) {
    fail('verifyPath must be the path of the verify operation, e.g. "/2FactorAuthentication/TwoFaCommand/Verify".');
  }
  if (options.toVerifyBody !== undefined && verifyPath === undefined) {
    fail('toVerifyBody needs verifyPath: without it the adapter has no verifyCode.');
  }
  const typed: [string, unknown, string][] = [
    ['sendPath', options.sendPath, 'string'],
    ['credentials', options.credentials, 'string'],
    ['fetch', options.fetch, 'function'],
    ['toVerifyBody', options.toVerifyBody, 'function'],
  ];
  for (const [name, value, type] of typed) {
    if (value !== undefined && typeof value !== type) fail(`${name} must be a ${type}.`);
  }
}

// JSON.stringify leaves out the members that are undefined, so only the ones set are sent.
const toVerifyWireRequest = (request: VerifyCodeRequest) => ({
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
 * It goes through `fetchAnswer`: it never retries, never follows a redirect,
 * reads at most `maxBodyBytes`, aborts with the caller's signal, fails after
 * `timeoutMs` (`headers()` included), and keeps the subscription key and
 * auth headers out of every error.
 *
 * @throws {TypeError} at creation for a missing, non-http(s), protocol-relative or query-bearing `baseUrl`, a
 *   `subscriptionKey` that is not a printable token, or a bad `timeoutMs`, `maxBodyBytes`, `headers`, `sendPath`, `verifyPath`,
 *   `toVerifyBody` or `fetch`.
 *
 * @example
 * const adapter = createHttpAdapter({
 *   baseUrl: 'https://stg-ecap.azure-api.net/2fa',
 *   subscriptionKey: import.meta.env.VITE_APIM_KEY,
 * });
 */
export function createHttpAdapter(options: CreateHttpAdapterOptions): TwoFactorAdapter {
  checkOptions(options);
  const {
    baseUrl,
    subscriptionKey,
    verifyPath,
    headers,
    credentials,
    timeoutMs = defaultTimeoutMs,
    maxBodyBytes = defaultMaxBodyBytes,
  } = options;
  const root = baseUrl.trim();
  const sendUrl = joinUrl(root, options.sendPath ?? defaultSendPath);

  async function post(url: string, body: () => unknown, { signal, locale }: TwoFactorAdapterCallOptions): Promise<SendCodeResult> {
    if (signal?.aborted) throw new TwoFactorError('aborted', { cause: signal.reason });
    const misuse = cannotSendHere(root, options.fetch);
    if (misuse) throw new TwoFactorError('unknown', { message: `createHttpAdapter: ${misuse}` });
    let json: string;
    try {
      json = JSON.stringify(body());
    } catch (error) {
      if (isTwoFactorError(error)) throw error;
      // A host's toVerifyBody that throws, or returns a value JSON cannot hold (a BigInt, a cycle).
      throw new TwoFactorError('unknown', { message: 'The request body could not be built.', cause: error });
    }
    const language = acceptLanguage(locale);
    const answer = await fetchAnswer({
      url,
      body: json,
      setHeaders: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(subscriptionKey && { 'Ocp-Apim-Subscription-Key': subscriptionKey }),
      },
      secrets: subscriptionKey ? [subscriptionKey] : [],
      ...(headers !== undefined && { headers }),
      // The server writes its messages in the UI's language; a header the host set wins.
      ...(language && { defaultHeaders: { 'Accept-Language': language } }),
      ...(options.fetch && { fetch: options.fetch }),
      ...(credentials && { credentials }),
      ...(signal && { signal }),
      timeoutMs,
      maxBodyBytes,
    });
    try {
      return readSendCodeAnswer({ status: answer.status, body: answer.body, retryAfter: answer.headers.get('Retry-After') });
    } catch (error) {
      if (!answer.echoesSecret) throw error;
      // readSendCodeAnswer throws nothing but a TwoFactorError (its property tests pin that down).
      const { kind, status, retryAfterSeconds, maybeSent } = error as TwoFactorError;
      // Loggers and error trackers print every member: an answer that repeats a credential keeps nothing of its body.
      throw new TwoFactorError(kind, {
        message: `The request failed (HTTP ${answer.status}, ${kind}); the answer repeated a credential that was sent, so none of it is kept.`,
        status,
        retryAfterSeconds,
        maybeSent,
      });
    }
  }

  const adapter: TwoFactorAdapter = {
    sendCode: (request: SendCodeRequest, callOptions: TwoFactorAdapterCallOptions = {}) =>
      post(sendUrl, () => toWireRequest(parseRequest(sendCodeRequestSchema, request, 'SendCodeRequest')), callOptions),
  };
  if (verifyPath !== undefined) {
    const verifyUrl = joinUrl(root, verifyPath);
    const toVerifyBody = options.toVerifyBody ?? toVerifyWireRequest;
    adapter.verifyCode = (request: VerifyCodeRequest, callOptions: TwoFactorAdapterCallOptions = {}) =>
      post(verifyUrl, () => toVerifyBody(parseRequest(verifyCodeRequestSchema, request, 'VerifyCodeRequest')), callOptions);
  }
  return adapter;
}

/** The default send path of the contract. */
export const defaultSendPath = '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson';
