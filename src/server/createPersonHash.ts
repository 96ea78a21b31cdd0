import type { TwoFactorPerson } from './TwoFactorPerson.js';

/** Computes a person's keyed hash: the limiters' key and an event's `personHash`. */
export type PersonHasher = (person: TwoFactorPerson) => Promise<string>;

// Web Crypto's key type, named the same way with or without the DOM library.
type HmacKey = Parameters<typeof globalThis.crypto.subtle.sign>[1];

async function hmacKey(secret: string | undefined): Promise<HmacKey> {
  const { subtle } = globalThis.crypto;
  if (secret === undefined) return subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();
  const base = await subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    // The info keeps this HMAC key apart from any other use of the same secret (the subscription key is one).
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode('react-two-factor person hash v1') },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/**
 * The server's keyed hash of a person (HMAC-SHA-256 through Web Crypto over `personId` and
 * `contextId`), so that no store or log holds a PersonId and a guessable id cannot be recovered
 * from a key. Unlike core's `personKey` (a plain hash for the browser's storage), it needs the
 * secret. The key is derived from `secret` (the handler's `personHashSecret`, else its subscription
 * key, which every instance shares); without one it is a random key of this process, made on the
 * first call (never at import), which serves a memory limiter but not a shared store.
 */
export function createPersonHash(secret: string | undefined): PersonHasher {
  let key: Promise<HmacKey> | undefined;
  return async ({ personId, contextId }) => {
    key ??= hmacKey(secret);
    // JSON keeps the two ids apart whatever they contain: ("ab", "") is not ("a", "b").
    const text = JSON.stringify([personId.trim(), (contextId ?? '').trim()]);
    const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(text)));
    let hex = '';
    for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
    return hex;
  };
}
