import type { SendCodeRequest } from '../core/contract/SendCodeRequest.js';
import type { VerifyCodeRequest } from '../core/contract/VerifyCodeRequest.js';
import type { MockScript } from './MockAnswer.js';

/** How a fake gateway answers: the scripts of `createMockAdapter`, answered over HTTP. */
export interface FakeGatewayOptions {
  /** Answers to sends in call order (the last one repeats), or a function of the request and the call index; a send that went through is `{ type: 'sent' }`. @default { type: 'sent', hint: 'A code was sent.' } */
  answers?: MockScript<SendCodeRequest> | undefined;
  /** Answers to verifies, like `answers`; a right code is `{ type: 'verified' }`. @default { type: 'verified' } (every code is right) */
  verifyAnswers?: MockScript<VerifyCodeRequest> | undefined;
  /** Default latency of every answer, in milliseconds; `Infinity` never answers. @default 0 */
  delayMs?: number | undefined;
  /** The send path, answered wherever a request's path ends with it. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  sendPath?: string | undefined;
  /** The verify path, e.g. `/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode`; the contract documents none. @default undefined (no verify operation) */
  verifyPath?: string | undefined;
}
