import type { VerifyCodeRequest } from '../core/contract/VerifyCodeRequest.js';
import type { TwoFactorErrorKind } from '../core/errors/TwoFactorError.js';
import type { GatewayAnswer } from './GatewayAnswer.js';
import type { MockIssue } from './MockIssue.js';

interface MockAnswerTiming {
  /** Milliseconds before the answer; `Infinity` never answers until aborted. @default the script's `delayMs` */
  delayMs?: number | undefined;
}

/** The answers a send script and a verify script share: a refusal, a failure, or a backend's answer verbatim. */
export type MockSharedAnswer = MockAnswerTiming &
  (
    | { type: 'invalid'; issues?: readonly MockIssue[] | undefined; formErrors?: readonly string[] | undefined }
    | {
        type: 'error';
        kind: Exclude<TwoFactorErrorKind, 'validation' | 'aborted'>;
        status?: number | undefined;
        formErrors?: readonly string[] | undefined;
        retryAfterSeconds?: number | undefined;
        /** Whether the code may have gone out, as after a real timeout once the request left. @default true for `timeout`, else false */
        maybeSent?: boolean | undefined;
      }
    /** An answer exactly as your backend sends it (an odd body, a proxy's HTML page), read like a real one. */
    | { type: 'http'; answer: GatewayAnswer }
  );

/** One scripted answer to a send, for the mock adapter and the fake gateway alike; `sent`: the server sent a code. */
export type MockAnswer = MockAnswerTiming &
  (
    | {
        type: 'sent';
        /** Text for the person, e.g. where the code went (the result's `hint`). @default undefined */
        hint?: string | undefined;
        /** Warning and Info failures of a send that went through (the result's `notes`). @default [] */
        notes?: readonly MockIssue[] | undefined;
      }
    | MockSharedAnswer
  );

/** One scripted answer to a verify, for the mock adapter and the fake gateway alike; `verified`: the code was right. */
export type MockVerifyAnswer = MockAnswerTiming &
  (
    | {
        type: 'verified';
        /** Text the server sends with an accepted code, e.g. "Welcome back." (the `hint` `onVerified` receives). @default undefined */
        hint?: string | undefined;
        /** Warning and Info failures of an accepted code (the `notes` `onVerified` receives). @default [] */
        notes?: readonly MockIssue[] | undefined;
      }
    | MockSharedAnswer
  );

/**
 * Answers in call order (the last one repeats), or a function of the request and the call index.
 * `Answer` follows the operation: `MockVerifyAnswer` for a `VerifyCodeRequest`, else `MockAnswer`.
 */
export type MockScript<Request, Answer = Request extends VerifyCodeRequest ? MockVerifyAnswer : MockAnswer> =
  | Answer
  | readonly Answer[]
  | ((request: Request, callIndex: number) => Answer);
