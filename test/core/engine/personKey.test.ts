// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createTwoFactorEngine } from '../../../src/core/engine/createTwoFactorEngine.js';
import { personKey } from '../../../src/core/engine/personKey.js';
import { TwoFactorError } from '../../../src/core/errors/TwoFactorError.js';

afterEach(() => {
  sessionStorage.clear();
});

describe('personKey', () => {
  it('given ids that normalise alike, should give one key; given near misses, different keys', () => {
    expect(personKey(' p-1', 'portal')).toBe(personKey('p-1', 'portal'));
    expect(personKey('p-1\t', ' portal\n')).toBe(personKey('p-1', 'portal'));
    expect(personKey('p-1', '')).toBe(personKey('p-1'));
    const nearMisses = [
      personKey('p-1'),
      personKey('p-2'),
      personKey('p-10'),
      personKey('P-1'),
      personKey('p-1', 'portal'),
      personKey('p-1', 'portal2'),
      personKey('p-1portal'),
      personKey('p-1', '-'),
      personKey('p', '-1'),
      personKey('p-1\u0000'),
    ];
    expect(new Set(nearMisses).size).toBe(nearMisses.length);
  });

  it('given 300,000 people on one device, should give each a key of its own', () => {
    // Ids from a seeded generator (mulberry32), so the run is the same each time. A 32-bit key (FNV-1a, the old
    // one) gives two of these people one key about ten times over: the birthday bound is ~77,000 people.
    let seed = 1;
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      return ((mixed ^ (mixed >>> 14)) >>> 0).toString(16);
    };
    const keys = new Set<string>();
    for (let index = 0; index < 300_000; index++) keys.add(personKey(`${next()}-${next()}`, 'portal-login'));
    expect(keys.size).toBe(300_000);
  });

  it('given any ids, should give a key of one length, the same on each call', () => {
    for (const id of ['', 'p', 'P-104522', 'x'.repeat(10_000), '\u{1F600}']) {
      expect(personKey(id)).toMatch(/^[0-9a-z]{14}$/);
      expect(personKey(id, 'c')).toBe(personKey(id, 'c'));
    }
  });

  it('given a cooldown and a wrong code stored for a person, should keep the person and context ids out of sessionStorage', async () => {
    const engine = createTwoFactorEngine();
    const request = { personId: 'P-104522', contextId: 'portal-login', code: '000000' };
    await engine.send(request, async () => ({ notes: [], raw: {} }), { cooldownSeconds: 30 });
    const wrongCode = new TwoFactorError('validation', {
      status: 400,
      issues: [{ field: 'code', propertyName: 'Code', message: 'The code is not correct.', severity: 'error' }],
    });
    await expect(
      engine.verify(
        request,
        async () => {
          throw wrongCode;
        },
        { maxAttempts: 5 },
      ),
    ).rejects.toBe(wrongCode);
    expect(engine.getSnapshot(personKey('P-104522', 'portal-login'))).toMatchObject({ failedAttempts: 1 });
    const stored = Object.keys(sessionStorage).map((name) => `${name}=${sessionStorage.getItem(name)}`);
    expect(stored).toHaveLength(2);
    for (const entry of stored) {
      expect(entry).not.toContain('104522');
      expect(entry).not.toContain('portal-login');
    }
  });
});
