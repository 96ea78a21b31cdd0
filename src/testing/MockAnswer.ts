import type { TwoFactorErrorKind } from '../core/errors/TwoFactorError.js';
import type { GatewayAnswer } from './GatewayAnswer.js';
import type { MockIssue } from './MockIssue.js';

interface MockAnswerTiming {
  /** Milliseconds before the answer; `Infinity` never answers until aborted. @default the script's `delayMs` */
  delayMs?: number | undefined;
}

/**
 * One scripted answer, for the mock adapter and the fake gateway alike; `sent` means the server accepted the
 * request (for a verify answer: the code was right).
 */
export type MockAnswer = MockAnswerTiming &
  (
    | { type: 'sent'; hint?: string | undefined; notes?: readonly MockIssue[] | undefined }
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

/** Answers in call order (the last one repeats), or a function of the request and the call index. */
export type MockScript<Request> = MockAnswer | readonly MockAnswer[] | ((request: Request, callIndex: number) => MockAnswer);
