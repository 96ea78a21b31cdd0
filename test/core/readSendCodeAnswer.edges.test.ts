import { describe, expect, it } from 'vitest';
import { isTwoFactorError, readSendCodeAnswer, type SendCodeAnswer, type TwoFactorError } from '../../src/core/index.js';

function thrown(answer: SendCodeAnswer): TwoFactorError {
  try {
    readSendCodeAnswer(answer);
  } catch (error) {
    if (isTwoFactorError(error)) return error;
    throw error;
  }
  throw new Error('Expected the answer to be read as a failure.');
}

describe('readSendCodeAnswer: what each failure says', () => {
  it.each<[number, string, string, string]>([
    [500, '<html>Internal Server Error</html>', 'server', 'The server failed (HTTP 500).'],
    [200, 'not json', 'invalid-response', 'The answer (HTTP 200) is not a JSON object.'],
    [200, '[]', 'invalid-response', 'The answer (HTTP 200) is not a JSON object.'],
    [200, '{"Hint":5}', 'invalid-response', 'The answer (HTTP 200) does not match the contract.'],
    [429, '{}', 'rate-limited', 'The request failed (HTTP 429, rate-limited).'],
    [304, '{}', 'invalid-response', 'Unexpected HTTP status 304.'],
    [300, '{}', 'invalid-response', 'Unexpected HTTP status 300.'],
    [150, '{}', 'invalid-response', 'Unexpected HTTP status 150.'],
  ])('given a %i with %j, should reject %s saying what happened', (status, body, kind, message) => {
    const error = thrown({ status, body });
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it.each([
    ['an empty body', '', 'The body is empty.'],
    ['a blank body', '  \n', 'The body is empty.'],
  ])('given a 200 with %s, should keep why as a SyntaxError cause', (_case, body, message) => {
    const error = thrown({ status: 200, body });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect((error.cause as Error).message).toBe(message);
  });

  it('given a 200 that is not JSON, should keep the parser error as cause', () => {
    expect(thrown({ status: 200, body: 'not json' }).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('readSendCodeAnswer: whether a code may have gone out at the edges of 2xx', () => {
  it.each<[number, string]>([
    [150, 'not json'],
    [300, 'not json'],
    [150, '{"Hint":5}'],
    [300, '{"Hint":5}'],
  ])('given a %i with %j, should not say a code may have been sent', (status, body) => {
    expect(thrown({ status, body })).toMatchObject({ kind: 'invalid-response', maybeSent: false });
  });
});

describe('readSendCodeAnswer: failing answers whose other members are odd', () => {
  it.each([400, 500])('given a %i whose Hint is not text, should reject by its status, not invalid-response', (status) => {
    expect(thrown({ status, body: '{"Hint":5}' })).toMatchObject({ kind: 'server', status });
  });

  it('given a 400 with only the gateway message, should keep that message as a form error', () => {
    expect(thrown({ status: 400, body: '{"statusCode":400,"message":"Bad request body."}' }).formErrors).toStrictEqual([
      'Bad request body.',
    ]);
  });

  it('given an HTML 503 with Retry-After as an HTTP date, should count the wait from the given clock', () => {
    const now = Date.UTC(2020, 0, 1, 10, 0, 0);
    const error = thrown({ status: 503, body: '<html>Busy</html>', retryAfter: 'Wed, 01 Jan 2020 10:01:00 GMT', now });
    expect(error.retryAfterSeconds).toBe(60);
  });
});
