import type { TwoFactorOperation, TwoFactorOutcome } from './TwoFactorEvent.js';

/**
 * The outcome of an answer: its status, and whether it is the gateway's answer passed on
 * (`fromGateway`) or one of the handler's own.
 */
export function outcomeOf(operation: TwoFactorOperation | null, status: number, fromGateway: boolean): TwoFactorOutcome {
  if (status >= 200 && status < 300) return operation === 'verify' ? 'verified' : 'sent';
  if (status < 400 || status >= 500) return 'failed';
  if (fromGateway) return 'refused';
  return status === 429 ? 'rate-limited' : 'rejected';
}
