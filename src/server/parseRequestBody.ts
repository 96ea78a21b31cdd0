import { findRepeatedMember } from './findRepeatedMember.js';

/** The browser's body as an object, or why it is refused (`400`). */
export type ParsedRequestBody = { ok: true; body: Record<string, unknown> } | { ok: false; problem: string };

// A name is the browser's text: a long one is cut in the message.
const shown = (name: string) => (name.length > 64 ? `${name.slice(0, 64)}…` : name);

/**
 * Parses a request body that must be a JSON object whose members are each
 * named once: `{"Medium":"sms","medium":"email"}` is refused rather than read
 * one way here and another way by the next reader.
 */
export function parseRequestBody(text: string): ParsedRequestBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, problem: 'The body must be a JSON object.' };
  const repeated = findRepeatedMember(text);
  if (repeated) {
    const { first, second } = repeated;
    const spellings = first === second ? '' : ` ("${shown(first)}" and "${shown(second)}")`;
    return { ok: false, problem: `${shown(first)} is named twice${spellings}: send each member once.` };
  }
  return { ok: true, body: parsed as Record<string, unknown> };
}
