import { isLanguageTag } from '../core/contract/isLanguageTag.js';
import type { TwoFactorOperation } from './TwoFactorOperation.js';
import type { TwoFactorPerson } from './TwoFactorPerson.js';

// The contract's members a browser may choose. PersonId and ContextId are never among them.
const browserMembers: Record<TwoFactorOperation, readonly string[]> = {
  send: ['Language', 'TwoFactorId', 'Medium'],
  verify: ['TwoFactorId', 'Code'],
};

/** The body for the gateway, or the member that made the browser's body unusable. */
export type GatewayBody = { ok: true; body: Record<string, string> } | { ok: false; problem: string };

/**
 * Builds the gateway's PascalCase body from the browser's: `PersonId` and
 * `ContextId` from the person, whatever the browser sent, and only the
 * operation's other members (read in any case, as the browser adapter may
 * send camelCase from a custom `toVerifyBody`). Unknown members are dropped.
 * `Language` must be a BCP 47 tag, by the check of the browser adapter's
 * `languageTagSchema` (without zod, which the server entry does not load): else
 * it would reach the gateway's headers and logs as the browser sent it.
 */
export function toGatewayBody(browserBody: Record<string, unknown>, person: TwoFactorPerson, operation: TwoFactorOperation): GatewayBody {
  const body: Record<string, string> = { PersonId: person.personId };
  if (person.contextId !== undefined) body.ContextId = person.contextId;
  const byLowerCase = new Map<string, unknown>();
  for (const [key, value] of Object.entries(browserBody)) {
    if (!byLowerCase.has(key.toLowerCase())) byLowerCase.set(key.toLowerCase(), value);
  }
  for (const member of browserMembers[operation]) {
    const value = byLowerCase.get(member.toLowerCase());
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { ok: false, problem: `${member} must be a string.` };
    body[member] = value;
  }
  // The value is not repeated: it may be markup, a line break or kilobytes.
  if (body.Language !== undefined && !isLanguageTag(body.Language)) {
    return { ok: false, problem: 'Language must be a BCP 47 language tag, e.g. "fr-BE".' };
  }
  return { ok: true, body };
}
