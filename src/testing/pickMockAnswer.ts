import type { MockAnswer, MockScript } from './MockAnswer.js';

/** The answer a script gives to a call: the next in its list (the last one repeats), or its function's. */
export function pickMockAnswer<Request>(script: MockScript<Request>, request: Request, callIndex: number): MockAnswer {
  if (typeof script === 'function') return script(request, callIndex);
  if (!Array.isArray(script)) return script as MockAnswer;
  return script[Math.min(callIndex, script.length - 1)] as MockAnswer;
}
