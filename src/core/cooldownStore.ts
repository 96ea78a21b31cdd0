interface CooldownEntry {
  /** Epoch milliseconds when sending is allowed again. */
  until: number;
  /** The cooldown's length, to catch a clock that moved backwards. */
  seconds: number;
}

const prefix = 'react-two-factor:cooldown:';
// `stored` tells whether sessionStorage took the entry: only then does its absence there mean it was cleared.
let memory: Map<string, { entry: CooldownEntry; stored: boolean }> | undefined;

// Storage can be missing (SSR), or throw on access (sandboxed iframe, Safari private mode).
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isEntry(value: unknown): value is CooldownEntry {
  const entry = value as CooldownEntry;
  return (
    typeof value === 'object' && value !== null && Number.isFinite(entry.until) && Number.isFinite(entry.seconds) && entry.seconds >= 0
  );
}

function readEntry(key: string): CooldownEntry | undefined {
  const remembered = memory?.get(key);
  try {
    const available = storage();
    if (available) {
      const stored = available.getItem(prefix + key);
      if (stored === null) {
        // Cleared from storage (a sign-out, a test): the in-memory copy goes too, unless storage never took it.
        if (remembered?.stored) memory?.delete(key);
        return remembered?.stored ? undefined : remembered?.entry;
      }
      const parsed: unknown = JSON.parse(stored);
      if (isEntry(parsed)) return parsed;
    }
  } catch {
    // Unreadable storage or a corrupt entry: the in-memory copy still holds.
  }
  return remembered?.entry;
}

function writeEntry(key: string, entry: CooldownEntry): void {
  let stored = false;
  try {
    const available = storage();
    if (available) {
      available.setItem(prefix + key, JSON.stringify(entry));
      stored = true;
    }
  } catch {
    // Quota or private mode: the cooldown lives in memory for this page only.
  }
  memory ??= new Map();
  memory.set(key, { entry, stored });
}

/**
 * The storage key of a cooldown for one person in one context. The ids are
 * hashed (FNV-1a) so that they are not readable in the browser's storage.
 */
export function cooldownKey(personId: string, contextId = ''): string {
  let hash = 0x811c9dc5;
  for (const character of `${personId}\u0000${contextId}`) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Milliseconds left in a cooldown, kept in `sessionStorage` so that it
 * survives a remount and a reload, with an in-memory fallback.
 */
export function cooldownRemainingMs(key: string, now: number = Date.now()): number {
  const entry = readEntry(key);
  if (!entry) return 0;
  const remaining = entry.until - now;
  if (remaining <= 0) return 0;
  const length = entry.seconds * 1000;
  if (remaining > length) {
    // The clock moved backwards: never wait longer than the cooldown itself.
    writeEntry(key, { until: now + length, seconds: entry.seconds });
    return length;
  }
  return remaining;
}

/** Starts a cooldown of `seconds`; returns the epoch milliseconds it ends at. */
export function startCooldown(key: string, seconds: number, now: number = Date.now()): number {
  const until = now + seconds * 1000;
  writeEntry(key, { until, seconds });
  return until;
}
