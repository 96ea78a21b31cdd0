import { TwoFactorError } from '../errors/TwoFactorError.js';
import { checkMaxBodyBytes } from './checkMaxBodyBytes.js';
import { checkTimeoutMs } from './checkTimeoutMs.js';
import { untilAborted } from './untilAborted.js';

/** What `fetchAnswer` sends, and how long and how much it waits for. */
export interface FetchAnswerOptions {
  /** The operation's URL, absolute or relative to the page. */
  url: string;
  /** The HTTP method. @default 'POST' */
  method?: string | undefined;
  /** The caller's headers, or a function returning them, called once inside the timeout and the abort. @default undefined */
  headers?: FetchAnswerHeaders | undefined;
  /** Headers set over `headers` (e.g. `Content-Type`, the subscription key): they win over the caller's. @default undefined */
  setHeaders?: Readonly<Record<string, string>> | undefined;
  /** Headers sent unless `headers` set them (e.g. `Accept-Language` from the UI's locale): the caller's win. @default undefined */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /** The request body, already serialised. @default undefined (no body) */
  body?: string | undefined;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds for the whole exchange, from the call of `headers()` to the last byte of the body. @default 15000 */
  timeoutMs?: number | undefined;
  /** The caller's signal: aborting it rejects at once with `aborted`. @default undefined */
  signal?: AbortSignal | undefined;
  /** The most bytes of body to read, counted after decoding (so a gzip bomb stops there too). @default 1048576 (1 MiB) */
  maxBodyBytes?: number | undefined;
  /** `fetch` credentials mode, e.g. `include` for a session cookie. @default undefined (the platform's `same-origin`) */
  credentials?: 'omit' | 'same-origin' | 'include' | undefined;
  /** Values that must never appear in an error, whatever their length (e.g. the subscription key). @default [] */
  secrets?: readonly string[] | undefined;
}

/** A complete answer, read within the limits. */
export interface FetchedAnswer {
  /** The HTTP status: never a 3xx, which is refused. */
  status: number;
  /** The answer's headers. */
  headers: Headers;
  /** The body as text (UTF-8), at most `maxBodyBytes` bytes of it; empty when there is none. */
  body: string;
  /** Whether the body repeats a secret or a header value that was sent: then no error may keep any of it. */
  echoesSecret: boolean;
}

// Values of these headers say what is exchanged, not who asks: a body may well repeat them.
const publicHeaders = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
// A shorter header value (`X-Call: 1`) is no credential, and would match innocent text in any body.
const secretMinLength = 8;
// Past this depth a cause cannot be shown to be free of secrets, so it is dropped.
const maxCauseDepth = 10;

function fail(problem: string): never {
  throw new TypeError(`fetchAnswer: ${problem}`);
}

function checkOptions(options: FetchAnswerOptions): void {
  if (typeof options !== 'object' || options === null) fail('options are required, e.g. { url: "/api/2fa/send" }.');
  if (typeof options.url !== 'string' || options.url === '') fail('url is required.');
  checkTimeoutMs('fetchAnswer', options.timeoutMs);
  checkMaxBodyBytes('fetchAnswer', options.maxBodyBytes);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail('fetch must be a function.');
}

/** Whether `value`, or anything `util.inspect` would print of it, contains one of `secrets`. */
function mentionsSecret(value: unknown, secrets: readonly string[], depth = 0): boolean {
  if (typeof value === 'string') return secrets.some((secret) => value.includes(secret));
  if (typeof value !== 'object' || value === null) return false;
  if (depth > maxCauseDepth) return true;
  if (value instanceof Error && (mentionsSecret(value.message, secrets) || mentionsSecret(value.stack, secrets))) return true;
  return Reflect.ownKeys(value).some((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return (
      (typeof key === 'string' && mentionsSecret(key, secrets)) ||
      (descriptor !== undefined && 'value' in descriptor && mentionsSecret(descriptor.value, secrets, depth + 1))
    );
  });
}

const isSuccess = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

async function readBody(response: Response, maxBodyBytes: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () =>
    new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${response.status}) is larger than ${maxBodyBytes} bytes.`,
      status: response.status,
      maybeSent: isSuccess(response.status),
    });
  if (response.body === null) return '';
  if (response.body === undefined) {
    // A host's own fetch may resolve with a Response-like object without a stream.
    const text = await untilAborted(Promise.resolve(response.text()), signal);
    if (new TextEncoder().encode(text).byteLength > maxBodyBytes) throw tooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal);
      if (done) break;
      if (!ArrayBuffer.isView(value)) throw new TypeError('The body stream yielded something other than bytes.');
      bytes += value.byteLength;
      // Stop before decoding what is past the limit: it is never read.
      if (bytes > maxBodyBytes) throw tooLarge();
      // As a Uint8Array, which the DOM's and Node's TextDecoder types both take.
      parts.push(decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), { stream: true }));
    }
    parts.push(decoder.decode());
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return parts.join('');
}

/** Every value that must stay out of errors: the given secrets and the credentials among the sent headers. */
function secretsOf(headers: Headers, given: readonly string[]): string[] {
  const secrets = [...given];
  for (const [name, value] of headers) {
    if (publicHeaders.has(name)) continue;
    // `Bearer <token>`: the token alone is a secret too.
    for (const part of [value, ...value.split(/\s+/).slice(1)]) if (part.length >= secretMinLength) secrets.push(part);
  }
  return secrets;
}

function echoesSecret(body: string, secrets: readonly string[]): boolean {
  if (secrets.length === 0) return false;
  if (mentionsSecret(body, secrets)) return true;
  try {
    // `\u0053ECRET` in JSON reads as `SECRET` once parsed.
    return mentionsSecret(JSON.stringify(JSON.parse(body)), secrets);
  } catch {
    return false;
  }
}

/**
 * Sends one HTTP request and reads its whole answer, the way the most
 * careful client would. Every HTTP call of the library goes through it.
 *
 * - Never follows a redirect: a 3xx, or an opaque redirect in a browser, is
 *   `invalid-response`, and nothing of the request reaches the `Location`.
 * - Reads at most `maxBodyBytes` of body, counted after decoding.
 * - Starts the timer and joins the caller's signal before `headers()` is
 *   called, and checks them again before `fetch`: a hanging `headers()` ends
 *   as `timeout`, and nothing is sent afterwards.
 * - Rejects only with a `TwoFactorError`, whose message and `cause` hold no
 *   secret nor sent header value. `maybeSent` is set on a timeout after the
 *   request left (unless a non-2xx status had arrived) and on a 2xx whose
 *   body could not be read.
 *
 * It never retries and does not read the body's meaning: pass the answer to
 * `readSendCodeAnswer`, or to a reader of your own.
 *
 * @throws {TypeError} for options a developer got wrong (a missing `url`, a bad `timeoutMs`, `maxBodyBytes` or `fetch`).
 * @throws {TwoFactorError} of kind `aborted`, `timeout`, `network`, `invalid-response` or `unknown` for every failed exchange.
 *
 * @example
 * const answer = await fetchAnswer({
 *   url: 'https://stg-ecap.azure-api.net/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson',
 *   setHeaders: { 'Content-Type': 'application/json', 'Ocp-Apim-Subscription-Key': key },
 *   body: JSON.stringify({ PersonId: '42' }),
 *   secrets: [key],
 *   signal: request.signal,
 * });
 */
export async function fetchAnswer(options: FetchAnswerOptions): Promise<FetchedAnswer> {
  checkOptions(options);
  const { url, method = 'POST', body, credentials, signal, timeoutMs = defaultTimeoutMs, maxBodyBytes = defaultMaxBodyBytes } = options;
  // The clock runs from here, before the caller's headers() is called.
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let secrets = (options.secrets ?? []).filter((secret) => typeof secret === 'string' && secret !== '');
  let sent = false;
  let status: number | undefined;

  /** The cause, unless it repeats a secret; then the message says it was dropped. */
  const failure = (
    kind: 'network' | 'invalid-response' | 'unknown',
    message: string,
    cause: unknown,
    extra: { maybeSent?: boolean } = {},
  ) =>
    mentionsSecret(cause, secrets)
      ? new TwoFactorError(kind, { message: `${message} (its cause was dropped: it repeated a secret).`, status, ...extra })
      : new TwoFactorError(kind, { message, status, cause, ...extra });
  // Once the request has left, only a non-2xx status says the code did not go out: a cancel or a timeout may have come too late.
  const stopped = () => {
    const maybeSent = sent && (status === undefined || isSuccess(status));
    return signal?.aborted
      ? new TwoFactorError('aborted', { cause: signal.reason, maybeSent })
      : new TwoFactorError('timeout', { message: `No complete answer within ${timeoutMs} ms.`, status, maybeSent, cause: timeout.reason });
  };

  if (combined.aborted) throw stopped();
  let init: HeaderValues | undefined;
  try {
    init = typeof options.headers === 'function' ? await untilAborted(Promise.resolve().then(options.headers), combined) : options.headers;
  } catch (error) {
    if (combined.aborted) throw stopped();
    throw failure('unknown', 'The headers function failed.', error);
  }
  if (combined.aborted) throw stopped();

  let headers: Headers;
  try {
    headers = new Headers(init);
    for (const [name, value] of Object.entries(options.defaultHeaders ?? {})) if (!headers.has(name)) headers.set(name, value);
    for (const [name, value] of Object.entries(options.setHeaders ?? {})) headers.set(name, value);
  } catch {
    // The platform's message repeats the refused value, which may be a token: it is not kept.
    throw new TwoFactorError('unknown', { message: 'A header name or value was refused by the platform (e.g. a line break in a token).' });
  }
  secrets = secretsOf(headers, secrets);

  let response: Response;
  try {
    sent = true;
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method,
      headers,
      ...(body !== undefined && { body }),
      signal: combined,
      redirect: 'manual',
      ...(credentials && { credentials }),
    });
  } catch (error) {
    if (combined.aborted) throw stopped();
    if (error instanceof TypeError) throw failure('network', 'The server could not be reached (network error, CORS or offline).', error);
    throw failure('unknown', 'fetch failed with something other than a network error.', error);
  }

  if (typeof response !== 'object' || response === null || typeof response.status !== 'number') {
    throw new TwoFactorError('invalid-response', { message: 'fetch resolved with something that is not a Response.' });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    response.body?.cancel().catch(() => undefined);
    const shown = response.status >= 300 ? response.status : undefined;
    throw new TwoFactorError('invalid-response', {
      message: `The server answered with a redirect${shown ? ` (HTTP ${shown})` : ''}, which is never followed.`,
      ...(shown !== undefined && { status: shown }),
    });
  }
  status = response.status;

  let text: string;
  try {
    text = await readBody(response, maxBodyBytes, combined);
  } catch (error) {
    if (combined.aborted) throw stopped();
    if (error instanceof TwoFactorError) throw error;
    if (error instanceof RangeError || /string too long|invalid string length/i.test(String((error as Error)?.message))) {
      throw failure('unknown', 'The runtime ran out of room while reading the answer.', error, { maybeSent: isSuccess(status) });
    }
    throw failure('invalid-response', `The answer (HTTP ${status}) was cut off.`, error, { maybeSent: isSuccess(status) });
  }
  return { status, headers: response.headers, body: text, echoesSecret: echoesSecret(text, secrets) };
}

/** The default `maxBodyBytes` of `fetchAnswer` and `createHttpAdapter`: 1 MiB. */
export const defaultMaxBodyBytes = 1_048_576;

/** The default `timeoutMs` of `fetchAnswer` and `createHttpAdapter`: 15 seconds. */
export const defaultTimeoutMs = 15_000;

// The library's own spelling of the DOM's HeadersInit, so that the types hold in a project without the DOM lib.
type HeaderValues = Headers | Record<string, string> | [string, string][];

/** Headers, or a (possibly async) function that returns them (e.g. a fresh bearer token). */
export type FetchAnswerHeaders = HeaderValues | (() => HeaderValues | Promise<HeaderValues>);
