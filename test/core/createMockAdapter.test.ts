import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendCodeRequest } from '../../src/core/index.js';
import type { CreateMockAdapterOptions, MockAnswer } from '../../src/testing/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { rejection } from '../rejection.js';

const request: SendCodeRequest = { personId: '42', medium: 'sms' };

/** Tracks whether a promise has settled, without handling its outcome for the test. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = true;
    },
  );
  return state;
}

describe('createMockAdapter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('given verify: false', () => {
    it('should make an adapter that sends but has no verifyCode', async () => {
      const adapter = createMockAdapter({ verify: false });
      expect('verifyCode' in adapter).toBe(false);
      await expect(adapter.sendCode(request)).resolves.toMatchObject({ hint: 'A code was sent.' });
    });
  });

  describe('given a scripted timeout', () => {
    it('should say the code may have been sent, as a real timeout after the request left', async () => {
      const error = await rejection(createMockAdapter({ answers: { type: 'error', kind: 'timeout' } }).sendCode(request));
      expect(error).toMatchObject({ kind: 'timeout', maybeSent: true });
    });

    it('given maybeSent: false, should say it was not sent', async () => {
      const adapter = createMockAdapter({ answers: { type: 'error', kind: 'timeout', maybeSent: false } });
      expect(await rejection(adapter.sendCode(request))).toMatchObject({ kind: 'timeout', maybeSent: false });
    });
  });

  describe('given scripted answers', () => {
    it('given no answers, should resolve with a default hint', async () => {
      await expect(createMockAdapter().sendCode(request)).resolves.toMatchObject({ hint: 'A code was sent.', notes: [] });
    });

    it('given a list, should answer in order and repeat the last answer', async () => {
      const adapter = createMockAdapter({
        answers: [
          { type: 'sent', hint: 'First.' },
          { type: 'invalid', issues: [{ propertyName: 'Medium', message: 'Choose email or SMS.' }] },
          { type: 'sent', hint: 'Last.' },
        ],
      });
      expect((await adapter.sendCode(request)).hint).toBe('First.');
      expect((await rejection(adapter.sendCode(request))).kind).toBe('validation');
      expect((await adapter.sendCode(request)).hint).toBe('Last.');
      expect((await adapter.sendCode(request)).hint).toBe('Last.');
    });

    it('given a single answer, should give it on every call', async () => {
      const adapter = createMockAdapter({ answers: { type: 'error', kind: 'server', status: 503 } });
      for (const _ of [1, 2]) {
        const error = await rejection(adapter.sendCode(request));
        expect(error.kind).toBe('server');
        expect(error.status).toBe(503);
      }
    });

    it('given a function, should answer with what it returns for the checked request and the call index', async () => {
      const answers = vi.fn(
        (checked: SendCodeRequest, callIndex: number): MockAnswer => ({ type: 'sent', hint: `${checked.personId}#${callIndex}` }),
      );
      const adapter = createMockAdapter({ answers });
      expect((await adapter.sendCode({ personId: ' 42 ' })).hint).toBe('42#0');
      expect((await adapter.sendCode({ personId: '7' })).hint).toBe('7#1');
    });

    it('given an error answer, should reject with its kind, status, messages and wait', async () => {
      const adapter = createMockAdapter({
        answers: { type: 'error', kind: 'rate-limited', status: 429, formErrors: ['Try again in 12 seconds.'], retryAfterSeconds: 12 },
      });
      const error = await rejection(adapter.sendCode(request));
      expect(error.toJSON()).toMatchObject({
        kind: 'rate-limited',
        status: 429,
        formErrors: ['Try again in 12 seconds.'],
        retryAfterSeconds: 12,
      });
    });
  });

  describe('given scripted issues', () => {
    it('given failures named as the server names them, should map them to fields or form errors like a real answer', async () => {
      const adapter = createMockAdapter({
        answers: {
          type: 'invalid',
          issues: [
            { propertyName: 'command.Medium', message: 'Choose email or SMS.', code: 'PredicateValidator' },
            { propertyName: 'LANGUAGE', message: 'Unsupported language.' },
            { propertyName: 'Contact.Phone', message: 'No mobile number.' },
            { propertyName: 'PersonId', message: 'Check the id.', severity: 'warning' },
          ],
          formErrors: ['The person is locked.'],
        },
      });
      const error = await rejection(adapter.sendCode(request));
      expect(error.kind).toBe('validation');
      expect(error.fieldErrors).toStrictEqual({ medium: ['Choose email or SMS.'], language: ['Unsupported language.'] });
      expect(error.formErrors).toStrictEqual(['No mobile number.', 'The person is locked.']);
      expect(error.issues[0]).toStrictEqual({
        field: 'medium',
        propertyName: 'command.Medium',
        message: 'Choose email or SMS.',
        severity: 'error',
        code: 'PredicateValidator',
        placeholders: { PropertyName: 'Medium', PropertyValue: 'sms' },
      });
      expect(error.issues[2]).toStrictEqual({
        propertyName: 'Contact.Phone',
        message: 'No mobile number.',
        severity: 'error',
        placeholders: { PropertyName: 'Phone' },
      });
    });

    it('given a sent answer with warnings, should resolve with them as notes on their fields', async () => {
      const adapter = createMockAdapter({
        answers: { type: 'sent', hint: 'Sent.', notes: [{ propertyName: 'Language', message: 'English was used.', severity: 'warning' }] },
      });
      const result = await adapter.sendCode(request);
      expect(result.notes).toStrictEqual([
        {
          field: 'language',
          propertyName: 'Language',
          message: 'English was used.',
          severity: 'warning',
          placeholders: { PropertyName: 'Language' },
        },
      ]);
    });

    it('given a failure whose message names {PropertyValue}, should name the value the request sent, as FluentValidation does', async () => {
      const adapter = createMockAdapter({
        answers: { type: 'invalid', issues: [{ propertyName: 'Medium', message: "'{PropertyValue}' is not a medium we send to." }] },
      });
      const error = await rejection(adapter.sendCode({ ...request, medium: 'email' }));
      expect(error.fieldErrors).toStrictEqual({ medium: ["'email' is not a medium we send to."] });
      expect(error.issues[0]?.placeholders).toStrictEqual({ PropertyName: 'Medium', PropertyValue: 'email' });
    });
  });

  describe('given calls', () => {
    it('given calls with and without a signal, should record each request and signal in order', async () => {
      const adapter = createMockAdapter();
      const controller = new AbortController();
      await adapter.sendCode(request, { signal: controller.signal });
      await adapter.sendCode({ personId: '7' });
      expect(adapter.calls).toStrictEqual([
        { request, signal: controller.signal },
        { request: { personId: '7' }, signal: undefined },
      ]);
    });

    it('given an invalid request, should reject validation on the field', async () => {
      const adapter = createMockAdapter();
      const error = await rejection(adapter.sendCode({ personId: '  ' }));
      expect(error.kind).toBe('validation');
      expect(Object.keys(error.fieldErrors)).toStrictEqual(['personId']);
    });

    it('given medium fax, should reject validation on medium', async () => {
      const error = await rejection(createMockAdapter().sendCode({ personId: '42', medium: 'fax' as 'sms' }));
      expect(error.fieldErrors.medium).toHaveLength(1);
    });
  });

  describe('given latency', () => {
    it('given delayMs, should answer only after that time', async () => {
      vi.useFakeTimers();
      const pending = track(createMockAdapter({ delayMs: 1_000 }).sendCode(request));
      await vi.advanceTimersByTimeAsync(999);
      expect(pending.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(pending.settled).toBe(true);
      await expect(pending.promise).resolves.toMatchObject({ hint: 'A code was sent.' });
    });

    it("given an answer's own delayMs, should use it over the adapter's", async () => {
      vi.useFakeTimers();
      const adapter = createMockAdapter({ delayMs: 1_000, answers: [{ type: 'sent', delayMs: 10 }] });
      const pending = track(adapter.sendCode(request));
      await vi.advanceTimersByTimeAsync(10);
      expect(pending.settled).toBe(true);
    });

    it('given a real delay, should answer after it', async () => {
      const started = performance.now();
      await createMockAdapter({ delayMs: 30 }).sendCode(request);
      expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    });

    it('given an abort during the delay, should reject aborted with the reason as cause', async () => {
      vi.useFakeTimers();
      const controller = new AbortController();
      const pending = createMockAdapter({ delayMs: 1_000 }).sendCode(request, { signal: controller.signal });
      await vi.advanceTimersByTimeAsync(500);
      const reason = new Error('unmounted');
      controller.abort(reason);
      const error = await rejection(pending);
      expect(error.kind).toBe('aborted');
      expect(error.cause).toBe(reason);
    });

    it('given a signal already aborted, should reject aborted', async () => {
      const error = await rejection(createMockAdapter().sendCode(request, { signal: AbortSignal.abort() }));
      expect(error.kind).toBe('aborted');
    });

    it('given delayMs Infinity, should never answer until aborted', async () => {
      vi.useFakeTimers();
      const controller = new AbortController();
      const pending = track(createMockAdapter({ delayMs: Number.POSITIVE_INFINITY }).sendCode(request, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1_000);
      expect(pending.settled).toBe(false);
      controller.abort();
      expect((await rejection(pending.promise)).kind).toBe('aborted');
    });
  });

  describe('given bad options', () => {
    it.each<[string, CreateMockAdapterOptions]>([
      ['a negative delayMs', { delayMs: -1 }],
      ['a NaN delayMs', { delayMs: Number.NaN }],
      ['an empty answers array', { answers: [] }],
    ])('given %s, should throw a TypeError at creation', (_case, options) => {
      expect(() => createMockAdapter(options)).toThrow(TypeError);
    });
  });
});
