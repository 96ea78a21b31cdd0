import { inspect } from 'node:util';
import { isTwoFactorError, type TwoFactorError } from '../src/core/index.js';

/** The TwoFactorError a call rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<TwoFactorError> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if ('resolved' in outcome) throw new Error(`Expected a rejection, got ${JSON.stringify(outcome.resolved)}.`);
  if (!isTwoFactorError(outcome.rejected)) throw new Error(`Expected a TwoFactorError, got ${inspect(outcome.rejected)}.`);
  return outcome.rejected;
}
