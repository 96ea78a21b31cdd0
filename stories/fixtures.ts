/**
 * Fixture bodies the stories need that test/fixtures/answers.ts does not hold.
 * Everything else comes from there: one place for unit, contract and story answers.
 */
import { type AnswerFixture, sentWithHint } from '../test/fixtures/answers.js';

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
