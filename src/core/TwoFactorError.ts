import type { TwoFactorField } from './TwoFactorField.js';
import type { ValidationIssue } from './ValidationIssue.js';

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
 * - `invalid-response`: an answer the library cannot read (HTML, empty, cut-off, wrong shape).
 * - `locked`: a verify refused before sending, after too many wrong codes; a new code lifts it.
 * - `unknown`: a failure that is none of the above (e.g. a plain `Error` from a host's adapter, kept as `cause`).
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
  message?: string;
  /** The HTTP status, or the status the body reported. */
  status?: number;
  /** Every validation failure the server reported, blocking or not. */
  issues?: readonly ValidationIssue[];
  /** Messages not tied to a field: `ErrorMessages`, `ExternalError`, the gateway's `message`. */
  formErrors?: readonly string[];
  /** Seconds to wait before another send, for `rate-limited` (and a quota's replenish time on `forbidden`). */
  retryAfterSeconds?: number;
  /** The underlying error or the parsed body. Never holds request headers. */
  cause?: unknown;
  /** The code may have gone out (a timeout, a 2xx that could not be read). @default false */
  maybeSent?: boolean;
}

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
  readonly kind: TwoFactorErrorKind;
  /** The HTTP status, or the failing status the body reported. */
  readonly status: number | undefined;
  /** Every validation failure the server reported. */
  readonly issues: readonly ValidationIssue[];
  /** Blocking messages per field, in the server's order. */
  readonly fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking messages not tied to a field the UI owns. */
  readonly formErrors: readonly string[];
  /** Seconds to wait before the next send, when the server said so. */
  readonly retryAfterSeconds: number | undefined;
  /** Whether the code may have gone out despite the failure: a timeout, a 2xx that could not be read. */
  readonly maybeSent: boolean;

  constructor(kind: TwoFactorErrorKind, options: TwoFactorErrorOptions = {}) {
    // The kind says it all for a developer; what a person reads comes from the locale messages.
    super(options.message ?? `The two-factor request failed (${kind}).`, 'cause' in options ? { cause: options.cause } : undefined);
    this.kind = kind;
    this.status = options.status;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.maybeSent = options.maybeSent ?? false;
    const fieldErrors: Partial<Record<TwoFactorField, string[]>> = {};
    const formErrors: string[] = [];
    for (const issue of this.issues) {
      if (issue.severity !== 'error') continue;
      if (issue.field === undefined) formErrors.push(issue.message);
      else fieldErrors[issue.field] = [...(fieldErrors[issue.field] ?? []), issue.message];
    }
    this.fieldErrors = fieldErrors;
    this.formErrors = [...formErrors, ...(options.formErrors ?? [])];
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
    };
  }
}

/** Whether a value is a `TwoFactorError`, across bundle copies too. */
export function isTwoFactorError(value: unknown): value is TwoFactorError {
  return (
    value instanceof TwoFactorError ||
    (value instanceof Error && value.name === 'TwoFactorError' && typeof (value as { kind?: unknown }).kind === 'string')
  );
}
