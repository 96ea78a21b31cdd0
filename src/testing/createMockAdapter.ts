import type { ZodMiniType } from 'zod/mini';
import type { SendCodeRequest } from '../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../core/contract/SendCodeResult.js';
import { sendCodeRequestSchema } from '../core/contract/sendCodeRequestSchema.js';
import type { TwoFactorAdapter, TwoFactorAdapterCallOptions } from '../core/contract/TwoFactorAdapter.js';
import type { VerifyCodeRequest } from '../core/contract/VerifyCodeRequest.js';
import { verifyCodeRequestSchema } from '../core/contract/verifyCodeRequestSchema.js';
import { parseRequest } from '../core/errors/parseRequest.js';
import { TwoFactorError } from '../core/errors/TwoFactorError.js';
import { readSendCodeAnswer } from '../core/http/readSendCodeAnswer.js';
import type { MockAnswer, MockScript, MockVerifyAnswer } from './MockAnswer.js';
import { type MockScriptName, pickMockAnswer } from './pickMockAnswer.js';
import { type SentValues, toGatewayAnswer, transportKinds, type WireMockAnswer } from './toGatewayAnswer.js';

/** A call the mock received. */
export interface MockAdapterCall<Request = SendCodeRequest> {
  /** The request as the adapter received it. */
  request: Request;
  /** The caller's signal, to assert cancellation. */
  signal: AbortSignal | undefined;
  /** The caller's locale (the language the server should answer in), to assert what a real server would get as `Accept-Language`. */
  locale?: string | undefined;
}

/** Options of `createMockAdapter`. */
export interface CreateMockAdapterOptions {
  /** Answers in call order (the last one repeats), or a function of the request and the call index; a send that went through is `{ type: 'sent' }`. @default { type: 'sent', hint: 'A code was sent.' } */
  answers?: MockScript<SendCodeRequest> | undefined;
  /** Answers to `verifyCode`, like `answers`; a right code is `{ type: 'verified' }`. @default { type: 'verified' } (every code is right) */
  verifyAnswers?: MockScript<VerifyCodeRequest> | undefined;
  /** Default latency of every answer, in milliseconds. @default 0 */
  delayMs?: number | undefined;
  /** `false` makes an adapter without `verifyCode`, to test "this adapter cannot verify". @default true */
  verify?: boolean | undefined;
}

/** A mock made with `verify: false`: it has no `verifyCode`. */
export type MockSendOnlyAdapter = Omit<MockAdapter, 'verifyCode'>;

/** A scriptable adapter that records its calls. */
export interface MockAdapter extends TwoFactorAdapter {
  /** Every `sendCode` call received, in order. */
  readonly calls: readonly MockAdapterCall[];
  /** Every `verifyCode` call received, in order. */
  readonly verifyCalls: readonly MockAdapterCall<VerifyCodeRequest>[];
  verifyCode(request: VerifyCodeRequest, options?: TwoFactorAdapterCallOptions): Promise<SendCodeResult>;
}

function wait(delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // Aborted once the call was received, the request had left, as over HTTP: the code may have gone out.
    const onAbort = (maybeSent: boolean) => {
      clearTimeout(timer);
      reject(new TwoFactorError('aborted', { cause: signal?.reason, maybeSent }));
    };
    const onLateAbort = () => onAbort(true);
    const timer = Number.isFinite(delayMs)
      ? setTimeout(() => {
          signal?.removeEventListener('abort', onLateAbort);
          resolve();
        }, delayMs)
      : undefined;
    if (signal?.aborted) onAbort(false);
    else signal?.addEventListener('abort', onLateAbort, { once: true });
  });
}

function readMockAnswer(answer: MockAnswer | MockVerifyAnswer, sent: SentValues): SendCodeResult {
  if (answer.type === 'invalid' && (answer.issues ?? []).length === 0 && (answer.formErrors ?? []).length === 0) {
    // A refusal that names nothing (a wrong code, for a verify): no wire body says only that, so it is built here.
    throw new TwoFactorError('validation', { status: 200 });
  }
  if (answer.type === 'error' && transportKinds.includes(answer.kind)) {
    throw new TwoFactorError(answer.kind, {
      formErrors: answer.formErrors ?? [],
      maybeSent: answer.maybeSent ?? answer.kind === 'timeout',
    });
  }
  const { status, body, headers } = toGatewayAnswer(answer as WireMockAnswer, sent);
  return readSendCodeAnswer({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    retryAfter: new Headers(headers).get('Retry-After'),
  });
}

/**
 * An adapter for stories and tests: it answers from a script, waits as long
 * as told, honours abort signals, checks requests like the HTTP adapter, and
 * records every call.
 *
 * @example
 * const adapter = createMockAdapter({
 *   answers: [{ type: 'invalid', issues: [{ propertyName: 'Medium', message: 'Choose email or SMS.' }] }],
 *   verifyAnswers: (request) => (request.code === '123456' ? { type: 'verified' } : { type: 'invalid' }),
 * });
 * render(<TwoFactorProvider adapter={adapter}><TwoFactorPrompt personId="42" /></TwoFactorProvider>);
 * expect(adapter.calls).toHaveLength(1);
 */
export function createMockAdapter(options: CreateMockAdapterOptions & { verify: false }): MockSendOnlyAdapter;
export function createMockAdapter(options?: CreateMockAdapterOptions): MockAdapter;
export function createMockAdapter(options: CreateMockAdapterOptions = {}): MockAdapter | MockSendOnlyAdapter {
  const { answers = { type: 'sent', hint: 'A code was sent.' }, verifyAnswers = { type: 'verified' }, delayMs = 0 } = options;
  if (!(delayMs >= 0)) throw new TypeError(`createMockAdapter: delayMs must be 0 or more; got ${String(delayMs)}.`);
  const send = scripted(answers, 'answers', sendCodeRequestSchema, 'SendCodeRequest', delayMs);
  const verify = scripted(verifyAnswers, 'verifyAnswers', verifyCodeRequestSchema, 'VerifyCodeRequest', delayMs);
  if (options.verify === false) return { calls: send.calls, sendCode: send.answer, verifyCalls: verify.calls };
  return { calls: send.calls, sendCode: send.answer, verifyCalls: verify.calls, verifyCode: verify.answer };
}

function scripted<Request>(
  script: MockScript<Request, MockAnswer | MockVerifyAnswer>,
  name: MockScriptName,
  schema: ZodMiniType<Request>,
  requestName: string,
  delayMs: number,
) {
  if (Array.isArray(script) && script.length === 0) throw new TypeError(`createMockAdapter: ${name} must not be empty.`);
  const calls: MockAdapterCall<Request>[] = [];

  async function answer(request: Request, callOptions: TwoFactorAdapterCallOptions = {}): Promise<SendCodeResult> {
    const callIndex = calls.length;
    calls.push({ request, signal: callOptions.signal, ...(callOptions.locale !== undefined && { locale: callOptions.locale }) });
    const parsed = parseRequest(schema, request, requestName);
    const chosen = pickMockAnswer(script, parsed, callIndex, name, 'createMockAdapter');
    await wait(chosen.delayMs ?? delayMs, callOptions.signal);
    return readMockAnswer(chosen, parsed as SentValues);
  }

  return { calls, answer };
}
