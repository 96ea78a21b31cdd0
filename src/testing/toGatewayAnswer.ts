import { toTwoFactorField } from '../core/contract/TwoFactorField.js';
import type { TwoFactorErrorKind } from '../core/errors/TwoFactorError.js';
import { formatMessage } from '../i18n/formatMessage.js';
import type { GatewayAnswer } from './GatewayAnswer.js';
import type { MockAnswer, MockVerifyAnswer } from './MockAnswer.js';
import type { MockIssue } from './MockIssue.js';

/** The failures that never reach an answer: there is none to read, or the browser itself refused. */
export const transportKinds: readonly TwoFactorErrorKind[] = ['timeout', 'network', 'aborted', 'locked', 'unknown'];

/** A scripted answer that has an HTTP form. */
export type WireMockAnswer = Exclude<MockAnswer | MockVerifyAnswer, { type: 'error'; kind: 'timeout' | 'network' | 'locked' | 'unknown' }>;

/** The request the answer is for, in the library's naming (`medium`, `code`): failures name the values it sent. */
export type SentValues = Readonly<Partial<Record<string, unknown>>>;

// FluentValidation's Severity enum as the contract's page sends it: 0 = Error, 1 = Warning, 2 = Info.
const wireSeverity = { error: 0, warning: 1, info: 2 } as const;

function toWireFailure({ propertyName, message, severity = 'error', code, placeholders }: MockIssue, sent: SentValues) {
  const field = toTwoFactorField(propertyName);
  const attempted = field === undefined ? undefined : sent[field];
  // FluentValidation's own placeholders: the property's name (no `command.` prefix) and the value sent.
  const values = {
    PropertyName: propertyName.slice(propertyName.lastIndexOf('.') + 1),
    ...(typeof attempted === 'string' && { PropertyValue: attempted }),
  };
  return {
    PropertyName: propertyName,
    ErrorMessage: formatMessage(message, 'en', values),
    ...(attempted !== undefined && { AttemptedValue: attempted }),
    Severity: wireSeverity[severity],
    ...(code !== undefined && { ErrorCode: code }),
    FormattedMessagePlaceholderValues: placeholders ?? values,
  };
}

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

// FluentValidation's ValidationResult: any failure, a Warning included, makes IsValid false.
const validationResult = (failures: unknown[]) => ({ IsValid: failures.length === 0, Errors: failures, RuleSetsExecuted: ['default'] });

/**
 * The answer a real gateway would give for a scripted answer: a status, a body shaped as the contract
 * says and a `Retry-After`. The mock adapter reads it with the HTTP adapter's own reader; the fake
 * gateway sends it. Failures carry the value the request sent (`AttemptedValue`, `{PropertyValue}`).
 */
export function toGatewayAnswer(answer: WireMockAnswer, sent: SentValues = {}): GatewayAnswer {
  switch (answer.type) {
    // A verify that succeeds is wrapped like a send that does.
    case 'sent':
    case 'verified':
      return {
        status: 200,
        body: {
          Hint: answer.hint ?? null,
          Errors: validationResult((answer.notes ?? []).map((note) => toWireFailure(note, sent))),
          ErrorMessages: [],
          StatusCode: 200,
          HttpStatusCode: 200,
        },
      };
    case 'invalid':
      return {
        status: 200,
        body: {
          Hint: null,
          Errors: validationResult((answer.issues ?? []).map((issue) => toWireFailure(issue, sent))),
          ErrorMessages: answer.formErrors ?? [],
          StatusCode: 200,
          HttpStatusCode: 200,
        },
      };
    case 'error': {
      const status = answer.status ?? statusOfKind[answer.kind] ?? 500;
      const formErrors = answer.formErrors ?? [];
      const headers = answer.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(answer.retryAfterSeconds) };
      if (answer.kind === 'invalid-response')
        return { status, body: '<html>Not the contract</html>', headers: { 'Content-Type': 'text/html; charset=utf-8' } };
      if (answer.kind === 'external') return { status, body: { ExternalError: formErrors.join(' ') || 'The message service failed.' } };
      // The gateway's own body for a server failure: a message the person cannot fix.
      const body =
        answer.kind === 'server'
          ? { statusCode: status, message: formErrors.join(' ') }
          : { StatusCode: status, ErrorMessages: formErrors };
      return { status, body, ...(headers && { headers }) };
    }
    case 'http':
      return answer.answer;
    default:
      throw new TypeError(`Unknown scripted answer type ${JSON.stringify((answer satisfies never as { type: unknown }).type)}.`);
  }
}
