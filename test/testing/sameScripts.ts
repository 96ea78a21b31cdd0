/**
 * Scripts that every stand-in answers alike: the mock adapter in process, and the fake gateway over
 * HTTP (MSW or `node:http`) read by the real HTTP adapter. Each test file runs them through its own.
 */
import { isTwoFactorError, type TwoFactorAdapter } from '../../src/core/index.js';
import type { MockAnswer } from '../../src/testing/index.js';

export const sameScripts: { name: string; answer: MockAnswer }[] = [
  { name: 'sent with a hint', answer: { type: 'sent', hint: 'A code was sent to +32 *** ** 12.' } },
  {
    name: 'sent with a warning note',
    answer: { type: 'sent', hint: 'Sent.', notes: [{ propertyName: 'Language', message: 'English was used.', severity: 'warning' }] },
  },
  {
    name: 'a validation error naming the medium sent',
    answer: {
      type: 'invalid',
      issues: [{ propertyName: 'command.Medium', message: "'{PropertyValue}' is not a medium we send to.", code: 'PredicateValidator' }],
      formErrors: ['The person is locked.'],
    },
  },
  { name: '429 with Retry-After', answer: { type: 'error', kind: 'rate-limited', retryAfterSeconds: 12 } },
  { name: 'a 503', answer: { type: 'error', kind: 'server', status: 503, formErrors: ['Down for maintenance.'] } },
  { name: 'a 401', answer: { type: 'error', kind: 'unauthorized' } },
  { name: 'a quota 403', answer: { type: 'error', kind: 'forbidden', formErrors: ['Out of call volume quota.'] } },
  { name: 'an external failure', answer: { type: 'error', kind: 'external', formErrors: ['The SMS provider failed.'] } },
  { name: 'a raw HTML 502', answer: { type: 'http', answer: { status: 502, body: '<h1>Bad gateway</h1>' } } },
];

/** What a person or a host can notice of a send: the result's hint and notes, or the error's kind, texts and wait. */
export async function outcomeOf(adapter: TwoFactorAdapter): Promise<unknown> {
  try {
    const { hint, notes } = await adapter.sendCode({ personId: '42', medium: 'email', language: 'fr-BE' });
    return { hint, notes };
  } catch (error) {
    if (!isTwoFactorError(error)) throw error;
    const { kind, status, fieldErrors, formErrors, retryAfterSeconds, issues } = error;
    return { kind, status, fieldErrors, formErrors, retryAfterSeconds, issues };
  }
}
