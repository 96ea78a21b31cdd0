import type { RecordStorage } from './RecordStorage.js';

/**
 * Keeps records under `prefix` in storage so that they survive a reload. A
 * corrupt or foreign entry (`isValid` false) reads as none; when storage
 * refuses a write, the record lives in memory for this page.
 */
export function createSessionRecords<Value>(
  prefix: string,
  isValid: (value: unknown) => value is Value,
  storage: () => RecordStorage | undefined = sessionStorageOrNone,
): SessionRecords<Value> {
  // `stored` tells whether storage took the record: only then does its absence there mean it was cleared.
  const memory = new Map<string, { value: Value; stored: boolean }>();
  return {
    read(key) {
      const remembered = memory.get(key);
      try {
        const available = storage();
        if (available) {
          const stored = available.getItem(prefix + key);
          if (stored === null) {
            // Cleared from storage (a sign-out, another script): the in-memory copy goes too, unless storage never took it.
            if (remembered?.stored) memory.delete(key);
            return remembered?.stored ? undefined : remembered?.value;
          }
          const parsed: unknown = JSON.parse(stored);
          return isValid(parsed) ? parsed : undefined;
        }
      } catch {
        // Unreadable storage or an entry that is not JSON: the in-memory copy still holds.
      }
      return remembered?.value;
    },
    write(key, value) {
      let stored = false;
      try {
        const available = storage();
        if (available) {
          available.setItem(prefix + key, JSON.stringify(value));
          stored = true;
        }
      } catch {
        // Quota or private mode: the record lives in memory for this page only.
      }
      memory.set(key, { value, stored });
    },
    remove(key) {
      memory.delete(key);
      try {
        storage()?.removeItem(prefix + key);
      } catch {
        // Nothing to remove from an unreadable storage.
      }
    },
    clear() {
      memory.clear();
      try {
        const available = storage();
        if (!available) return;
        const keys: string[] = [];
        for (let index = 0; index < available.length; index++) {
          const key = available.key(index);
          if (key?.startsWith(prefix)) keys.push(key);
        }
        for (const key of keys) available.removeItem(key);
      } catch {
        // Nothing to clear in an unreadable storage.
      }
    },
  };
}

/** Records of one kind in `sessionStorage`, with an in-memory fallback. */
export interface SessionRecords<Value> {
  read(key: string): Value | undefined;
  write(key: string, value: Value): void;
  remove(key: string): void;
  /** Removes every record of this kind, stored and in memory. */
  clear(): void;
}

/** The page's `sessionStorage`, or `undefined` where there is none (SSR) or it throws on access (sandboxed iframe, Safari private mode). */
export function sessionStorageOrNone(): RecordStorage | undefined {
  try {
    return (globalThis as { sessionStorage?: RecordStorage }).sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
