import type { RecordStorage } from './RecordStorage.js';

// What a storage call answers when the storage is missing or throws, and what a read answers for a key that
// storage does not hold. Symbols, so that no stored value can be mistaken for them.
const refused = Symbol();
const cleared = Symbol();

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
  // Only the storage calls run guarded: the decisions on their answers run outside, so that a slip there shows
  // instead of being taken for a storage failure. A missing storage (a server render) is refused as one that
  // throws is (quota, private mode, a sandbox, a getter that throws).
  const withStorage = <Result>(call: (available: RecordStorage) => Result) =>
    attempt(() => {
      const available = storage();
      return available === undefined ? refused : call(available);
    }, refused);
  return {
    read(key) {
      const remembered = memory.get(key);
      const stored = withStorage((available) => {
        const item = available.getItem(prefix + key);
        return item === null ? cleared : (JSON.parse(item) as unknown);
      });
      // Unreadable storage or an entry that is not JSON: the in-memory copy still holds.
      if (stored === refused) return remembered?.value;
      if (stored === cleared) {
        // Cleared from storage (a sign-out, another script): the in-memory copy goes too, unless storage never took it.
        if (remembered?.stored) {
          memory.delete(key);
          return undefined;
        }
        return remembered?.value;
      }
      return isValid(stored) ? stored : undefined;
    },
    write(key, value) {
      // Quota or private mode: the record lives in memory for this page only.
      const answer = withStorage((available) => available.setItem(prefix + key, JSON.stringify(value)));
      memory.set(key, { value, stored: answer !== refused });
    },
    remove(key) {
      memory.delete(key);
      // Nothing to remove from an unreadable storage.
      withStorage((available) => available.removeItem(prefix + key));
    },
    clear() {
      memory.clear();
      // Nothing to clear in an unreadable storage. The keys are listed before any goes, since removing one
      // renumbers the rest.
      withStorage((available) => {
        const keys = Array.from({ length: available.length }, (_, index) => available.key(index));
        for (const key of keys) if (key?.startsWith(prefix)) available.removeItem(key);
      });
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
  return attempt(() => (globalThis as { sessionStorage?: RecordStorage }).sessionStorage ?? undefined, undefined);
}

/** What `call` returns, or `fallback` if it throws. */
function attempt<Result, Fallback>(call: () => Result, fallback: Fallback): Result | Fallback {
  try {
    return call();
  } catch {
    return fallback;
  }
}
