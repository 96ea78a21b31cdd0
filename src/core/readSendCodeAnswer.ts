import { array, int, int32, maximum, minimum, nullish, object, type output, pipe, string, transform, type ZodMiniType } from 'zod/mini';
import { parseRetryAfter } from './parseRetryAfter.js';
import type { SendCodeResult } from './SendCodeResult.js';
import { TwoFactorError, type TwoFactorErrorKind } from './TwoFactorError.js';
import { toTwoFactorField } from './TwoFactorField.js';
import type { ValidationIssue, ValidationSeverity } from './ValidationIssue.js';
import { wireSeveritySchema } from './wireSeveritySchema.js';

/** An HTTP answer, reduced to what the reader needs. */
export interface SendCodeAnswer {
  /** The HTTP status. */
  status: number;
  /** The body as text, possibly empty, HTML or cut off. */
  body: string;
  /** The `Retry-After` header, when the browser may read it (CORS must expose it). */
  retryAfter?: string | null;
  /** The clock, for an HTTP-date `Retry-After`. @default Date.now() */
  now?: number;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

// Keys in any case read alike (`Hint`, `hint`, `HINT`; the first spelling wins). Only the levels the
// schema descends into are renamed, and the schema copies out only its own members, so no key the
// server chose (`__proto__` included) reaches an object the library builds.
function lowerCaseKeys(value: unknown): unknown {
  return isObject(value)
    ? Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, member]) => [key.toLowerCase(), member]),
      )
    : value;
}

const anyCase = <Shape extends Record<string, ZodMiniType>>(shape: Shape) => pipe(transform(lowerCaseKeys), object(shape));

const text = nullish(string());

// Only the members the reader uses are checked. A 200 means a code went out: an informational member
// of an odd type (`RequestUri: 5`) must not turn that into a failure. The full contract is
// `sendCodeWireResponseSchema`.
const answerSchema = anyCase({
  hint: text,
  errors: nullish(
    anyCase({
      errors: nullish(array(anyCase({ propertyname: text, errormessage: text, severity: nullish(wireSeveritySchema), errorcode: text }))),
    }),
  ),
  errormessages: nullish(array(string())),
  statuscode: nullish(int32()),
  externalerror: text,
  httpstatuscode: nullish(int().check(minimum(100), maximum(599))),
});

type Answer = output<typeof answerSchema>;

function parseAnswer(value: unknown): { success: true; data: Answer } | { success: false; error: unknown } {
  try {
    return answerSchema.safeParse(value);
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

type WireFailure = NonNullable<NonNullable<Answer['errors']>['errors']>[number];

function toIssue(failure: WireFailure): ValidationIssue {
  const propertyName = failure.propertyname ?? '';
  const field = toTwoFactorField(propertyName);
  // FluentValidation's default severity is Error; an unknown one blocks rather than slipping through.
  const severity = severityByName[String(failure.severity ?? 0).toLowerCase()] ?? 'error';
  return {
    ...(field && { field }),
    propertyName,
    message: failure.errormessage ?? '',
    severity,
    ...(failure.errorcode != null && { code: failure.errorcode }),
  };
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
  if (status >= 400 && status < 500 && hasValidationContent) return 'validation';
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
    if (status >= 500) throw new TwoFactorError('server', { message: `The server failed (HTTP ${status}).`, status });
    throw new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${status}) is not a JSON object.`,
      status,
      cause: json.ok ? json.value : json.error,
    });
  }

  const parsed = readable ? parseAnswer(json.value) : undefined;
  if (parsed && !parsed.success && status < 400) {
    throw new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${status}) does not match the contract.`,
      status,
      cause: parsed.error,
    });
  }
  const wire = parsed?.success ? parsed.data : undefined;
  // API Management's own `{ statusCode, message }` error body. Read apart from the schema: a failing
  // answer's message is kept even when its other members are odd.
  const gatewayMessage = readable && status >= 400 ? (lowerCaseKeys(json.value) as { message?: unknown }).message : undefined;

  const issues = (wire?.errors?.errors ?? []).map(toIssue);
  const blocking = issues.filter((issue) => issue.severity === 'error');
  const externalError = texts([wire?.externalerror]);
  const formErrors = texts([
    ...(wire?.errormessages ?? []),
    ...externalError,
    typeof gatewayMessage === 'string' ? gatewayMessage : undefined,
  ]);
  const bodyStatus = [wire?.httpstatuscode, wire?.statuscode].find((code) => code != null && code >= 400) ?? undefined;
  const failingStatus = status >= 400 ? status : bodyStatus;

  if (externalError.length > 0) {
    throw new TwoFactorError('external', { status: failingStatus, issues, formErrors, cause: json.ok ? json.value : undefined });
  }
  if (failingStatus !== undefined) {
    // A gateway message alone (e.g. APIM's 404 "Resource not found") is not something the person can fix.
    const kind = kindForStatus(failingStatus, blocking.length > 0 || texts(wire?.errormessages ?? []).length > 0);
    const retryAfterSeconds =
      kind === 'rate-limited' || kind === 'forbidden'
        ? parseRetryAfter(kind === 'rate-limited' ? answer.retryAfter : undefined, formErrors.join(' '), answer.now ?? Date.now())
        : undefined;
    throw new TwoFactorError(kind, {
      message: `The request failed (HTTP ${failingStatus}, ${kind}).`,
      status: failingStatus,
      issues,
      formErrors,
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      cause: json.ok ? json.value : json.error,
    });
  }
  if (status < 200 || status >= 300) {
    throw new TwoFactorError('invalid-response', { message: `Unexpected HTTP status ${status}.`, status });
  }
  if (blocking.length > 0 || formErrors.length > 0) {
    throw new TwoFactorError('validation', { status, issues, formErrors, cause: wire });
  }
  return {
    ...(wire?.hint != null && { hint: wire.hint }),
    issues,
    raw: json.ok ? json.value : undefined,
  };
}
