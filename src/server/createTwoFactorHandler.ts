import { reportDeveloperError } from '../core/errors/reportDeveloperError.js';
import { TwoFactorError, type TwoFactorErrorKind } from '../core/errors/TwoFactorError.js';
import { defaultSendPath } from '../core/http/createHttpAdapter.js';
import { callGateway } from './callGateway.js';
import { checkHandlerOptions } from './checkHandlerOptions.js';
import { createBuiltInLimits } from './createBuiltInLimits.js';
import { createEventRecorder, type RequestFacts } from './createEventRecorder.js';
import { createPersonHash } from './createPersonHash.js';
import { isLanguageList } from './isLanguageList.js';
import { handlerAnswer, jsonAnswer } from './jsonAnswer.js';
import { parseRequestBody } from './parseRequestBody.js';
import { rateLimited } from './rateLimited.js';
import { readRequestBody } from './readRequestBody.js';
import { sanitizeAnswerBody } from './sanitizeAnswerBody.js';
import type { TwoFactorEvent, TwoFactorOperation } from './TwoFactorEvent.js';
import type { TwoFactorLimit, TwoFactorLimitDecision } from './TwoFactorLimit.js';
import type { TwoFactorLimits } from './TwoFactorLimits.js';
import { toGatewayBody } from './toGatewayBody.js';

// The largest request body the handler reads: a send body is well under 1 KiB.
const maxRequestBytes = 16 * 1024;
// A gateway answer is a few KiB at most; more is not an answer the browser reader needs.
const maxAnswerBytes = 256 * 1024;

const trimSlashes = (path: string) => path.replace(/\/+$/, '');

function isPerson(value: unknown): value is TwoFactorPerson {
  if (typeof value !== 'object' || value === null) return false;
  const { personId, contextId } = value as Record<string, unknown>;
  return typeof personId === 'string' && personId.trim() !== '' && (contextId === undefined || typeof contextId === 'string');
}

function isDecision(value: unknown): value is TwoFactorLimitDecision {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, retryAfterSeconds } = value as Record<string, unknown>;
  return (
    ok === true || (ok === false && typeof retryAfterSeconds === 'number' && retryAfterSeconds >= 0 && Number.isFinite(retryAfterSeconds))
  );
}

// The value of a `Retry-After` worth passing on: delay-seconds or an HTTP date.
function retryAfterHeader(value: string | null): Record<string, string> {
  if (value === null) return {};
  const trimmed = value.trim();
  const wellFormed =
    /^\d{1,10}$/.test(trimmed) || (trimmed.length <= 64 && /^[A-Za-z]{3}, /.test(trimmed) && !Number.isNaN(Date.parse(trimmed)));
  return wellFormed ? { 'Retry-After': trimmed } : {};
}

/**
 * A backend-for-frontend handler that keeps the subscription key on the
 * server and sends every code to the signed-in person of the request.
 *
 * It serves `POST` where a request's path ends with `sendPath` (or `verifyPath`),
 * takes `PersonId` and `ContextId` from `resolvePerson`, forwards only the
 * contract's other members with the key, runs its built-in per-person limits
 * (`limits`: 5 sends and 10 verifies per 600 s unless told) and then the
 * host's `limit`, both before the gateway, records each answer through `onEvent`, and
 * answers with the gateway's status and a sanitised body. Its own refusals
 * are `{ statusCode, message }`, as API Management's, which the browser's
 * `createHttpAdapter` reads: 400, 401, 403, 404, 405, 408, 413, 415, 429,
 * 500, 502 and 504 (the last two with `"MaybeSent": true` when the code may
 * have gone out). One deadline, `timeoutMs` from the request's arrival,
 * covers reading the body (`408` past it) and the gateway call (`504`).
 *
 * Creating it at a module's top level is safe while the environment is not
 * there yet (`next build`): a `baseUrl`, `subscriptionKey` or `allowedOrigins`
 * entry that is `undefined` or blank does not throw; every request is then
 * answered `500`, nothing is sent, and `onError` (else `console.error`, once)
 * names the option.
 *
 * @throws {TypeError} at creation for an option of the wrong type or value, or a missing `resolvePerson`, naming it and never repeating the key.
 *
 * @example
 * // app/api/2fa/[...path]/route.ts
 * export const POST = createTwoFactorHandler({
 *   baseUrl: 'https://stg-ecap.azure-api.net/2fa',
 *   subscriptionKey: process.env.APIM_KEY,
 *   resolvePerson: async (request) => {
 *     const session = await getSession(request);
 *     return session ? { personId: session.personId } : null;
 *   },
 * });
 */
export function createTwoFactorHandler(options: CreateTwoFactorHandlerOptions): TwoFactorHandler {
  const { allowedOrigins, missing } = checkHandlerOptions(options);
  const { resolvePerson, limit, onError, verifyPath, timeoutMs = 10_000 } = options;
  // `false`: a gateway that takes no key. Undefined only while missing, and then nothing is sent.
  const subscriptionKey = options.subscriptionKey || undefined;
  const root = trimSlashes(options.baseUrl?.trim() ?? '');
  const paths: Record<TwoFactorOperation, string | undefined> = { send: options.sendPath ?? defaultSendPath, verify: verifyPath };

  const report = (
    kind: TwoFactorErrorKind,
    message: string,
    details: { status?: number | undefined; cause?: unknown; maybeSent?: boolean | undefined } = {},
  ) => {
    try {
      onError?.(new TwoFactorError(kind, { message, ...details }));
    } catch {
      // The host's logger failing must not change the answer.
    }
  };

  // Built-in limits and events (issue 20): the person's keyed hash keys both.
  const events = createEventRecorder(
    createPersonHash(options.personHashSecret?.trim() ? options.personHashSecret : subscriptionKey),
    options.onEvent,
  );
  const limits = createBuiltInLimits(options.limits, (operation, error) =>
    report('server', `The ${operation} limiter failed; counting in this instance's memory until it answers again.`, { cause: error }),
  );

  function operationOf(request: Request): TwoFactorOperation | undefined {
    const pathname = trimSlashes(new URL(request.url).pathname);
    return (['send', 'verify'] as const).find((operation) => {
      const path = paths[operation];
      return path !== undefined && pathname.endsWith(trimSlashes(path));
    });
  }

  async function forward(request: Request, operation: TwoFactorOperation, body: Record<string, string>, remainingMs: number) {
    if (remainingMs <= 0) {
      // resolvePerson or limit used the request's time up: the gateway is not called.
      report('timeout', `The request's ${timeoutMs} ms were spent before the gateway call for ${operation}.`);
      return handlerAnswer(504, 'The two-factor service did not answer in time.');
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (subscriptionKey) headers['Ocp-Apim-Subscription-Key'] = subscriptionKey;
    const languages = request.headers.get('Accept-Language');
    if (languages !== null && isLanguageList(languages)) headers['Accept-Language'] = languages;

    const outcome = await callGateway({
      url: `${root}/${(paths[operation] as string).replace(/^\/+/, '')}`,
      headers,
      body: JSON.stringify(body),
      fetch: options.fetch,
      timeoutMs: Math.ceil(remainingMs),
      signal: request.signal,
      maxBodyBytes: maxAnswerBytes,
      secrets: subscriptionKey ? [subscriptionKey] : [],
    });
    if (outcome.ok) {
      const { status } = outcome;
      if (status < 200 || status > 599) {
        // No HTTP status the handler can pass on or read; whether the code went out cannot be told.
        report('invalid-response', `The gateway answered HTTP ${status}, outside 200–599, on ${operation}.`, { status, maybeSent: true });
        return handlerAnswer(502, 'The two-factor service gave an answer that could not be read.', { maybeSent: true });
      }
      if (status === 401) {
        // In this deployment a 401 means the person's session ended; the gateway refusing the key is the server's fault.
        report('unauthorized', `The gateway refused the server's credentials (HTTP 401) on ${operation}: check subscriptionKey.`, {
          status,
        });
        return handlerAnswer(502, 'The two-factor service refused this server.');
      }
      if (status >= 500) report('server', `The gateway failed (HTTP ${status}) on ${operation}.`, { status });
      return events.fromGateway(
        jsonAnswer(status, sanitizeAnswerBody(outcome.body, subscriptionKey), retryAfterHeader(outcome.retryAfter)),
      );
    }
    const { error } = outcome;
    const { kind, maybeSent } = error;
    if (kind === 'aborted') {
      // The browser went away; nobody reads this answer.
      return handlerAnswer(504, 'The request was cancelled.', { maybeSent: true });
    }
    report(kind, `The gateway call for ${operation} failed (${kind}): ${error.message}`, { status: error.status, cause: error, maybeSent });
    if (kind === 'timeout') return handlerAnswer(504, 'The two-factor service did not answer in time.', { maybeSent });
    if (kind === 'network') return handlerAnswer(502, 'The two-factor service could not be reached.');
    return handlerAnswer(502, 'The two-factor service gave an answer that could not be read.', { maybeSent });
  }

  async function handle(request: Request, facts: RequestFacts): Promise<Response> {
    // One deadline from the request's arrival, for the body and the gateway call together.
    const arrivedAt = performance.now();
    const deadline = AbortSignal.timeout(timeoutMs);
    if (missing.length > 0) {
      const message = `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set (an environment variable missing at run time?): every request is answered 500 and nothing is sent.`;
      if (onError) report('server', `createTwoFactorHandler: ${message}`);
      else reportDeveloperError(`createTwoFactorHandler: ${message}`);
      return handlerAnswer(500, 'The two-factor service failed.');
    }
    const operation = operationOf(request);
    if (!operation) return handlerAnswer(404, 'There is no two-factor operation at this path.');
    facts.operation = operation;
    if (request.method !== 'POST') return handlerAnswer(405, 'Only POST is allowed here.', { headers: { Allow: 'POST' } });
    if (allowedOrigins && !allowedOrigins.has(request.headers.get('Origin') ?? '')) {
      return handlerAnswer(403, 'This origin may not call the two-factor service.');
    }
    const mediaType = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') return handlerAnswer(415, 'The body must be JSON, sent as Content-Type: application/json.');

    let person: unknown;
    try {
      person = await resolvePerson(request);
    } catch (error) {
      report('server', `resolvePerson threw on ${operation}.`, { cause: error });
      return handlerAnswer(500, 'The two-factor service failed.');
    }
    if (person === null) return handlerAnswer(401, 'You are not signed in, or your session has ended.');
    if (!isPerson(person)) {
      report(
        'server',
        `resolvePerson must return { personId: a non-empty string, contextId?: a string } or null; it did not, on ${operation}.`,
      );
      return handlerAnswer(500, 'The two-factor service failed.');
    }
    facts.person = person;

    if (deadline.aborted) {
      report('timeout', `resolvePerson took longer than the request's ${timeoutMs} ms on ${operation}.`);
      return handlerAnswer(504, 'The two-factor service did not answer in time.');
    }
    const reading = await readRequestBody(request, { maxBytes: maxRequestBytes, deadline, timeoutMs });
    if (!reading.ok) return handlerAnswer(reading.status, reading.message);
    const parsed = parseRequestBody(reading.text);
    if (!parsed.ok) return handlerAnswer(400, parsed.problem);
    const body = toGatewayBody(parsed.body, person, operation);
    if (!body.ok) return handlerAnswer(400, body.problem);
    events.noteMedium(facts, body.body.Medium);

    if (limits.has(operation)) {
      const decision = await limits.consume(operation, await events.personHashOf(facts, person));
      if (!decision.ok) return rateLimited(decision.retryAfterSeconds);
    }

    if (limit) {
      let decision: unknown;
      try {
        decision = await limit({ person, operation, request });
      } catch (error) {
        report('server', `limit threw on ${operation}.`, { cause: error });
        return handlerAnswer(500, 'The two-factor service failed.');
      }
      if (!isDecision(decision)) {
        report('server', `limit must return { ok: true } or { ok: false, retryAfterSeconds }; it did not, on ${operation}.`);
        return handlerAnswer(500, 'The two-factor service failed.');
      }
      if (!decision.ok) return rateLimited(decision.retryAfterSeconds);
    }
    return forward(request, operation, body.body, timeoutMs - (performance.now() - arrivedAt));
  }

  return async (request) => {
    const facts = events.start();
    let response: Response;
    try {
      response = await handle(request, facts);
    } catch (error) {
      // Not reached by design; a bug here must still answer without leaking anything.
      report('unknown', 'The two-factor handler failed.', { cause: error });
      response = handlerAnswer(500, 'The two-factor service failed.');
    }
    await events.record(facts, response);
    return response;
  };
}

/**
 * A standard Fetch API handler (`Request` in, `Response` out): a Next.js route handler takes it as it is,
 * and Node's `http` through `@hono/node-server`'s `getRequestListener`; both are what the tests run.
 */
export type TwoFactorHandler = (request: Request) => Promise<Response>;

/** The signed-in person of a request, as the host's session knows them. */
export interface TwoFactorPerson {
  /** The person the code goes to; sent as `PersonId` whatever the browser sent. */
  personId: string;
  /** The portal's context id; sent as `ContextId` whatever the browser sent, and left out when absent. */
  contextId?: string | undefined;
}

/**
 * Options of `createTwoFactorHandler`.
 *
 * `baseUrl`, `subscriptionKey` and the entries of `allowedOrigins` usually come from the environment, which is
 * not there yet while a framework builds (`next build` loads route modules): when one of them is `undefined` or
 * blank, the handler is still created, and every request is answered `500` (nothing sent) with an `onError`
 * report naming it. A value of the wrong type (a number, a function), or a string that is not a URL, throws at
 * creation, as does any bad code option (`resolvePerson`, `sendPath`, `timeoutMs`, …).
 */
export interface CreateTwoFactorHandlerOptions {
  /** The gateway's API root including its suffix, e.g. `https://stg-ecap.azure-api.net/2fa`; absolute, as there is no page to resolve a path against. `undefined` or blank: every request answers `500` until it is set. */
  baseUrl: string | undefined;
  /** API Management subscription key, sent to the gateway as `Ocp-Apim-Subscription-Key`; it never reaches the browser. `false` for a gateway that takes no key; `undefined` or blank: every request answers `500` until it is set. */
  subscriptionKey: string | false | undefined;
  /**
   * The signed-in person of this request (from the host's session cookie or token), or `null` when there is
   * none, which answers `401`. `PersonId` and `ContextId` always come from here. It must not read the body.
   */
  resolvePerson: (request: Request) => TwoFactorPerson | null | Promise<TwoFactorPerson | null>;
  /** The send path: served where a request's path ends with it, and called below `baseUrl`. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  sendPath?: string | undefined;
  /** The verify path; when set, the handler also serves the verify operation (`TwoFactorId`, `Code`) there. @default undefined (no verify) */
  verifyPath?: string | undefined;
  /** The `fetch` that calls the gateway. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds from a request's arrival to the handler's answer: reading the body (else `408`) and the gateway call, its body included (else `504`); below the browser adapter's 15000 so the browser sees the handler's answer. @default 10000 */
  timeoutMs?: number | undefined;
  /** Origins (`https://portal.example`) allowed to call; a request whose `Origin` header is missing or another is `403`. An entry `undefined` or blank: every request answers `500` until it is set. @default undefined (no check) */
  allowedOrigins?: readonly (string | undefined)[] | undefined;
  /** The host's own extra policy (per IP, per tenant, a global cap), run after `limits` and before the gateway; a refusal answers `429` with `Retry-After`. @default undefined (no extra limit) */
  limit?: TwoFactorLimit | undefined;
  /** Called for the host's logs when the handler answers `5xx` (a missing option included), the gateway refuses the key, or a shared limiter's store fails (the handler then counts in memory and still answers 200 or 429); the error holds no key and no request headers. @default undefined (a missing option is written once to `console.error`) */
  onError?: ((error: TwoFactorError) => void) | undefined;
  /** The built-in per-person limits (`rate-limiter-flexible` limiters), run before `limit`; `false` turns one off. @default { send: 5 per 600 s, verify: 10 per 600 s } in this instance's memory */
  limits?: TwoFactorLimits | undefined;
  /** Keys the person hash of the limiters' keys and of events; the same on every instance that shares a store. Blank counts as not given. Required with your own limiters when `subscriptionKey` is `false`. @default derived from subscriptionKey, else a random secret of this process */
  personHashSecret?: string | undefined;
  /** Called once per request the handler answers, for an audit log; a throwing `onEvent` changes nothing. @default undefined */
  onEvent?: ((event: TwoFactorEvent) => void | Promise<void>) | undefined;
}
