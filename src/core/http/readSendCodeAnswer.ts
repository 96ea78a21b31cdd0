import { custom, object, optional, type output } from 'zod/mini';
import type { SendCodeResult } from '../contract/SendCodeResult.js';
import { toTwoFactorField } from '../contract/TwoFactorField.js';
import type { ValidationIssue, ValidationSeverity } from '../contract/ValidationIssue.js';
import { maxIssues, TwoFactorError, type TwoFactorErrorKind } from '../errors/TwoFactorError.js';
import { httpStatusOfName } from './httpStatusOfName.js';
import { parseRetryAfter } from './parseRetryAfter.js';

/** An HTTP answer, reduced to what the reader needs. */
export interface SendCodeAnswer {
  /** The HTTP status. */
  status: number;
  /** The body as text, possibly empty, HTML or cut off. */
  body: string;
  /** The `Retry-After` header, when the browser may read it (CORS must expose it). */
  retryAfter?: string | null | undefined;
  /** The clock, for an HTTP-date `Retry-After`. @default Date.now() */
  now?: number | undefined;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

// Keys in any case read alike (`Hint`, `hint`, `HINT`; the first spelling wins). Only the levels the
// schema descends into are renamed, into plain own members (`Object.fromEntries`), and the reader copies
// out only the members it knows, so no key the server chose (`__proto__` included) reaches a result.
function lowerCaseKeys(value: unknown): unknown {
  return isObject(value)
    ? Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, member]) => [key.toLowerCase(), member]),
      )
    : value;
}

// The levels renamed before the schema reads them (the answer, its `Errors`, each failure), rather than
// by zod's `pipe` and `transform` (bench/README.md).
function lowerCaseAnswer(value: unknown): unknown {
  const answer = lowerCaseKeys(value) as Record<string, unknown>;
  const errors = lowerCaseKeys(answer.errors) as Record<string, unknown>;
  if (Array.isArray(errors?.errors)) errors.errors = errors.errors.map(lowerCaseKeys);
  return { ...answer, errors };
}

// Plain checks inside the schema where zod's own would cost a portal more: int, int32, minimum and
// maximum, union, literal, regex, nullish, unknown and nested objects would add 1.5 kB gzip to the quick
// start (bench/README.md). A member may always be missing or null.
const orNone = <Type>(check: (value: unknown) => boolean) => optional(custom<Type | null>((value) => value === null || check(value)));
const text = orNone<string>((value) => typeof value === 'string');
const isIntegerIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

// Only the members the reader uses are checked. A 200 means a code went out: an informational member
// of an odd type (`RequestUri: 5`) must not turn that into a failure. The full contract is
// `sendCodeWireResponseSchema`.
const failureSchema = object({
  propertyname: text,
  errormessage: text,
  // FluentValidation's Severity: a number, or a name in any case (the contract's `wireSeveritySchema`).
  severity: orNone<0 | 1 | 2 | string>(
    (value) => value === 0 || value === 1 || value === 2 || (typeof value === 'string' && /^(error|warning|info)$/i.test(value)),
  ),
  errorcode: text,
});

// A failure as read: its other members stay on it unchecked, `FormattedMessagePlaceholderValues` among
// them (read apart: an odd placeholder must not fail a send that went out).
type WireFailure = output<typeof failureSchema> & { formattedmessageplaceholdervalues?: unknown };

// `Errors: { Errors: [...] }`: each failure is checked, and the first odd one fails the answer.
const isFailures = (value: unknown) => Array.isArray(value) && value.every((failure) => failureSchema.safeParse(failure).success);

// `MaybeSent`, our own BFF's word that the code may have gone out (`react-two-factor/server`), is read
// from the answer itself, like API Management's `message`: any value but `true` is not that word.
const answerSchema = object({
  hint: text,
  errors: orNone<{ errors?: WireFailure[] | null }>(
    (value) => isObject(value) && ((value as { errors?: unknown }).errors == null || isFailures((value as { errors?: unknown }).errors)),
  ),
  errormessages: orNone<string[]>(isStrings),
  statuscode: orNone<number>((value) => isIntegerIn(value, -(2 ** 31), 2 ** 31 - 1)),
  externalerror: text,
  // A number, or with .NET's string enum converter a name (`"TooManyRequests"`) or a numeric string.
  httpstatuscode: orNone<number | string>((value) => typeof value === 'string' || isIntegerIn(value, 100, 599)),
});

type Answer = output<typeof answerSchema>;

function parseAnswer(value: unknown): { success: true; data: Answer } | { success: false; error: unknown } {
  try {
    return answerSchema.safeParse(lowerCaseAnswer(value));
  } catch (error) {
    // zod reports a huge list of bad items in one call that can overflow the stack (RangeError).
    return { success: false, error };
  }
}

const severityByName: Record<string, ValidationSeverity> = {
  '0': 'error',
  error: 'error',
  '1': 'warning',
  warning: 'warning',
  '2': 'info',
  info: 'info',
};

/** FluentValidation's `FormattedMessagePlaceholderValues` as text, keys as sent; other values are left out. */
function toPlaceholders(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  // Object.fromEntries defines own members, so a `__proto__` key stays a plain key.
  const entries = Object.entries(value).flatMap(([key, member]): [string, string][] =>
    typeof member === 'string' || (typeof member === 'number' && Number.isFinite(member)) || typeof member === 'boolean'
      ? [[key, String(member)]]
      : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function toIssue(failure: WireFailure): ValidationIssue {
  const propertyName = failure.propertyname ?? '';
  const field = toTwoFactorField(propertyName);
  // FluentValidation's default severity is Error; the schema lets no other value than those of severityByName through.
  const severity = severityByName[String(failure.severity ?? 0).toLowerCase()] as ValidationSeverity;
  const placeholders = toPlaceholders(failure.formattedmessageplaceholdervalues);
  return {
    ...(field && { field }),
    propertyName,
    message: failure.errormessage ?? '',
    severity,
    ...(failure.errorcode != null && { code: failure.errorcode }),
    ...(placeholders && { placeholders }),
  };
}

/** The `errors` of an ASP.NET Core `ValidationProblemDetails`: property name → messages. */
interface Problem {
  issues: ValidationIssue[];
  count: number;
  detail: string | undefined;
  status: number | undefined;
}

// ASP.NET's model-binding 400 (`application/problem+json`): `{ type, title, status, detail, errors: { "Medium": [...] } }`.
// Told apart from FluentValidation's `Errors: { IsValid, Errors: [{…}] }` by its lists of plain strings.
function readProblem(body: Record<string, unknown>): Problem | undefined {
  const { errors, title, type, detail, status } = body;
  const isProblem = [title, type, detail, status].some((member) => member !== undefined);
  if (!isProblem || !(errors === undefined || (isObject(errors) && Object.values(errors).every(isStrings)))) return undefined;
  const issues: ValidationIssue[] = [];
  let count = 0;
  for (const [propertyName, messages] of Object.entries((errors ?? {}) as Record<string, string[]>)) {
    count += messages.length;
    for (const message of messages.slice(0, maxIssues - issues.length)) {
      const field = toTwoFactorField(propertyName);
      issues.push({ ...(field && { field }), propertyName, message, severity: 'error' });
    }
  }
  return {
    issues,
    count,
    detail: typeof detail === 'string' ? detail : undefined,
    status: Number.isInteger(status) ? (status as number) : undefined,
  };
}

/** `HttpStatusCode` as a number, a numeric string or a .NET enum name; `undefined` for one the reader does not know. */
function toHttpStatus(value: number | string | null | undefined): number | undefined {
  if (typeof value !== 'string') return value ?? undefined;
  const name = value.trim();
  if (!/^\d+$/.test(name)) return httpStatusOfName(name);
  // The same range as a number: a string the schema could not check is ignored rather than trusted.
  const code = Number(name);
  return code >= 100 && code <= 599 ? code : undefined;
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  if (body.trim() === '') return { ok: false, error: new SyntaxError('The body is empty.') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error };
  }
}

function kindForStatus(status: number, hasValidationContent: boolean): TwoFactorErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  // Only a failing status (400 or more) is passed in.
  if (status < 500 && hasValidationContent) return 'validation';
  return 'server';
}

const texts = (values: ReadonlyArray<string | null | undefined>) =>
  values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');

/**
 * Reads an answer of `Send2FactorAuthenticationCodeToPerson`, or of the API
 * Management gateway in front of it, following the backend contract:
 * PascalCase or camelCase keys, numeric or named severities, only
 * Severity-0 failures blocking, and a body status ≥ 400 failing a 200.
 *
 * @returns the result of a successful send.
 * @throws {TwoFactorError} for every failed or unreadable answer; never anything else.
 */
export function readSendCodeAnswer(answer: SendCodeAnswer): SendCodeResult {
  const { status, body } = answer;
  const json = parseJson(body);
  const readable = json.ok && isObject(json.value);

  if (!readable && (status < 400 || status >= 500)) {
    // A 5xx is a server failure whatever its body (often a proxy's HTML page).
    if (status >= 500) {
      const retryAfterSeconds = status === 503 ? parseRetryAfter(answer.retryAfter, undefined, answer.now ?? Date.now()) : undefined;
      throw new TwoFactorError('server', {
        message: `The server failed (HTTP ${status}).`,
        status,
        ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      });
    }
    throw new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${status}) is not a JSON object.`,
      status,
      // A 2xx means the backend took the send: the code may well have gone out.
      maybeSent: status >= 200 && status < 300,
      cause: json.ok ? json.value : json.error,
    });
  }

  const lowerCased = readable ? (lowerCaseKeys(json.value) as Record<string, unknown>) : undefined;
  const problem = lowerCased && readProblem(lowerCased);
  // A ProblemDetails' `errors` is not FluentValidation's wrapper: the schema reads the other members.
  const parsed = readable ? parseAnswer(problem ? { ...lowerCased, errors: undefined } : json.value) : undefined;
  if (parsed && !parsed.success && status < 400) {
    throw new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${status}) does not match the contract.`,
      status,
      maybeSent: status >= 200 && status < 300,
      cause: parsed.error,
    });
  }
  const wire = parsed?.success ? parsed.data : undefined;
  // API Management's own `{ statusCode, message }` error body. Read apart from the schema: a failing
  // answer's message is kept even when its other members are odd.
  const gatewayMessage = lowerCased && status >= 400 ? lowerCased.message : undefined;
  const maybeSent = lowerCased?.maybesent === true;

  // Bounded work: only the first 100 failures are turned into issues; the rest are counted.
  const failures = wire?.errors?.errors ?? [];
  const issues = problem ? problem.issues : failures.slice(0, maxIssues).map(toIssue);
  const issueCount = problem ? problem.count : failures.length;
  const blocking = issues.filter((issue) => issue.severity === 'error');
  const externalError = texts([wire?.externalerror]);
  const errorMessages = texts(wire?.errormessages ?? []);
  const problemDetail = problem && problem.count === 0 ? texts([problem.detail]) : [];
  const formErrors = [
    ...errorMessages,
    ...problemDetail,
    ...externalError,
    ...texts([typeof gatewayMessage === 'string' ? gatewayMessage : undefined]),
  ];
  const bodyStatus =
    [toHttpStatus(wire?.httpstatuscode), wire?.statuscode, problem?.status].find((code) => code != null && code >= 400) ?? undefined;
  const failingStatus = status >= 400 ? status : bodyStatus;
  const issuesLeftOut = Math.max(0, issueCount - maxIssues);
  const bounded = { issues, formErrors, issuesLeftOut, maybeSent };

  if (externalError.length > 0) {
    throw new TwoFactorError('external', { status: failingStatus, ...bounded, cause: json.ok ? json.value : undefined });
  }
  if (failingStatus !== undefined) {
    // A gateway message alone (e.g. APIM's 404 "Resource not found") is not something the person can fix.
    const kind = kindForStatus(failingStatus, blocking.length > 0 || errorMessages.length > 0 || problemDetail.length > 0);
    const waits = kind === 'rate-limited' || kind === 'forbidden' || failingStatus === 503;
    const retryAfterSeconds = waits
      ? parseRetryAfter(kind === 'forbidden' ? undefined : answer.retryAfter, formErrors.join(' '), answer.now ?? Date.now())
      : undefined;
    throw new TwoFactorError(kind, {
      message: `The request failed (HTTP ${failingStatus}, ${kind}).`,
      status: failingStatus,
      ...bounded,
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      cause: json.ok ? json.value : json.error,
    });
  }
  if (status < 200 || status >= 300) {
    throw new TwoFactorError('invalid-response', { message: `Unexpected HTTP status ${status}.`, status, maybeSent });
  }
  if (blocking.length > 0 || formErrors.length > 0) {
    throw new TwoFactorError('validation', { status, ...bounded, cause: wire });
  }
  return {
    ...(wire?.hint != null && { hint: wire.hint }),
    notes: issues,
    ...(issuesLeftOut > 0 && { notesLeftOut: issuesLeftOut }),
    raw: json.ok ? json.value : undefined,
  };
}
