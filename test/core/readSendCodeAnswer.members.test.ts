import { describe, expect, it } from 'vitest';
import { isTwoFactorError, readSendCodeAnswer } from '../../src/core/index.js';

// The checks the reader makes on the numeric and enumerated members it uses, at their edges: issue 16
// made them plain checks inside the same schema (for size), and this pins down that nothing moved.
// (A numeric or named HttpStatusCode string is the reader's own matter: test/core/readSendCodeAnswer.test.ts.)

const outcome = (body: unknown, status = 200) => {
  try {
    const result = readSendCodeAnswer({ status, body: JSON.stringify(body) });
    return { result };
  } catch (error) {
    if (!isTwoFactorError(error)) throw error;
    return { kind: error.kind, status: error.status };
  }
};

const issue = (Severity: unknown) => ({ Errors: { Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Note.', Severity }] } });

describe('readSendCodeAnswer: the members it checks', () => {
  it.each([1.5, 2 ** 31, -(2 ** 31) - 1, '500', true])(
    'given a 200 whose StatusCode is %j (not an int32), should reject invalid-response',
    (StatusCode) => {
      expect(outcome({ Hint: 'Sent.', StatusCode })).toMatchObject({ kind: 'invalid-response' });
    },
  );

  it('given a 200 whose StatusCode is the largest int32, should read it as the failing status', () => {
    expect(outcome({ StatusCode: 2 ** 31 - 1 })).toStrictEqual({ kind: 'server', status: 2 ** 31 - 1 });
  });

  it('given a 200 whose StatusCode is the smallest int32, should read the send as done', () => {
    expect(outcome({ Hint: 'Sent.', StatusCode: -(2 ** 31) })).toMatchObject({ result: { hint: 'Sent.' } });
  });

  it.each([99, 600, 404.5, true, null])(
    'given a 200 whose HttpStatusCode is %j, should not take it as a failing status',
    (HttpStatusCode) => {
      const read = outcome({ Hint: 'Sent.', HttpStatusCode });
      if (HttpStatusCode === null) expect(read).toMatchObject({ result: { hint: 'Sent.' } });
      else expect(read).toMatchObject({ kind: 'invalid-response' });
    },
  );

  it.each([
    [100, undefined],
    [599, 'server'],
    [404, 'server'],
  ])('given a 200 whose HttpStatusCode is %j, should read it within 100–599', (HttpStatusCode, kind) => {
    const read = outcome({ Hint: 'Sent.', HttpStatusCode });
    if (kind) expect(read).toStrictEqual({ kind, status: HttpStatusCode });
    else expect(read).toMatchObject({ result: { hint: 'Sent.' } });
  });

  it.each([
    [1, 'warning'],
    [2, 'info'],
    ['Warning', 'warning'],
    ['INFO', 'info'],
    ['info', 'info'],
  ])('given a 200 with a failure of Severity %j, should keep it as a non-blocking %s note', (severity, expected) => {
    expect(outcome(issue(severity))).toMatchObject({ result: { notes: [{ severity: expected }] } });
  });

  it.each([0, 'Error', 'error', null])('given a 200 with a failure of Severity %j, should reject validation', (severity) => {
    expect(outcome(issue(severity))).toMatchObject({ kind: 'validation' });
  });

  it.each([3, -1, 1.5, '1', 'fatal', 'warnings', 'fatal error', ['Warning'], true])(
    'given a 200 with a failure of Severity %j, should reject invalid-response',
    (severity) => {
      expect(outcome(issue(severity))).toMatchObject({ kind: 'invalid-response' });
    },
  );

  // The failures' list and ErrorMessages are plain checks too, and the key case is renamed before the schema
  // reads the answer (issue 22, for size): the same answers pass and fail.
  it('given a 200 whose second failure has an odd Severity, should reject invalid-response', () => {
    const failures = [
      { PropertyName: 'Medium', ErrorMessage: 'Note.', Severity: 1 },
      { PropertyName: 'Language', Severity: 'fatal' },
    ];
    expect(outcome({ Errors: { Errors: failures } })).toMatchObject({ kind: 'invalid-response' });
  });

  it.each([{}, 'Medium', 5, [5], [null]])('given a 200 whose Errors.Errors is %j, should reject invalid-response', (Errors) => {
    expect(outcome({ Hint: 'Sent.', Errors: { Errors } })).toMatchObject({ kind: 'invalid-response' });
  });

  it.each([['Sent.', 5], 'Sent.', { 0: 'Sent.' }])(
    'given a 200 whose ErrorMessages is %j, should reject invalid-response',
    (ErrorMessages) => {
      expect(outcome({ Hint: 'Sent.', ErrorMessages })).toMatchObject({ kind: 'invalid-response' });
    },
  );

  it('given keys in another case at each level, should read the failure as if PascalCase', () => {
    const body = {
      HINT: 'Sent.',
      errors: { ERRORS: [{ propertyName: 'Medium', ERRORMESSAGE: 'Note.', severity: 'Info', ErrorCode: 'X1' }] },
    };
    expect(outcome(body)).toStrictEqual({
      result: {
        hint: 'Sent.',
        notes: [{ field: 'medium', propertyName: 'Medium', message: 'Note.', severity: 'info', code: 'X1' }],
        raw: body,
      },
    });
  });
});
