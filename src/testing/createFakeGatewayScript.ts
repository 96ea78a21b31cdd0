import type { SendCodeRequest } from '../core/contract/SendCodeRequest.js';
import { toTwoFactorField } from '../core/contract/TwoFactorField.js';
import type { VerifyCodeRequest } from '../core/contract/VerifyCodeRequest.js';
import { defaultSendPath } from '../core/http/createHttpAdapter.js';
import type { TwoFactorOperation } from '../server/TwoFactorEvent.js';
import type { FakeGatewayCall } from './FakeGatewayCall.js';
import type { FakeGatewayOptions } from './FakeGatewayOptions.js';
import type { GatewayAnswer } from './GatewayAnswer.js';
import type { MockAnswer, MockScript, MockVerifyAnswer } from './MockAnswer.js';
import { pickMockAnswer } from './pickMockAnswer.js';
import { toGatewayAnswer, type WireMockAnswer } from './toGatewayAnswer.js';

/** What a fake gateway does with a request: answer, never answer (`timeout`), or drop the connection (`network`). */
export type FakeGatewayReply = { type: 'answer'; answer: GatewayAnswer } | { type: 'timeout' } | { type: 'network' };

/** A request as it reached a fake gateway. */
export interface FakeGatewayRequest {
  url: string;
  headers: Headers;
  text: string;
}

const trimSlashes = (path: string) => path.replace(/\/+$/, '');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// The body in the library's naming, the way the scripts of the mock adapter receive a request.
function toRequest(body: Record<string, unknown>): Record<string, string> {
  const request: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    const field = toTwoFactorField(name);
    if (field !== undefined && typeof value === 'string' && !(field in request)) request[field] = value;
  }
  return request;
}

// What the backend answers a body it cannot bind, or without the member it needs, before any script runs.
function bindingFailure(required: 'personId' | 'code', request: Record<string, string> | undefined): GatewayAnswer | undefined {
  if (request === undefined) return { status: 400, body: { statusCode: 400, message: 'The body must be a JSON object.' } };
  if (request[required]?.trim()) return undefined;
  const propertyName = required === 'code' ? 'Code' : 'PersonId';
  const displayName = required === 'code' ? 'Code' : 'Person Id';
  return {
    status: 400,
    body: {
      Errors: {
        IsValid: false,
        Errors: [
          {
            PropertyName: propertyName,
            ErrorMessage: `'${displayName}' must not be empty.`,
            AttemptedValue: request[required] ?? null,
            Severity: 0,
            ErrorCode: 'NotEmptyValidator',
            FormattedMessagePlaceholderValues: { PropertyName: displayName, PropertyValue: request[required] ?? null },
          },
        ],
      },
      StatusCode: 400,
      HttpStatusCode: 400,
    },
  };
}

// A refusal that names nothing has no HTTP form the reader takes as a refusal: the fake names the likely reason.
function withReason(answer: MockAnswer | MockVerifyAnswer, operation: TwoFactorOperation): MockAnswer | MockVerifyAnswer {
  if (answer.type !== 'invalid' || (answer.issues ?? []).length > 0 || (answer.formErrors ?? []).length > 0) return answer;
  return operation === 'verify'
    ? { ...answer, issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] }
    : { ...answer, formErrors: ['The server refused the request.'] };
}

function wait(delayMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = Number.isFinite(delayMs) ? setTimeout(done, delayMs) : undefined;
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function checkScript(script: unknown, name: string, fail: (problem: string) => never): void {
  if (script === undefined || typeof script === 'function') return;
  if (Array.isArray(script) ? script.length === 0 : !isObject(script))
    fail(`${name} must be an answer, a non-empty list of answers or a function.`);
}

/**
 * The part every fake gateway shares: it routes a request to its operation, records it, picks the
 * scripted answer and waits as long as told. Only the transport (MSW, `node:http`) differs.
 */
export function createFakeGatewayScript(options: FakeGatewayOptions = {}, owner: string) {
  const fail = (problem: string): never => {
    throw new TypeError(`${owner}: ${problem}`);
  };
  if (typeof options !== 'object' || options === null) fail('options must be an object.');
  const { answers = { type: 'sent', hint: 'A code was sent.' }, verifyAnswers = { type: 'verified' }, delayMs = 0 } = options;
  if (typeof delayMs !== 'number' || !(delayMs >= 0)) fail(`delayMs must be 0 or more; got ${String(delayMs)}.`);
  checkScript(answers, 'answers', fail);
  checkScript(verifyAnswers, 'verifyAnswers', fail);
  const paths: Record<TwoFactorOperation, string | undefined> = { send: options.sendPath ?? defaultSendPath, verify: options.verifyPath };
  for (const [operation, path] of Object.entries(paths)) {
    if (path !== undefined && !(typeof path === 'string' && path.startsWith('/') && path.length > 1)) {
      fail(`${operation}Path must start with "/", e.g. "${defaultSendPath}".`);
    }
  }
  if (options.verifyAnswers !== undefined && paths.verify === undefined) fail('verifyAnswers need a verifyPath to be answered at.');
  const calls: FakeGatewayCall<SendCodeRequest>[] = [];
  const verifyCalls: FakeGatewayCall<VerifyCodeRequest>[] = [];

  return {
    paths,
    calls: calls as readonly FakeGatewayCall<SendCodeRequest>[],
    verifyCalls: verifyCalls as readonly FakeGatewayCall<VerifyCodeRequest>[],

    /** The operation served at `pathname`, if any: a path that ends with its path, as the server handler serves it. */
    operationAt(pathname: string): TwoFactorOperation | undefined {
      const path = trimSlashes(pathname);
      return (['send', 'verify'] as const).find((operation) => {
        const served = paths[operation];
        return served !== undefined && path.endsWith(trimSlashes(served));
      });
    },

    /** Records the request and settles with what to do, after the scripted delay; rejects when `signal` aborts first. */
    async reply(operation: TwoFactorOperation, received: FakeGatewayRequest, signal: AbortSignal): Promise<FakeGatewayReply> {
      const body = parseBody(received.text);
      const request = isObject(body) ? toRequest(body) : undefined;
      const call = { request: request ?? {}, body, headers: received.headers, url: received.url };
      const log = (operation === 'send' ? calls : verifyCalls) as FakeGatewayCall<unknown>[];
      const callIndex = log.length;
      log.push(call);
      const refused = bindingFailure(operation === 'send' ? 'personId' : 'code', request);
      if (refused) return { type: 'answer', answer: refused };
      const script = (operation === 'send' ? answers : verifyAnswers) as MockScript<unknown, MockAnswer | MockVerifyAnswer>;
      const name = operation === 'send' ? 'answers' : 'verifyAnswers';
      const chosen = withReason(pickMockAnswer(script, request, callIndex, name, owner), operation);
      await wait(chosen.delayMs ?? delayMs, signal);
      if (chosen.type === 'error' && chosen.kind === 'timeout') {
        await wait(Number.POSITIVE_INFINITY, signal);
      }
      if (chosen.type === 'error' && chosen.kind === 'network') return { type: 'network' };
      if (chosen.type === 'error' && (chosen.kind === 'locked' || chosen.kind === 'unknown')) {
        fail(`a gateway cannot answer "${chosen.kind}": it is a failure of the browser's side. Script it on createMockAdapter.`);
      }
      return { type: 'answer', answer: toGatewayAnswer(chosen as WireMockAnswer, request) };
    },
  };
}

/** A fake gateway's shared part. */
export type FakeGatewayScript = ReturnType<typeof createFakeGatewayScript>;
