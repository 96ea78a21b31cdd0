import { canonicalKeys, type KeyShape } from './canonicalKeys.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import type { SendCodeResult } from './SendCodeResult.js';
import { type SendCodeWireResponse, sendCodeWireResponseSchema } from './sendCodeWireSchemas.js';
import { TwoFactorError, type TwoFactorErrorKind } from './TwoFactorError.js';
import { toTwoFactorField } from './TwoFactorField.js';
import type { ValidationIssue, ValidationSeverity } from './ValidationIssue.js';

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

const responseShape: KeyShape = {
  Hint: true,
  Errors: {
    IsValid: true,
    Errors: [
      {
        PropertyName: true,
        ErrorMessage: true,
        AttemptedValue: true,
        CustomState: true,
        Severity: true,
        ErrorCode: true,
        FormattedMessageArguments: true,
        FormattedMessagePlaceholderValues: true,
        ResourceName: true,
      },
    ],
    RuleSetsExecuted: true,
  },
  ErrorMessages: true,
  StatusCode: true,
  RequestUri: true,
  ExternalError: true,
  HttpStatusCode: true,
};

const severityByName: Record<string, ValidationSeverity> = {
  '0': 'error',
  error: 'error',
  '1': 'warning',
  warning: 'warning',
  '2': 'info',
  info: 'info',
};

type WireFailure = NonNullable<NonNullable<SendCodeWireResponse['Errors']>['Errors']>[number];

function toIssue(failure: WireFailure): ValidationIssue {
  const propertyName = failure.PropertyName ?? '';
  const field = toTwoFactorField(propertyName);
  // FluentValidation's default severity is Error; an unknown one blocks rather than slipping through.
  const severity = severityByName[String(failure.Severity ?? 0).toLowerCase()] ?? 'error';
  return {
    ...(field && { field }),
    propertyName,
    message: failure.ErrorMessage ?? '',
    severity,
    ...(failure.ErrorCode != null && { code: failure.ErrorCode }),
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

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

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

  const parsed = readable ? sendCodeWireResponseSchema.safeParse(canonicalKeys(json.value, responseShape)) : undefined;
  if (parsed && !parsed.success && status < 400) {
    throw new TwoFactorError('invalid-response', {
      message: `The answer (HTTP ${status}) does not match the contract.`,
      status,
      cause: parsed.error,
    });
  }
  const wire = parsed?.success ? parsed.data : undefined;
  // API Management's own `{ statusCode, message }` error body, only on a failing status; kept out of the
  // shape parsed above, whose strict schema would refuse a successful answer that merely has a `message`.
  const gatewayMessage =
    readable && status >= 400 ? (canonicalKeys(json.value, { Message: true }) as { Message?: unknown }).Message : undefined;

  const issues = (wire?.Errors?.Errors ?? []).map(toIssue);
  const blocking = issues.filter((issue) => issue.severity === 'error');
  const externalError = texts([wire?.ExternalError]);
  const formErrors = texts([
    ...(wire?.ErrorMessages ?? []),
    ...externalError,
    typeof gatewayMessage === 'string' ? gatewayMessage : undefined,
  ]);
  const bodyStatus = [wire?.HttpStatusCode, wire?.StatusCode].find((code) => code != null && code >= 400) ?? undefined;
  const failingStatus = status >= 400 ? status : bodyStatus;

  if (externalError.length > 0) {
    throw new TwoFactorError('external', { status: failingStatus, issues, formErrors, cause: json.ok ? json.value : undefined });
  }
  if (failingStatus !== undefined) {
    // A gateway message alone (e.g. APIM's 404 "Resource not found") is not something the person can fix.
    const kind = kindForStatus(failingStatus, blocking.length > 0 || texts(wire?.ErrorMessages ?? []).length > 0);
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
    ...(wire?.Hint != null && { hint: wire.Hint }),
    issues,
    raw: json.ok ? json.value : undefined,
  };
}
