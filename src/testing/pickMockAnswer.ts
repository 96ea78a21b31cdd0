import type { MockAnswer, MockScript, MockVerifyAnswer } from './MockAnswer.js';

/** Which script an answer comes from: the send script (`answers`) or the verify one (`verifyAnswers`). */
export type MockScriptName = 'answers' | 'verifyAnswers';

// Each script's word for success, the other script's (which it must not use), and what the word means.
const words = {
  answers: { success: 'sent', misused: 'verified', meaning: 'a send that succeeds' },
  verifyAnswers: { success: 'verified', misused: 'sent', meaning: 'a code that is right' },
} as const;

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
  const { success, misused, meaning } = words[name];
  if (type === misused) {
    throw new TypeError(`${owner}: ${name} answered { type: '${type}' }; ${meaning} is { type: '${success}' }.`);
  }
  return answer as MockAnswer | MockVerifyAnswer;
}
