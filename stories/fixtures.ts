/**
 * Fixture bodies the stories need that test/fixtures/answers.ts does not hold.
 * Everything else comes from there: one place for unit, contract and story answers.
 */
import { http } from 'msw';
import { type AnswerFixture, sentWithHint } from '../test/fixtures/answers.js';
import { fixtureBaseUrl, sendCodeUrl, toHttpResponse } from '../test/fixtures/handlers.js';

/** A 200 whose JSON is cut off mid-body, as a proxy that drops the connection leaves it. */
export const truncatedJson: AnswerFixture = {
  status: 200,
  body: '{"Hint":"A code was sent to +32 *** ** 12.","Errors":{"IsValid":tr',
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
};

/** A code sent by email: the hint names the masked address, as the server does for `Medium: 'email'`. */
export const sentByEmailWithHint: AnswerFixture = {
  ...sentWithHint,
  body: { ...(sentWithHint.body as Record<string, unknown>), Hint: 'A code was sent to j***@example.com.' },
};

/** What the demo gateway of the stories knows of the demo person: a mobile number, no email address, and the languages it sends in. */
const demoServer = { mediums: ['sms', 'email'], mediumsOnFile: ['sms'], languages: ['en', 'nl', 'de'] } as const;

/** One FluentValidation failure as the server writes it. */
function failure(propertyName: string, errorMessage: string, errorCode: string, attemptedValue: unknown) {
  return {
    PropertyName: propertyName,
    ErrorMessage: errorMessage,
    AttemptedValue: attemptedValue,
    CustomState: null,
    Severity: 0,
    ErrorCode: errorCode,
    FormattedMessageArguments: [],
    FormattedMessagePlaceholderValues: { PropertyName: propertyName, PropertyValue: String(attemptedValue) },
    ResourceName: null,
  };
}

/**
 * The demo server's answer to a send request: it checks what was sent, as the backend does, so that a story
 * never shows a failure for a choice that was valid. A medium it has no address for is refused with the rule's
 * own text (`PredicateValidator`), a medium outside the enum with FluentValidation's generic one (`EnumValidator`),
 * a language it does not send in with its own `LanguageValidator` text; anything else sends a code.
 */
export function answerToSendRequest(body: unknown): AnswerFixture {
  const request = (typeof body === 'object' && body !== null ? body : {}) as { Medium?: unknown; Language?: unknown };
  const errors = [];
  if (!(demoServer.mediums as readonly unknown[]).includes(request.Medium)) {
    errors.push(
      failure(
        'Medium',
        `'Medium' has a range of values which does not include '${String(request.Medium)}'.`,
        'EnumValidator',
        request.Medium,
      ),
    );
  } else if (!(demoServer.mediumsOnFile as readonly unknown[]).includes(request.Medium)) {
    errors.push(
      failure('Medium', 'This person has no email address on file. Choose a text message.', 'PredicateValidator', request.Medium),
    );
  }
  if (!(demoServer.languages as readonly unknown[]).includes(request.Language)) {
    errors.push(failure('command.Language', "'Language' is not a supported language.", 'LanguageValidator', request.Language));
  }
  if (errors.length === 0) return sentWithHint;
  return {
    status: 200,
    body: {
      Hint: null,
      Errors: { IsValid: false, Errors: errors, RuleSetsExecuted: ['default'] },
      ErrorMessages: [],
      StatusCode: 200,
      HttpStatusCode: 200,
    },
  };
}

/**
 * A server that answers FluentValidation's built-in rules with their default, generic messages
 * (`'Medium' must not be empty.`): the shipped catalogues' `serverErrors` replace them with the UI's own sentence.
 */
export const genericRuleFailures: AnswerFixture = {
  status: 400,
  body: {
    Errors: {
      IsValid: false,
      Errors: [
        failure('Medium', "'Medium' must not be empty.", 'NotEmptyValidator', ''),
        failure('Language', "'Language' is not in the correct format.", 'RegularExpressionValidator', 'nl-BE'),
      ],
      RuleSetsExecuted: ['default'],
    },
    StatusCode: 400,
    HttpStatusCode: 400,
  },
};

/** The gateway's 429 with `Retry-After: 0`: the limit is already over, yet the send was refused. */
export const rateLimitedNoWait: AnswerFixture = {
  status: 429,
  body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 0 seconds.' },
  headers: { 'Retry-After': '0' },
};

/** A handler of the send path that answers each request as the demo server would (`answerToSendRequest`). */
export function answerToSendRequests() {
  return http.post(sendCodeUrl(fixtureBaseUrl), async ({ request }) => toHttpResponse(answerToSendRequest(await request.json())));
}
