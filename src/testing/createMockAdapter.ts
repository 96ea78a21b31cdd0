import type { ZodMiniType } from 'zod/mini';
import { parseRequest } from '../core/parseRequest.js';
import { readSendCodeAnswer } from '../core/readSendCodeAnswer.js';
import type { SendCodeRequest } from '../core/SendCodeRequest.js';
import type { SendCodeResult } from '../core/SendCodeResult.js';
import { sendCodeRequestSchema } from '../core/sendCodeRequestSchema.js';
import type { TwoFactorAdapter, TwoFactorAdapterContext } from '../core/TwoFactorAdapter.js';
import { TwoFactorError, type TwoFactorErrorKind } from '../core/TwoFactorError.js';
import type { ValidationSeverity } from '../core/ValidationIssue.js';
import type { VerifyCodeRequest } from '../core/VerifyCodeRequest.js';
import { verifyCodeRequestSchema } from '../core/verifyCodeRequestSchema.js';

/** A server failure to script, named as the server would name it. */
export interface MockIssue {
  /** The server's property name, e.g. `Medium` or `command.Language`; mapped to a field like a real answer. */
  propertyName: string;
  /** The message to show. */
  message: string;
  /** @default 'error' */
  severity?: ValidationSeverity | undefined;
  /** FluentValidation's `ErrorCode`. */
  code?: string | undefined;
  /** FluentValidation's `FormattedMessagePlaceholderValues`, e.g. `{ PropertyName: 'Medium' }`. */
  placeholders?: Readonly<Record<string, string>> | undefined;
}

interface MockAnswerTiming {
  /** Milliseconds before the answer; `Infinity` never answers until aborted. @default the adapter's `delayMs` */
  delayMs?: number | undefined;
}

/** One scripted answer; `sent` means the server accepted the request (for a verify answer: the code was right). */
export type MockAnswer = MockAnswerTiming &
  (
    | { type: 'sent'; hint?: string | undefined; notes?: MockIssue[] | undefined }
    | { type: 'invalid'; issues?: MockIssue[] | undefined; formErrors?: string[] | undefined }
    | {
        type: 'error';
        kind: Exclude<TwoFactorErrorKind, 'validation' | 'aborted'>;
        status?: number | undefined;
        formErrors?: string[] | undefined;
        retryAfterSeconds?: number | undefined;
        /** Whether the code may have gone out, as after a real timeout once the request left. @default true for `timeout`, else false */
        maybeSent?: boolean | undefined;
      }
  );

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
  /** Answers in call order (the last one repeats), or a function of the request and the call index. @default [{ type: 'sent', hint: 'A code was sent.' }] */
  answers?: (MockAnswer | readonly MockAnswer[] | ((request: SendCodeRequest, callIndex: number) => MockAnswer)) | undefined;
  /** Answers to `verifyCode`, like `answers`. @default { type: 'sent' } (every code is right) */
  verifyAnswers?: (MockAnswer | readonly MockAnswer[] | ((request: VerifyCodeRequest, callIndex: number) => MockAnswer)) | undefined;
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
  verifyCode(request: VerifyCodeRequest, context?: TwoFactorAdapterContext): Promise<SendCodeResult>;
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

const wireSeverity: Record<ValidationSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

const toWireFailure = ({ propertyName, message, severity = 'error', code, placeholders }: MockIssue) => ({
  PropertyName: propertyName,
  ErrorMessage: message,
  Severity: wireSeverity[severity],
  ...(code !== undefined && { ErrorCode: code }),
  ...(placeholders !== undefined && { FormattedMessagePlaceholderValues: placeholders }),
});

// The HTTP status each scripted error kind arrives with, when the script names none.
const statusOfKind: Partial<Record<TwoFactorErrorKind, number>> = {
  unauthorized: 401,
  forbidden: 403,
  'rate-limited': 429,
  server: 500,
  external: 200,
  // A redirect from a misconfigured proxy: an answer that cannot be read, and no sign the code went out.
  'invalid-response': 302,
};

/** The answer a real backend would give for a scripted answer: a status, a wire body and a `Retry-After`. */
function toWireAnswer(answer: Exclude<MockAnswer, { type: 'error'; kind: 'timeout' | 'network' | 'locked' | 'unknown' }>) {
  switch (answer.type) {
    case 'sent':
      return {
        status: 200,
        body: JSON.stringify({ IsValid: true, Hint: answer.hint ?? null, Errors: { Errors: (answer.notes ?? []).map(toWireFailure) } }),
      };
    case 'invalid':
      return {
        status: 200,
        body: JSON.stringify({
          IsValid: false,
          Errors: { Errors: (answer.issues ?? []).map(toWireFailure) },
          ErrorMessages: answer.formErrors ?? [],
        }),
      };
    case 'error': {
      const status = answer.status ?? statusOfKind[answer.kind] ?? 500;
      const formErrors = answer.formErrors ?? [];
      if (answer.kind === 'invalid-response') return { status, body: '<html>Not the contract</html>' };
      if (answer.kind === 'external')
        return { status, body: JSON.stringify({ ExternalError: formErrors.join(' ') || 'The message service failed.' }) };
      // The gateway's own body for a server failure: a message the person cannot fix.
      const body =
        answer.kind === 'server'
          ? { statusCode: status, message: formErrors.join(' ') }
          : { StatusCode: status, ErrorMessages: formErrors };
      return {
        status,
        body: JSON.stringify(body),
        ...(answer.retryAfterSeconds !== undefined && { retryAfter: String(answer.retryAfterSeconds) }),
      };
    }
    default:
      throw new TypeError(`createMockAdapter: unknown answer type ${JSON.stringify((answer satisfies never as { type: unknown }).type)}.`);
  }
}

// Transport failures never reach the reader: there is no answer to read.
const transportKinds: readonly TwoFactorErrorKind[] = ['timeout', 'network', 'aborted', 'locked', 'unknown'];

function answerWith(answer: MockAnswer): SendCodeResult {
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
  return readSendCodeAnswer(toWireAnswer(answer as Parameters<typeof toWireAnswer>[0]));
}

/**
 * An adapter for stories and tests: it answers from a script, waits as long
 * as told, honours abort signals, checks requests like the HTTP adapter, and
 * records every call.
 *
 * @example
 * const adapter = createMockAdapter({
 *   answers: [{ type: 'invalid', issues: [{ propertyName: 'Medium', message: 'Choose email or SMS.' }] }],
 * });
 * render(<TwoFactorProvider adapter={adapter}><TwoFactorPrompt personId="42" /></TwoFactorProvider>);
 * expect(adapter.calls).toHaveLength(1);
 */
export function createMockAdapter(options: CreateMockAdapterOptions & { verify: false }): MockSendOnlyAdapter;
export function createMockAdapter(options?: CreateMockAdapterOptions): MockAdapter;
export function createMockAdapter(options: CreateMockAdapterOptions = {}): MockAdapter | MockSendOnlyAdapter {
  const { answers = { type: 'sent', hint: 'A code was sent.' }, verifyAnswers = { type: 'sent' }, delayMs = 0 } = options;
  if (!(delayMs >= 0)) throw new TypeError(`createMockAdapter: delayMs must be 0 or more; got ${String(delayMs)}.`);
  const send = scripted(answers, 'answers', sendCodeRequestSchema, 'SendCodeRequest', delayMs);
  const verify = scripted(verifyAnswers, 'verifyAnswers', verifyCodeRequestSchema, 'VerifyCodeRequest', delayMs);
  if (options.verify === false) return { calls: send.calls, sendCode: send.answer, verifyCalls: verify.calls };
  return { calls: send.calls, sendCode: send.answer, verifyCalls: verify.calls, verifyCode: verify.answer };
}

type Script<Request> = MockAnswer | readonly MockAnswer[] | ((request: Request, callIndex: number) => MockAnswer);

function scripted<Request>(script: Script<Request>, name: string, schema: ZodMiniType<Request>, requestName: string, delayMs: number) {
  if (Array.isArray(script) && script.length === 0) throw new TypeError(`createMockAdapter: ${name} must not be empty.`);
  const calls: MockAdapterCall<Request>[] = [];

  function pick(request: Request, callIndex: number): MockAnswer {
    if (typeof script === 'function') return script(request, callIndex);
    if (!Array.isArray(script)) return script as MockAnswer;
    return script[Math.min(callIndex, script.length - 1)] as MockAnswer;
  }

  async function answer(request: Request, context: TwoFactorAdapterContext = {}): Promise<SendCodeResult> {
    const callIndex = calls.length;
    calls.push({ request, signal: context.signal, ...(context.locale !== undefined && { locale: context.locale }) });
    const chosen = pick(parseRequest(schema, request, requestName), callIndex);
    await wait(chosen.delayMs ?? delayMs, context.signal);
    return answerWith(chosen);
  }

  return { calls, answer };
}
