import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendCodeAnswer, SendCodeResult, TwoFactorError } from '../../src/core/index.js';
import { isTwoFactorError, readSendCodeAnswer } from '../../src/core/index.js';

const read = (body: unknown, status = 200, extra: Partial<SendCodeAnswer> = {}) =>
  readSendCodeAnswer({ status, body: typeof body === 'string' ? body : JSON.stringify(body), ...extra });

/** The TwoFactorError `run` throws; fails the test when it returns or throws anything else. */
function thrown(run: () => unknown): TwoFactorError {
  try {
    run();
  } catch (error) {
    if (isTwoFactorError(error)) return error;
    throw error;
  }
  throw new Error('Expected a TwoFactorError.');
}

/** `result` or `error` when the reader keeps its promise; a description of what went wrong otherwise. */
function outcomeOf(answer: SendCodeAnswer): string {
  let result: SendCodeResult;
  try {
    result = readSendCodeAnswer(answer);
  } catch (error) {
    return isTwoFactorError(error) ? 'error' : `threw ${String(error)}`;
  }
  return typeof result === 'object' && result !== null && Array.isArray(result.notes) ? 'result' : `returned ${JSON.stringify(result)}`;
}

const allMembersNull = {
  Hint: null,
  Errors: null,
  ErrorMessages: null,
  StatusCode: null,
  RequestUri: null,
  ExternalError: null,
  HttpStatusCode: null,
};

describe('readSendCodeAnswer', () => {
  afterEach(() => {
    // A polluted prototype would leak into every later test: clean up if a test failed.
    for (const key of ['polluted', 'isAdmin']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  describe('given null members', () => {
    it('given every top-level member null, should resolve without hint or issues', () => {
      expect(read(allMembersNull)).toStrictEqual({ notes: [], raw: allMembersNull });
    });

    it('given every member of Errors null, should resolve', () => {
      const result = read({ ...allMembersNull, Errors: { IsValid: null, Errors: null, RuleSetsExecuted: null } });
      expect(result.notes).toStrictEqual([]);
    });

    it('given a failure with null members and a null severity, should block as FluentValidation defaults to Error', () => {
      const failure = {
        PropertyName: null,
        ErrorMessage: null,
        AttemptedValue: null,
        CustomState: null,
        Severity: null,
        ErrorCode: null,
        FormattedMessageArguments: null,
        FormattedMessagePlaceholderValues: null,
        ResourceName: null,
      };
      const error = thrown(() => read({ Errors: { IsValid: false, Errors: [failure] } }));
      expect(error.kind).toBe('validation');
      expect(error.issues).toStrictEqual([{ propertyName: '', message: '', severity: 'error' }]);
    });
  });

  describe('given severities', () => {
    it('given severity names in camelCase ("warning", "error"), should read them like their PascalCase names', () => {
      const failures = (severity: string) => ({
        Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Note.', Severity: severity }] },
      });
      expect(read(failures('warning')).notes).toMatchObject([{ field: 'medium', severity: 'warning' }]);
      expect(thrown(() => read(failures('error'))).fieldErrors).toStrictEqual({ medium: ['Note.'] });
    });

    it('given IsValid false with only warnings and infos, should resolve with them', () => {
      const result = read({
        Hint: 'Sent.',
        Errors: {
          IsValid: false,
          Errors: [
            { PropertyName: 'command.Language', ErrorMessage: 'English was used.', Severity: 1 },
            { PropertyName: 'Medium', ErrorMessage: 'SMS was used.', Severity: 'Info' },
          ],
        },
      });
      expect(result.hint).toBe('Sent.');
      expect(result.notes.map(({ field, severity }) => ({ field, severity }))).toStrictEqual([
        { field: 'language', severity: 'warning' },
        { field: 'medium', severity: 'info' },
      ]);
    });

    it.each<[string, unknown]>([
      ['an unknown severity name', 'Critical'],
      ['an unknown severity number', 3],
      ['a severity of the wrong type', true],
    ])('given %s, should not resolve', (_case, severity) => {
      const error = thrown(() =>
        read({ Hint: 'Sent.', Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Odd.', Severity: severity }] } }),
      );
      expect(error.kind).toBe('invalid-response');
    });
  });

  describe('given hostile keys', () => {
    it.each([200, 400])(
      'given a %i with 150,000 bad failures (zod overflows its stack listing them), should still reject a TwoFactorError',
      (status) => {
        const body = JSON.stringify({ Errors: { Errors: Array.from({ length: 150_000 }, () => ({ Severity: 7 })) } });
        const error = thrown(() => read(body, status));
        expect(error.kind).toBe(status === 200 ? 'invalid-response' : 'server');
      },
      // Seconds of work on a loaded machine: the point is the error type, not the time.
      30_000,
    );

    it('given __proto__ keys at every level, should not pollute Object.prototype', () => {
      const body =
        '{"__proto__":{"polluted":true},"Hint":"Sent.","Errors":{"__proto__":{"polluted":true},"IsValid":false,' +
        '"Errors":[{"__proto__":{"isAdmin":true},"PropertyName":"Medium","ErrorMessage":"SMS was used.","Severity":1,' +
        '"FormattedMessagePlaceholderValues":{"__proto__":{"polluted":true}}}]}}';
      const result = read(body);
      expect(result.notes).toHaveLength(1);
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      expect(Object.hasOwn(Object.prototype, 'isAdmin')).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(result.notes[0])).toBe(Object.prototype);
    });

    it('given constructor and prototype keys, should ignore them', () => {
      const result = read({ constructor: { prototype: { polluted: true } }, prototype: {}, Hint: 'Sent.' });
      expect(result.hint).toBe('Sent.');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('given a 200 with members the contract does not name, message included, should resolve and ignore them', () => {
      const result = read({ Hint: 'Sent.', traceId: '00-abc-01', message: 'OK', statusCode: 200 });
      expect(result).toMatchObject({ hint: 'Sent.', notes: [] });
    });

    it('given a 200 whose informational members have odd types, should resolve: the code went out', () => {
      const result = read({
        Hint: 'Sent.',
        RequestUri: 5,
        Errors: {
          IsValid: 'yes',
          RuleSetsExecuted: 'default',
          Errors: [{ PropertyName: 'Language', ErrorMessage: 'English was used.', Severity: 1, AttemptedValue: {}, ResourceName: 7 }],
        },
      });
      expect(result.hint).toBe('Sent.');
      expect(result.notes).toStrictEqual([
        { field: 'language', propertyName: 'Language', message: 'English was used.', severity: 'warning' },
      ]);
    });

    it('given a 200 whose Hint is not text, should reject invalid-response rather than show it', () => {
      expect(thrown(() => read({ Hint: { html: '<b>x</b>' } })).kind).toBe('invalid-response');
    });

    it('given a gateway message on a failing status, should keep it as a form error', () => {
      const error = thrown(() => read({ statusCode: 401, message: 'Access denied.' }, 401));
      expect(error.formErrors).toStrictEqual(['Access denied.']);
    });

    it('given a key in any case, should read it', () => {
      expect(read({ HINT: 'Sent.' }).hint).toBe('Sent.');
    });
  });

  describe('given statuses', () => {
    it('given a 404 HTML page, should reject server', () => {
      const error = thrown(() => read('<html>Not found</html>', 404));
      expect(error.kind).toBe('server');
      expect(error.status).toBe(404);
    });

    it('given a 404 with only the gateway message, should reject server, not validation the person could fix', () => {
      const error = thrown(() => read({ statusCode: 404, message: 'Resource not found' }, 404));
      expect(error.kind).toBe('server');
      expect(error.formErrors).toStrictEqual(['Resource not found']);
    });

    it('given a 400 with ErrorMessages, should reject validation', () => {
      expect(thrown(() => read({ ErrorMessages: ['PersonId is unknown.'] }, 400)).kind).toBe('validation');
    });

    it('given a 304 with a readable body, should reject invalid-response', () => {
      expect(thrown(() => read({ Hint: 'Sent.' }, 304)).kind).toBe('invalid-response');
    });

    it('given a 500 with a contract body, should reject server and keep its messages', () => {
      const error = thrown(() => read({ ErrorMessages: ['Database down.'] }, 500));
      expect(error.kind).toBe('server');
      expect(error.formErrors).toStrictEqual(['Database down.']);
    });

    it('given Retry-After as an HTTP date and a clock, should count the seconds from that clock', () => {
      const at = 'Wed, 21 Oct 2015 07:28:00 GMT';
      const error = thrown(() => read('', 429, { retryAfter: at, now: Date.parse(at) - 90_000 }));
      expect(error.retryAfterSeconds).toBe(90);
    });

    it('given Retry-After as a past HTTP date, should wait 0 seconds', () => {
      const at = 'Wed, 21 Oct 2015 07:28:00 GMT';
      expect(thrown(() => read('', 429, { retryAfter: at, now: Date.parse(at) + 5_000 })).retryAfterSeconds).toBe(0);
    });

    it('given Retry-After that is neither seconds nor a date, should fall back to the message', () => {
      const body = { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' };
      expect(thrown(() => read(body, 429, { retryAfter: 'soon' })).retryAfterSeconds).toBe(7);
    });
  });

  describe('given the boundaries of the status', () => {
    it.each<[number, string]>([
      [200, 'invalid-response'],
      [399, 'invalid-response'],
      [400, 'server'],
      [499, 'server'],
      [500, 'server'],
      [599, 'server'],
    ])('given an HTML %i, should reject %s', (status, kind) => {
      const error = thrown(() => read('<html><body>Error</body></html>', status));
      expect(error).toMatchObject({ kind, status });
    });

    it.each<[number, string]>([
      [399, 'invalid-response'],
      [400, 'validation'],
      [499, 'validation'],
      [500, 'server'],
    ])('given ErrorMessages on a %i, should reject %s', (status, kind) => {
      expect(thrown(() => read({ ErrorMessages: ['No.'] }, status)).kind).toBe(kind);
    });

    it.each<[string, number]>([
      ['HttpStatusCode', 399],
      ['StatusCode', 399],
    ])('given a 200 whose %s is %i, should resolve', (member, code) => {
      expect(read({ Hint: 'Sent.', [member]: code }).hint).toBe('Sent.');
    });

    it.each<[string, number | string, number]>([
      ['HttpStatusCode', 400, 400],
      ['StatusCode', 400, 400],
      ['HttpStatusCode', ' 429 ', 429],
      ['HttpStatusCode', 'SERVICEUNAVAILABLE', 503],
    ])('given a 200 whose %s is %j, should fail with status %i', (member, code, status) => {
      expect(thrown(() => read({ [member]: code })).status).toBe(status);
    });

    it('given a 200 whose HttpStatusCode is a number out of range, should reject invalid-response', () => {
      expect(thrown(() => read({ HttpStatusCode: 700 })).kind).toBe('invalid-response');
    });

    it('given a 200 whose HttpStatusCode is a numeric string out of the failing range, should resolve', () => {
      expect(read({ Hint: 'Sent.', HttpStatusCode: '700' }).hint).toBe('Sent.');
      expect(read({ Hint: 'Sent.', HttpStatusCode: 'toString' }).hint).toBe('Sent.');
    });

    it('given a failing HTTP status and a body status, should keep the HTTP status', () => {
      expect(thrown(() => read({ HttpStatusCode: 'TooManyRequests' }, 500)).status).toBe(500);
    });
  });

  describe('given texts that say nothing', () => {
    it.each(['', '   '])('given a 200 with ExternalError %j, should resolve', (externalError) => {
      expect(read({ Hint: 'Sent.', ExternalError: externalError }).hint).toBe('Sent.');
    });

    it('given a 200 with blank ErrorMessages, should resolve', () => {
      expect(read({ Hint: 'Sent.', ErrorMessages: ['', ' '] }).hint).toBe('Sent.');
    });

    it('given a key in two spellings, should read the first', () => {
      expect(read({ Hint: 'first', hint: 'second', HINT: 'third' }).hint).toBe('first');
    });
  });

  describe('given many failures', () => {
    const warnings = (count: number) => ({
      Errors: { Errors: Array.from({ length: count }, (_, index) => ({ PropertyName: 'Medium', ErrorMessage: `w${index}`, Severity: 1 })) },
    });

    it('given 100 warnings on a 200, should keep them all and say nothing was left out', () => {
      const result = read(warnings(100));
      expect(result.notes).toHaveLength(100);
      expect(result).not.toHaveProperty('notesLeftOut');
    });

    it('given 101 warnings on a 200, should keep 100 and say one was left out', () => {
      const result = read(warnings(101));
      expect(result.notes.map((issue) => issue.message).at(-1)).toBe('w99');
      expect(result.notesLeftOut).toBe(1);
    });

    it('given 80,000 failures on one field, should keep 100 in linear time', () => {
      const body = {
        Errors: { Errors: Array.from({ length: 80_000 }, (_, index) => ({ PropertyName: 'Medium', ErrorMessage: `e${index}` })) },
      };
      const error = thrown(() => read(body, 400));
      expect(error.fieldErrors.medium).toHaveLength(100);
      expect(error.issuesLeftOut).toBe(79_900);
    });
  });

  describe('given what says a code may have gone out', () => {
    it.each<[string, string, number]>([
      ['an empty 204', '', 204],
      ['a 200 that breaks the contract', JSON.stringify({ Hint: 42 }), 200],
      ['an HTML 299', '<html></html>', 299],
    ])('given %s, should reject invalid-response with maybeSent', (_case, body, status) => {
      expect(thrown(() => read(body, status))).toMatchObject({ kind: 'invalid-response', maybeSent: true });
    });

    it.each<[string, string, number]>([
      ['an HTML 399', '<html></html>', 399],
      ['a readable 304', JSON.stringify({ Hint: 'x' }), 304],
      ['a 399 that breaks the contract', JSON.stringify({ Hint: 42 }), 399],
    ])('given %s, should reject invalid-response without maybeSent', (_case, body, status) => {
      expect(thrown(() => read(body, status))).toMatchObject({ kind: 'invalid-response', maybeSent: false });
    });

    it.each<[string, unknown, number, string]>([
      ['a 200 with ExternalError', { ExternalError: 'SMS gateway down.', maybeSent: true }, 200, 'external'],
      ['a 304', { MaybeSent: true }, 304, 'invalid-response'],
      ['a 200 with ErrorMessages', { MaybeSent: true, ErrorMessages: ['Hm.'] }, 200, 'validation'],
      ['a 500', { MAYBESENT: true }, 500, 'server'],
    ])('given "MaybeSent": true on %s, should reject %4$s with maybeSent', (_case, body, status, kind) => {
      expect(thrown(() => read(body, status))).toMatchObject({ kind, maybeSent: true });
    });
  });

  describe('given a wait', () => {
    it('given a 403 with Retry-After, should read the quota time of the message, not the header', () => {
      const body = { statusCode: 403, message: 'Out of call volume quota. Quota will be replenished in 00:00:09.' };
      expect(thrown(() => read(body, 403, { retryAfter: '30' })).retryAfterSeconds).toBe(9);
      expect(thrown(() => read({ statusCode: 403, message: 'Forbidden.' }, 403, { retryAfter: '30' })).retryAfterSeconds).toBeUndefined();
    });

    it('given a 503 with the wait in its message and no header, should read the message', () => {
      expect(thrown(() => read({ ErrorMessages: ['Try again in 40 seconds.'] }, 503)).retryAfterSeconds).toBe(40);
    });

    it('given an HTML 503 without Retry-After, should have no wait', () => {
      expect(thrown(() => read('<html></html>', 503)).retryAfterSeconds).toBeUndefined();
    });

    it.each([500, 502, 504, 400, 401])('given a %i with Retry-After, should not read it', (status) => {
      expect(
        thrown(() => read({ ErrorMessages: ['Try again in 40 seconds.'] }, status, { retryAfter: '30' })).retryAfterSeconds,
      ).toBeUndefined();
      expect(thrown(() => read('<html></html>', status, { retryAfter: '30' })).retryAfterSeconds).toBeUndefined();
    });
  });

  describe('given placeholders', () => {
    const withPlaceholders = (values: unknown) => ({
      Errors: { Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Note.', Severity: 1, FormattedMessagePlaceholderValues: values }] },
    });

    it('given text, a finite number, a boolean and other values, should keep only the first three, as text', () => {
      const values = { A: 'a', N: 3, F: false, Inf: '__inf__', Nan: null, O: { x: 1 }, L: [1] };
      const body = JSON.stringify(withPlaceholders(values)).replace('"__inf__"', '1e999');
      expect(read(body).notes[0]?.placeholders).toStrictEqual({ A: 'a', N: '3', F: 'false' });
    });

    it('given only values that are not text, should leave placeholders out', () => {
      expect(read(withPlaceholders({ O: {}, Nothing: null })).notes[0]).not.toHaveProperty('placeholders');
      expect(read(withPlaceholders({})).notes[0]).not.toHaveProperty('placeholders');
    });
  });

  describe('given the edges of a ValidationProblemDetails', () => {
    it('given errors whose lists mix text and numbers, should not read it as a problem', () => {
      expect(thrown(() => read({ title: 'Bad', errors: { Medium: ['Required.', 3] } }, 400)).issues).toStrictEqual([]);
    });

    it('given one key with a list and another without, should not read it as a problem', () => {
      expect(thrown(() => read({ title: 'Bad', errors: { Medium: ['Required.'], Language: 'x' } }, 400)).issues).toStrictEqual([]);
    });

    it('given errors but none of type, title, status or detail, should not read it as a problem', () => {
      expect(thrown(() => read({ errors: { Medium: ['Required.'] } }, 400)).issues).toStrictEqual([]);
    });

    it('given 60 messages on each of two keys, should keep the first 100 in order and count 20 left out', () => {
      const sixty = (prefix: string) => Array.from({ length: 60 }, (_, index) => `${prefix}${index}`);
      const error = thrown(() => read({ title: 'Bad', errors: { Medium: sixty('m'), Language: sixty('l') } }, 400));
      expect(error.issues).toHaveLength(100);
      expect(error.issues.at(-1)?.message).toBe('l39');
      expect(error.issuesLeftOut).toBe(20);
    });

    it('given a detail that is not text and no errors, should have no form error', () => {
      expect(thrown(() => read({ title: 'Bad', detail: 42 }, 400)).formErrors).toStrictEqual([]);
    });
  });

  describe('given HttpStatusCode as a string at the edges', () => {
    it.each<[string, number | undefined]>([
      ['99', undefined],
      ['100', undefined],
      ['599', 599],
      ['600', undefined],
      ['x400', undefined],
      ['400x', undefined],
    ])('given %j on a 200, should fail with %j or resolve', (code, status) => {
      if (status === undefined) expect(read({ Hint: 'Sent.', HttpStatusCode: code }).hint).toBe('Sent.');
      else expect(thrown(() => read({ HttpStatusCode: code })).status).toBe(status);
    });
  });

  describe('given a ValidationProblemDetails', () => {
    it('given a FluentValidation body with a Title member, should still read its failures', () => {
      const body = { Title: 'Send failed', Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Choose.' }] } };
      expect(thrown(() => read(body, 400)).fieldErrors).toStrictEqual({ medium: ['Choose.'] });
    });

    it('given a problem whose errors are not lists of text, should not read it as a problem', () => {
      const error = thrown(() => read({ title: 'Bad', status: 400, errors: { Medium: 'Required.' } }, 400));
      expect(error).toMatchObject({ kind: 'server', issues: [] });
    });

    it('given a problem without errors or detail, should reject by its status without a form error', () => {
      const error = thrown(() => read({ type: 'about:blank', title: 'Not Found', status: 404 }, 404));
      expect(error).toMatchObject({ kind: 'server', status: 404, formErrors: [] });
    });

    it('given a problem status on a 200, should fail with it', () => {
      const error = thrown(() => read({ title: 'Bad', status: 400, errors: { Medium: ['Required.'] } }, 200));
      expect(error).toMatchObject({ kind: 'validation', status: 400, fieldErrors: { medium: ['Required.'] } });
    });

    it('given a problem with a detail only and a 500, should reject server with the detail', () => {
      expect(thrown(() => read({ title: 'Oops', detail: 'Database down.' }, 500))).toMatchObject({
        kind: 'server',
        formErrors: ['Database down.'],
      });
    });

    it('given a problem with a non-integer status, should ignore that status', () => {
      expect(read({ title: 'Fine', status: '400' }, 200).notes).toStrictEqual([]);
    });

    it('given an errors key __proto__, should keep it as a form error and pollute nothing', () => {
      const error = thrown(() => read('{"title":"Bad","errors":{"__proto__":["Polluted?"]}}', 400));
      expect(error.formErrors).toStrictEqual(['Polluted?']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('given arbitrary answers', () => {
    const status = fc.integer({ min: 100, max: 599 });
    const retryAfter = fc.option(
      fc.oneof(
        fc.string(),
        fc.nat().map(String),
        fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      ),
      {
        nil: undefined,
      },
    );

    it('given any JSON body and any status, should return a result with issues or throw a TwoFactorError', () => {
      fc.assert(
        fc.property(fc.jsonValue(), status, retryAfter, (value, code, header) => {
          expect(outcomeOf({ status: code, body: JSON.stringify(value), retryAfter: header })).toMatch(/^(result|error)$/);
        }),
        { numRuns: 2_000 },
      );
    });

    it('given any text body and any status, should return a result with issues or throw a TwoFactorError', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), status, retryAfter, (body, code, header) => {
          expect(outcomeOf({ status: code, body, retryAfter: header })).toMatch(/^(result|error)$/);
        }),
        { numRuns: 2_000 },
      );
    });

    it('given any contract-like body in either key case and any status, should return a result with issues or throw a TwoFactorError', () => {
      fc.assert(
        fc.property(contractLikeBody, fc.boolean(), status, retryAfter, (body, camel, code, header) => {
          const text = JSON.stringify(camel ? camelCaseKeys(body) : body);
          expect(outcomeOf({ status: code, body: text, retryAfter: header })).toMatch(/^(result|error)$/);
        }),
        { numRuns: 2_000 },
      );
      // 2,000 runs take about 4.5 s alone and flaked at the 5 s default under load: the bound is generous on purpose.
    }, 30_000);

    it('given a 200 with only Warning and Info failures, should resolve with every failure in issues', () => {
      fc.assert(
        fc.property(fc.array(failure(fc.constantFrom(1, 2, 'Warning', 'Info'))), fc.boolean(), (failures, camel) => {
          const body = { Hint: 'Sent.', Errors: { IsValid: failures.length === 0, Errors: failures } };
          const result = read(camel ? camelCaseKeys(body) : body);
          expect(result.notes).toHaveLength(failures.length);
          expect(result.notes.every((issue) => issue.severity !== 'error')).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it('given a 200 with a Severity-0 failure among others, should reject validation with its message in fieldErrors or formErrors', () => {
      fc.assert(
        fc.property(
          fc.array(failure(fc.constantFrom(0, 1, 2, 'Error', 'Warning', 'Info'))),
          failure(fc.constantFrom(0, 'Error')),
          fc.nat(),
          (others, blocking, position) => {
            const failures = [...others];
            failures.splice(position % (others.length + 1), 0, blocking);
            const error = thrown(() => read({ Errors: { IsValid: false, Errors: failures } }));
            expect(error.kind).toBe('validation');
            const shown = [...Object.values(error.fieldErrors).flat(), ...error.formErrors];
            expect(shown).toContain(blocking.ErrorMessage);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});

const propertyNames = fc.oneof(
  fc.constantFrom(
    'PersonId',
    'Language',
    'ContextId',
    'TwoFactorId',
    'Medium',
    'command.Medium',
    'MEDIUM',
    'Contact.Phone',
    'Items[0]',
    '',
  ),
  fc.string(),
);

function failure(severity: fc.Arbitrary<unknown>) {
  return fc.record({
    PropertyName: propertyNames,
    ErrorMessage: fc.string(),
    AttemptedValue: fc.jsonValue(),
    Severity: severity,
    ErrorCode: fc.option(fc.string(), { nil: null }),
  });
}

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const sometimesWrong = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary }, { weight: 1, arbitrary: fc.jsonValue() });

/** Bodies close to the contract, with null and wrong-typed members mixed in, or the gateway's own error body. */
const contractLikeBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        Hint: sometimesWrong(nullable(fc.string())),
        Errors: sometimesWrong(
          nullable(
            fc.record(
              {
                IsValid: sometimesWrong(nullable(fc.boolean())),
                Errors: sometimesWrong(
                  nullable(fc.array(sometimesWrong(failure(sometimesWrong(fc.constantFrom(0, 1, 2, 'Error', 'Warning', 'Info', null)))))),
                ),
                RuleSetsExecuted: sometimesWrong(nullable(fc.array(fc.string()))),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        ErrorMessages: sometimesWrong(nullable(fc.array(fc.string()))),
        StatusCode: sometimesWrong(nullable(fc.integer({ min: -1, max: 1_000 }))),
        RequestUri: sometimesWrong(nullable(fc.webUrl())),
        ExternalError: sometimesWrong(nullable(fc.string())),
        HttpStatusCode: sometimesWrong(nullable(fc.integer({ min: 100, max: 599 }))),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ statusCode: fc.integer({ min: 100, max: 599 }), message: fc.string() }, { requiredKeys: [] }) },
);

/** The same value with every object key in camelCase, as ASP.NET Core's default naming policy writes it. */
function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key.charAt(0).toLowerCase() + key.slice(1), camelCaseKeys(member)]),
  );
}

/** The TwoFactorError the reader throws for `answer`. */
const failingRead = (answer: SendCodeAnswer) => thrown(() => readSendCodeAnswer(answer));

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
    const error = failingRead({ status, body });
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it.each([
    ['an empty body', '', 'The body is empty.'],
    ['a blank body', '  \n', 'The body is empty.'],
  ])('given a 200 with %s, should keep why as a SyntaxError cause', (_case, body, message) => {
    const error = failingRead({ status: 200, body });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect((error.cause as Error).message).toBe(message);
  });

  it('given a 200 that is not JSON, should keep the parser error as cause', () => {
    expect(failingRead({ status: 200, body: 'not json' }).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('readSendCodeAnswer: whether a code may have gone out at the edges of 2xx', () => {
  it.each<[number, string]>([
    [150, 'not json'],
    [300, 'not json'],
    [150, '{"Hint":5}'],
    [300, '{"Hint":5}'],
  ])('given a %i with %j, should not say a code may have been sent', (status, body) => {
    expect(failingRead({ status, body })).toMatchObject({ kind: 'invalid-response', maybeSent: false });
  });
});

describe('readSendCodeAnswer: failing answers whose other members are odd', () => {
  it.each([400, 500])('given a %i whose Hint is not text, should reject by its status, not invalid-response', (status) => {
    expect(failingRead({ status, body: '{"Hint":5}' })).toMatchObject({ kind: 'server', status });
  });

  it('given a 400 with only the gateway message, should keep that message as a form error', () => {
    expect(failingRead({ status: 400, body: '{"statusCode":400,"message":"Bad request body."}' }).formErrors).toStrictEqual([
      'Bad request body.',
    ]);
  });

  it('given an HTML 503 with Retry-After as an HTTP date, should count the wait from the given clock', () => {
    const now = Date.UTC(2020, 0, 1, 10, 0, 0);
    const error = failingRead({ status: 503, body: '<html>Busy</html>', retryAfter: 'Wed, 01 Jan 2020 10:01:00 GMT', now });
    expect(error.retryAfterSeconds).toBe(60);
  });
});
