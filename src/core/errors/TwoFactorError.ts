import type { TwoFactorField } from '../contract/TwoFactorField.js';
import type { ValidationIssue } from '../contract/ValidationIssue.js';
import { clampWaitSeconds } from './clampWaitSeconds.js';

/**
 * Why a send failed.
 *
 * - `validation`: the server (or the request check before sending) refused a member.
 * - `unauthorized`: the gateway or the backend rejected the credentials (401).
 * - `forbidden`: access refused or call quota used up (403).
 * - `rate-limited`: too many calls (429); see `retryAfterSeconds`.
 * - `timeout`: no complete answer within `timeoutMs`.
 * - `network`: the request never got an answer (offline, DNS, CORS, refused).
 * - `aborted`: the caller cancelled; not a failure to show.
 * - `server`: a 5xx, or a 4xx the library does not recognise.
 * - `external`: a downstream system failed (`ExternalError`).
 * - `invalid-response`: an answer the library cannot read (HTML, empty, cut-off, too large, wrong shape, a redirect).
 * - `locked`: a verify refused before sending, after too many wrong codes; a new code lifts it.
 * - `unknown`: a failure that is none of the above: a `headers()` that throws, a header value the
 *   platform refuses, a custom `fetch` that throws something other than a `TypeError`, the runtime
 *   running out of room, or anything a host's own adapter throws that the library does not recognise.
 */
export type TwoFactorErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'server'
  | 'external'
  | 'invalid-response'
  | 'locked'
  | 'unknown';

/** What a `TwoFactorError` carries besides its kind. */
export interface TwoFactorErrorOptions {
  /** Developer-facing message. @default `The two-factor request failed (<kind>).` */
  message?: string | undefined;
  /** The HTTP status, or the status the body reported. @default undefined */
  status?: number | undefined;
  /** Every validation failure the server reported, blocking or not. @default undefined */
  issues?: readonly ValidationIssue[] | undefined;
  /** Messages not tied to a field: `ErrorMessages`, `ExternalError`, the gateway's `message`. @default undefined */
  formErrors?: readonly string[] | undefined;
  /** How long this refusal holds, in seconds: a `rate-limited` wait, a quota's replenish time on `forbidden`, a 503's `Retry-After` on `server`, or the cooldown left when the engine refuses a send. @default undefined */
  retryAfterSeconds?: number | undefined;
  /** Whether the code may have gone out: a timeout after the request left, a 2xx that could not be read, a BFF body with `"MaybeSent": true`. @default false */
  maybeSent?: boolean | undefined;
  /** How many issues and messages the answer held past the ones kept (at most 100 of each). @default 0 */
  issuesLeftOut?: number | undefined;
  /** The underlying error or the parsed body. Never holds request headers. @default undefined */
  cause?: unknown | undefined;
}

/** At most this many issues, and as many messages, are kept on an error or a result. */
export const maxIssues = 100;

/**
 * The one error type the library rejects with.
 *
 * @example
 * if (isTwoFactorError(error) && error.kind === 'rate-limited') {
 *   wait(error.retryAfterSeconds);
 * }
 */
export class TwoFactorError extends Error {
  override readonly name = 'TwoFactorError';
  /** Why the send failed. */
  declare readonly kind: TwoFactorErrorKind;
  /** The HTTP status, or the failing status the body reported. */
  declare readonly status: number | undefined;
  /** Every validation failure the server reported, blocking or not (a successful send's Warning and Info ones are its `notes`). */
  declare readonly issues: readonly ValidationIssue[];
  /** Blocking messages per field, in the server's order. */
  declare readonly fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking messages not tied to a field the UI owns. */
  declare readonly formErrors: readonly string[];
  /** How long this refusal holds, in seconds (the server's `Retry-After`, a quota, or the cooldown left when the engine refused); at most 31 days. */
  declare readonly retryAfterSeconds: number | undefined;
  /** "The code may have gone out": show the send cooldown rather than invite a second send. */
  declare readonly maybeSent: boolean;
  /** How many issues and messages were left out past the first 100 of each. */
  declare readonly issuesLeftOut: number;

  constructor(kind: TwoFactorErrorKind, options: TwoFactorErrorOptions = {}) {
    // The kind says it all for a developer; what a person reads comes from the locale messages.
    super(options.message ?? `The two-factor request failed (${kind}).`, 'cause' in options ? { cause: options.cause } : undefined);
    this.kind = kind;
    this.status = options.status;
    const issues = options.issues ?? [];
    const messages = options.formErrors ?? [];
    // Bounded: a body with 80,000 failures costs no more than one with 100.
    this.issues = issues.slice(0, maxIssues);
    this.retryAfterSeconds = clampWaitSeconds(options.retryAfterSeconds);
    this.maybeSent = options.maybeSent === true;
    const fieldErrors: Partial<Record<TwoFactorField, string[]>> = {};
    const formErrors: string[] = [];
    for (const issue of this.issues) {
      if (issue.severity !== 'error') continue;
      if (issue.field === undefined) formErrors.push(issue.message);
      else {
        // One list per field, grown in place: copying it per message made the constructor quadratic.
        const messagesOfField = fieldErrors[issue.field];
        if (messagesOfField) messagesOfField.push(issue.message);
        else fieldErrors[issue.field] = [issue.message];
      }
    }
    this.fieldErrors = fieldErrors;
    this.formErrors = [...formErrors, ...messages.slice(0, maxIssues)];
    this.issuesLeftOut = (options.issuesLeftOut ?? 0) + Math.max(0, issues.length - maxIssues) + Math.max(0, messages.length - maxIssues);
  }

  /** A plain, log-safe view: no `cause`, which may hold a raw body. */
  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      fieldErrors: this.fieldErrors,
      formErrors: this.formErrors,
      retryAfterSeconds: this.retryAfterSeconds,
      maybeSent: this.maybeSent,
      issuesLeftOut: this.issuesLeftOut,
    };
  }
}

/**
 * Whether a value is a `TwoFactorError`, across bundle copies too. A look-alike counts only with the members
 * that readers use without checking (`kind`, `issues`, `fieldErrors`); anything less is not one.
 */
export function isTwoFactorError(value: unknown): value is TwoFactorError {
  if (value instanceof TwoFactorError) return true;
  if (!(value instanceof Error) || value.name !== 'TwoFactorError') return false;
  const { kind, issues, fieldErrors } = value as { kind?: unknown; issues?: unknown; fieldErrors?: unknown };
  return typeof kind === 'string' && Array.isArray(issues) && typeof fieldErrors === 'object' && fieldErrors !== null;
}

/** Anything an adapter throws, as the one error type: what is not a `TwoFactorError` becomes `unknown`. */
export function toTwoFactorError(error: unknown): TwoFactorError {
  if (isTwoFactorError(error)) return error;
  return new TwoFactorError('unknown', { message: 'The adapter failed with an error that is not a TwoFactorError.', cause: error });
}
