/**
 * The key of the person a request names, for the cooldown, the send in
 * flight and the verify lock. It is computed from the ids as the request
 * schema sends them (trimmed; a missing or blank context is none), so that
 * `" p-1"` and `"p-1"` are one person. The ids are hashed (FNV-1a) so that
 * they are not readable in the browser's storage.
 *
 * @example
 * personKey(' p-1 ', 'portal') === personKey('p-1', 'portal'); // true
 */
export function personKey(personId: string, contextId?: string): string {
  let hash = 0x811c9dc5;
  for (const character of `${String(personId).trim()}\u0000${String(contextId ?? '').trim()}`) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
