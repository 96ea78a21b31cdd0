/**
 * The key of the person a request names, for the cooldown, the send in
 * flight and the verify lock. It is computed from the ids as the request
 * schema sends them (trimmed; a missing or blank context is none), so that
 * `" p-1"` and `"p-1"` are one person.
 *
 * The ids are hashed to 64 bits (two 32-bit lanes, mixed as cyrb53 does), so
 * that they are not readable in the browser's storage and two people on one
 * device do not share a cooldown or a lock: a collision is expected only past
 * some four billion people. It is synchronous (it runs in render), reads no
 * clock or random, and is the same across reloads. It hides an id from a
 * glance at storage, not from someone who can guess ids and hash them.
 *
 * @example
 * personKey(' p-1 ', 'portal') === personKey('p-1', 'portal'); // true
 */
export function personKey(personId: string, contextId?: string): string {
  // JSON keeps the two ids apart whatever they contain: ("ab", "") is not ("a", "b").
  const text = JSON.stringify([String(personId).trim(), String(contextId ?? '').trim()]);
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    high = Math.imul(high ^ unit, 2654435761);
    low = Math.imul(low ^ unit, 1597334677);
  }
  high = Math.imul(high ^ (high >>> 16), 2246822507);
  high ^= Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507);
  low ^= Math.imul(high ^ (high >>> 13), 3266489909);
  // Seven base-36 digits hold 32 bits: the key has one length.
  return (high >>> 0).toString(36).padStart(7, '0') + (low >>> 0).toString(36).padStart(7, '0');
}
