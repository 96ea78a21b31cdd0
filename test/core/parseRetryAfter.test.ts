import { describe, expect, it } from 'vitest';
import { clampWaitSeconds, maxWaitSeconds } from '../../src/core/errors/clampWaitSeconds.js';
import { parseRetryAfter } from '../../src/core/http/parseRetryAfter.js';

const now = Date.UTC(2026, 11, 1, 10, 0, 0);

describe('parseRetryAfter', () => {
  describe('given a Retry-After header', () => {
    it.each([
      ['12', 12],
      [' 12 ', 12],
      ['0', 0],
      ['007', 7],
    ])('given delta-seconds %j, should wait %i seconds', (header, seconds) => {
      expect(parseRetryAfter(header, 'Try again in 99 seconds.', now)).toBe(seconds);
    });

    it.each([
      ['an IMF-fixdate', 'Tue, 01 Dec 2026 10:01:30 GMT', 90],
      ['an RFC 850 date', 'Tuesday, 01-Dec-26 10:01:30 GMT', 90],
      ['an asctime date with a one-digit day', 'Tue Dec  1 10:01:30 2026', 90],
      ['an asctime date with a two-digit day', 'Fri Dec 11 10:00:00 2026', 10 * 86_400],
      ['a date in the past', 'Mon, 30 Nov 2026 10:00:00 GMT', 0],
      ['a date a fraction of a second ahead', 'Tue, 01 Dec 2026 10:00:01 GMT', 1],
    ])('given %s, should wait the seconds until then', (_case, header, seconds) => {
      expect(parseRetryAfter(header, undefined, now)).toBe(seconds);
    });

    it.each(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((name, index) => [name, index]))(
      'given an HTTP-date in %s, should read that month',
      (name, index) => {
        const at = Date.UTC(2027, index as number, 9, 8, 7, 6);
        expect(parseRetryAfter(`Sat, 09 ${name} 2027 08:07:06 GMT`, undefined, at - 5_000)).toBe(5);
      },
    );

    it('given an RFC 850 year more than 50 years ahead, should read it in the past century', () => {
      expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', undefined, now)).toBe(0);
      expect(parseRetryAfter('Wednesday, 01-Dec-77 10:00:00 GMT', undefined, now)).toBe(0);
      expect(parseRetryAfter('Tuesday, 01-Dec-76 10:00:00 GMT', undefined, now)).toBe(maxWaitSeconds);
    });

    it.each([
      '-5',
      '+12',
      '12.5',
      '12, 12',
      '1e3',
      'soon',
      'Tue, 01 Dec 2026 10:01:30',
      'Tue, 31 Feb 2026 10:00:00 GMT',
      'Tue, 01 Dec 2026 25:00:00 GMT',
      'Tue, 01 Dec 2026 10:60:00 GMT',
      'Tue, 01 Dec 2026 10:00:60 GMT',
      '2026-12-01T10:01:30Z',
      'x Tue, 01 Dec 2026 10:01:30 GMT',
    ])('given %j, which is neither delta-seconds nor a strict HTTP-date, should fall back to the message', (header) => {
      expect(parseRetryAfter(header, 'Try again in 7 seconds.', now)).toBe(7);
    });

    it('given a blank header, should fall back to the message', () => {
      expect(parseRetryAfter('  ', 'Try again in 7 seconds.', now)).toBe(7);
    });

    it('given a huge delta, should clamp it to 31 days', () => {
      expect(parseRetryAfter('9'.repeat(400), undefined, now)).toBe(maxWaitSeconds);
      expect(parseRetryAfter(String(maxWaitSeconds + 1), undefined, now)).toBe(maxWaitSeconds);
      expect(parseRetryAfter(String(maxWaitSeconds), undefined, now)).toBe(maxWaitSeconds);
    });

    it('given a date years ahead, should clamp it to 31 days', () => {
      expect(parseRetryAfter('Fri, 01 Dec 2100 10:00:00 GMT', undefined, now)).toBe(maxWaitSeconds);
    });
  });

  describe('given only a message', () => {
    it.each([
      ['Try again in 12 seconds.', 12],
      ['Try again in 1 second.', 1],
      ['Retry in 30s', 30],
      ['Retry in 30 secs', 30],
      ['Retry in 5 sec', 5],
      ['RETRY IN 8 SECONDS', 8],
      ['Quota will be replenished in 00:04:59.', 299],
      ['Quota will be replenished in 22.14:18:12.', ((22 * 24 + 14) * 60 + 18) * 60 + 12],
      ['Quota will be replenished in 1:00:00.', 3600],
    ])('given %j, should wait %i seconds', (message, seconds) => {
      expect(parseRetryAfter(undefined, message, now)).toBe(seconds);
    });

    it('given a time span and seconds, should prefer the time span', () => {
      expect(parseRetryAfter(null, 'Wait 5 seconds; replenished in 00:01:00.', now)).toBe(60);
    });

    it.each(['', 'Rate limit is exceeded.', 'Try again in 30 minutes', 'Try again in 12sec0nds', 'at 10:00'])(
      'given %j without seconds, should have no wait',
      (message) => {
        expect(parseRetryAfter(undefined, message, now)).toBeUndefined();
      },
    );

    it('given a time span of billions of days, should clamp it to 31 days', () => {
      expect(parseRetryAfter(undefined, 'replenished in 99999999999.23:59:59', now)).toBe(maxWaitSeconds);
      expect(parseRetryAfter(undefined, `Try again in ${'9'.repeat(320)} seconds`, now)).toBe(maxWaitSeconds);
    });
  });
});

describe('clampWaitSeconds', () => {
  it.each<[unknown, number | undefined]>([
    [12, 12],
    [12.2, 13],
    [-5, 0],
    [0, 0],
    [Number.POSITIVE_INFINITY, maxWaitSeconds],
    [1e297, maxWaitSeconds],
    [Number.NEGATIVE_INFINITY, 0],
    [Number.NaN, undefined],
    ['12', undefined],
    [undefined, undefined],
  ])('given %j, should give %j', (value, expected) => {
    expect(clampWaitSeconds(value)).toBe(expected);
  });

  it('should allow 31 days and no more', () => {
    expect(maxWaitSeconds).toBe(31 * 24 * 60 * 60);
  });
});
