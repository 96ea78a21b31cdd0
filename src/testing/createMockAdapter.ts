import { parseRequest } from '../core/parseRequest.js';
import type { SendCodeRequest } from '../core/SendCodeRequest.js';
import { sendCodeRequestSchema } from '../core/sendCodeRequestSchema.js';
import type { SendCodeResult } from '../core/SendCodeResult.js';
import type { TwoFactorAdapter, TwoFactorAdapterContext } from '../core/TwoFactorAdapter.js';
import { TwoFactorError, type TwoFactorErrorKind } from '../core/TwoFactorError.js';
import { toTwoFactorField } from '../core/TwoFactorField.js';
import type { ValidationIssue, ValidationSeverity } from '../core/ValidationIssue.js';

/** A server failure to script, named as the server would name it. */
export interface MockIssue {
  /** The server's property name, e.g. `Medium` or `command.Language`; mapped to a field like a real answer. */
  propertyName: string;
  /** The message to show. */
  message: string;
  /** @default 'error' */
  severity?: ValidationSeverity;
  /** FluentValidation's `ErrorCode`. */
  code?: string;
}

interface MockAnswerTiming {
  /** Milliseconds before the answer; `Infinity` never answers until aborted. @default the adapter's `delayMs` */
  delayMs?: number;
}

/** One scripted answer. */
export type MockAnswer = MockAnswerTiming &
  (
    | { type: 'sent'; hint?: string; issues?: MockIssue[] }
    | { type: 'invalid'; issues?: MockIssue[]; formErrors?: string[] }
    | {
        type: 'error';
        kind: Exclude<TwoFactorErrorKind, 'validation' | 'aborted'>;
        status?: number;
        formErrors?: string[];
        retryAfterSeconds?: number;
      }
  );

/** A call the mock received. */
export interface MockAdapterCall {
  /** The request as the adapter received it. */
  request: SendCodeRequest;
  /** The caller's signal, to assert cancellation. */
  signal: AbortSignal | undefined;
}

/** Options of `createMockAdapter`. */
export interface CreateMockAdapterOptions {
  /** Answers in call order (the last one repeats), or a function of the request and the call index. @default [{ type: 'sent', hint: 'A code was sent.' }] */
  answers?: MockAnswer | readonly MockAnswer[] | ((request: SendCodeRequest, callIndex: number) => MockAnswer);
  /** Default latency of every answer, in milliseconds. @default 0 */
  delayMs?: number;
}

/** A scriptable adapter that records its calls. */
export interface MockAdapter extends TwoFactorAdapter {
  /** Every call received, in order. */
  readonly calls: readonly MockAdapterCall[];
}

function toIssue({ propertyName, message, severity = 'error', code }: MockIssue): ValidationIssue {
  const field = toTwoFactorField(propertyName);
  return { ...(field && { field }), propertyName, message, severity, ...(code !== undefined && { code }) };
}

function wait(delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TwoFactorError('aborted', { cause: signal?.reason }));
    };
    const timer = Number.isFinite(delayMs)
      ? setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, delayMs)
      : undefined;
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function answerWith(answer: MockAnswer): SendCodeResult {
  switch (answer.type) {
    case 'sent':
      return { ...(answer.hint !== undefined && { hint: answer.hint }), issues: (answer.issues ?? []).map(toIssue), raw: answer };
    case 'invalid':
      throw new TwoFactorError('validation', {
        status: 200,
        issues: (answer.issues ?? []).map(toIssue),
        formErrors: answer.formErrors ?? [],
      });
    case 'error':
      throw new TwoFactorError(answer.kind, {
        ...(answer.status !== undefined && { status: answer.status }),
        formErrors: answer.formErrors ?? [],
        ...(answer.retryAfterSeconds !== undefined && { retryAfterSeconds: answer.retryAfterSeconds }),
      });
    default:
      throw new TypeError(`createMockAdapter: unknown answer type ${JSON.stringify((answer satisfies never as { type: unknown }).type)}.`);
  }
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
export function createMockAdapter(options: CreateMockAdapterOptions = {}): MockAdapter {
  const { answers = { type: 'sent', hint: 'A code was sent.' }, delayMs = 0 } = options;
  if (!(delayMs >= 0)) throw new TypeError(`createMockAdapter: delayMs must be 0 or more; got ${String(delayMs)}.`);
  if (Array.isArray(answers) && answers.length === 0) throw new TypeError('createMockAdapter: answers must not be empty.');
  const calls: MockAdapterCall[] = [];

  function pick(request: SendCodeRequest, callIndex: number): MockAnswer {
    if (typeof answers === 'function') return answers(request, callIndex);
    if (!Array.isArray(answers)) return answers as MockAnswer;
    const answer = answers[Math.min(callIndex, answers.length - 1)];
    if (answer === undefined) throw new TypeError('createMockAdapter: answers must not be empty.');
    return answer;
  }

  return {
    calls,
    async sendCode(request: SendCodeRequest, context: TwoFactorAdapterContext = {}) {
      const callIndex = calls.length;
      calls.push({ request, signal: context.signal });
      const checked = parseRequest(sendCodeRequestSchema, request, 'SendCodeRequest');
      const answer = pick(checked, callIndex);
      await wait(answer.delayMs ?? delayMs, context.signal);
      return answerWith(answer);
    },
  };
}
