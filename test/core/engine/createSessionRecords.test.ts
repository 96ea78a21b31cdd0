// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionRecords, sessionStorageOrNone } from '../../../src/core/engine/createSessionRecords.js';

interface Entry {
  count: number;
}
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && 'count' in value;

/** A sessionStorage as the browser keeps it, whose reads and writes can be made to fail. */
function storageOf() {
  const items = new Map<string, string>();
  const failures = { reads: false, writes: false };
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem(key: string) {
      if (failures.reads) throw new Error('denied');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (failures.writes) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  } as Storage;
  return { storage, items, failures };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sessionStorageOrNone', () => {
  it('given a page with sessionStorage, should use it', () => {
    const { storage } = storageOf();
    vi.stubGlobal('sessionStorage', storage);
    expect(sessionStorageOrNone()).toBe(storage);
  });

  it('given a server render or a sandbox whose sessionStorage throws on access, should give none', () => {
    expect(sessionStorageOrNone()).toBeUndefined();
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(sessionStorageOrNone()).toBeUndefined();
    } finally {
      Reflect.deleteProperty(globalThis, 'sessionStorage');
    }
  });
});

describe('createSessionRecords', () => {
  it('given a full storage that refuses writes, should keep the record in memory for this page', () => {
    const { storage, failures } = storageOf();
    failures.writes = true;
    const records = createSessionRecords('test:', isEntry, () => storage);
    records.write('a', { count: 2 });
    expect(records.read('a')).toEqual({ count: 2 });
    expect(records.read('a')).toEqual({ count: 2 });
  });

  it('given a record cleared from storage by another script, should forget it even once storage fails', () => {
    const { storage, items, failures } = storageOf();
    const records = createSessionRecords('test:', isEntry, () => storage);
    records.write('a', { count: 2 });
    items.clear();
    expect(records.read('a')).toBeUndefined();
    failures.reads = true;
    expect(records.read('a')).toBeUndefined();
  });

  it('given storage that stops answering, should still read what this page wrote', () => {
    const { storage, failures } = storageOf();
    const records = createSessionRecords('test:', isEntry, () => storage);
    records.write('a', { count: 1 });
    failures.reads = true;
    expect(records.read('a')).toEqual({ count: 1 });
  });
});
