import type { MockAnswer, MockScript, MockVerifyAnswer } from './MockAnswer.js';

/** Which script an answer comes from: the send script (`answers`) or the verify one (`verifyAnswers`). */
export type MockScriptName = 'answers' | 'verifyAnswers';

// Each operation's word for success, and the other's, which its script must not use.
const success = { answers: 'sent', verifyAnswers: 'verified' } as const;
const misused = { answers: 'verified', verifyAnswers: 'sent' } as const;

/**
 * The answer a script gives to a call: the next in its list (the last one repeats), or its function's.
 * @throws {TypeError} naming the right word when the answer is the other operation's success (a JavaScript caller's slip).
 */
export function pickMockAnswer<Request>(
  script: MockScript<Request, MockAnswer | MockVerifyAnswer>,
  request: Request,
  callIndex: number,
  name: MockScriptName,
  owner: string,
): MockAnswer | MockVerifyAnswer {
  const answer =
    typeof script === 'function'
      ? script(request, callIndex)
      : Array.isArray(script)
        ? script[Math.min(callIndex, script.length - 1)]
        : script;
  const type = (answer as { type?: unknown } | undefined)?.type;
  if (type === misused[name]) {
    const operation = name === 'answers' ? 'a send that succeeds' : 'a code that is right';
    throw new TypeError(`${owner}: ${name} answered { type: '${type}' }; ${operation} is { type: '${success[name]}' }.`);
  }
  return answer as MockAnswer | MockVerifyAnswer;
}
