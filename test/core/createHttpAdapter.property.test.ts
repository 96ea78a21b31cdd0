// @vitest-environment node
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHttpAdapter, isTwoFactorError } from '../../src/core/index.js';
import { type Loopback, loopback } from '../loopback.js';

const subscriptionKey = 'SECRET-KEY-0123456789abcdef';
const token = 'SECRET-TOKEN-fedcba9876543210';

/** One hostile answer: a final status (fetch never ends on a 1xx), headers and a body. */
interface HostileAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const headerText = fc.stringMatching(/^[ -~]{0,40}$/);
const secretText = fc.constantFrom(subscriptionKey, token, `Bearer ${token}`);

const bodies = fc.oneof(
  fc.json().map((json) => new TextEncoder().encode(json)),
  fc.string().map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 256 }),
  // The key JSON-escaped, so that only a parse reveals it.
  fc
    .constantFrom(`{"message":"\\u0053${subscriptionKey.slice(1)}"}`, `{"ErrorMessages":["\\u0053${subscriptionKey.slice(1)}"]}`)
    .map((text) => new TextEncoder().encode(text)),
  // Contract-like bodies, sometimes repeating a secret.
  fc
    .record({
      Hint: fc.option(fc.oneof(fc.string(), secretText)),
      ErrorMessages: fc.option(fc.array(fc.oneof(fc.string(), secretText), { maxLength: 3 })),
      HttpStatusCode: fc.option(
        fc.oneof(fc.integer({ min: 100, max: 999 }), fc.constantFrom('OK', 'BadRequest', 'TooManyRequests', 'teapot', '429')),
      ),
      MaybeSent: fc.option(fc.boolean()),
      Errors: fc.option(
        fc.record({
          Errors: fc.array(
            fc.record({
              PropertyName: fc.oneof(fc.constantFrom('Medium', 'command.Language', '$.PersonId', 'Other'), fc.string()),
              ErrorMessage: fc.oneof(fc.string(), secretText),
              Severity: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constantFrom('Error', 'Warning', 'Info')),
            }),
            { maxLength: 4 },
          ),
        }),
      ),
      message: fc.option(fc.oneof(fc.string(), secretText)),
    })
    .map((value) => new TextEncoder().encode(JSON.stringify(value))),
);

/** The second origin's URL, filled in once it listens. */
let elsewhere = '';

const answers: fc.Arbitrary<HostileAnswer> = fc.record({
  status: fc.integer({ min: 200, max: 999 }),
  headers: fc.record(
    {
      Location: fc.oneof(
        fc.constant('').map(() => `${elsewhere}/collect`),
        headerText,
      ),
      'Retry-After': headerText,
      'Content-Type': fc.constantFrom('application/json', 'application/problem+json', 'text/html', 'application/octet-stream'),
      'Content-Encoding': fc.constantFrom('gzip', 'br', 'identity'),
    },
    { requiredKeys: [] },
  ),
  body: bodies,
});

describe('createHttpAdapter given arbitrary answers on loopback', () => {
  it('should always resolve with a result or reject with a TwoFactorError, never contact a second origin, and never show a secret', async () => {
    let current: HostileAnswer = { status: 200, headers: {}, body: new Uint8Array() };
    const gateway: Loopback = await loopback((_received, response) => {
      try {
        response.writeHead(current.status, current.headers);
        response.end(current.body);
      } catch {
        // A status Node refuses to write: cut the connection, as a broken proxy would.
        response.destroy();
      }
    });
    const attacker = await loopback((_received, response) => response.end('{"Hint":"stolen"}'));
    elsewhere = attacker.origin;
    const adapter = createHttpAdapter({
      baseUrl: `${gateway.origin}/2fa`,
      subscriptionKey,
      headers: async () => ({ Authorization: `Bearer ${token}` }),
      timeoutMs: 5_000,
    });

    await fc.assert(
      fc.asyncProperty(answers, async (hostile) => {
        current = hostile;
        const outcome = await adapter.sendCode({ personId: '42', medium: 'sms' }).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        if ('result' in outcome) {
          expect(Array.isArray(outcome.result.notes)).toBe(true);
          expect(hostile.status).toBeGreaterThanOrEqual(200);
          expect(hostile.status).toBeLessThan(300);
        } else {
          expect(isTwoFactorError(outcome.error)).toBe(true);
          const shown = inspect(outcome.error, { depth: 10, showHidden: true });
          expect(shown).not.toContain(subscriptionKey);
          expect(shown).not.toContain(token);
        }
        expect(attacker.connections()).toBe(0);
      }),
    );
  }, 60_000);
});
