// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SendCodeResult } from '../../../src/core/contract/SendCodeResult.js';
import { createTwoFactorEngine } from '../../../src/core/engine/createTwoFactorEngine.js';
import { personKey } from '../../../src/core/engine/personKey.js';
import type { TwoFactorEngine } from '../../../src/core/engine/TwoFactorEngine.js';
import { maxWaitSeconds } from '../../../src/core/errors/clampWaitSeconds.js';
import { TwoFactorError, toTwoFactorError } from '../../../src/core/errors/TwoFactorError.js';

/** A Storage in memory, as sessionStorage behaves. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const t0 = Date.UTC(2030, 0, 1, 12);
const sent: SendCodeResult = { notes: [], raw: {} };
const person = { personId: 'p-1', contextId: 'portal' };
const key = personKey('p-1', 'portal');

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

let storage: MemoryStorage;
let engine: TwoFactorEngine;

beforeEach(() => {
  vi.useFakeTimers({ now: t0 });
  storage = new MemoryStorage();
  engine = createTwoFactorEngine({ storage: () => storage });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A send that resolves at once. */
const sendOnce = (target: TwoFactorEngine = engine, cooldownSeconds = 30) =>
  target.send({ ...person, medium: 'sms' }, async () => sent, { cooldownSeconds });

describe('personKey', () => {
  it('given ids with surrounding spaces, should key them as the request sends them (trimmed)', () => {
    expect(personKey(' p-1 ', ' portal ')).toBe(key);
    expect(personKey('p-1')).toBe(personKey('p-1', '   '));
  });

  it('given another person or another context, should give another key', () => {
    expect(personKey('p-2', 'portal')).not.toBe(key);
    expect(personKey('p-1', 'other')).not.toBe(key);
    // The separator keeps "ab"+"" apart from "a"+"b".
    expect(personKey('ab')).not.toBe(personKey('a', 'b'));
  });
});

describe('TwoFactorEngine: single flight', () => {
  it('given two sends for the same person and choice, should call the adapter once and give both the result', async () => {
    const answer = deferred<SendCodeResult>();
    const call = vi.fn(() => answer.promise);
    const first = engine.send({ ...person, medium: 'sms', language: 'fr' }, call, { cooldownSeconds: 30 });
    const second = engine.send({ personId: ' p-1', contextId: 'portal ', medium: 'sms', language: 'fr' }, call, { cooldownSeconds: 30 });
    expect(engine.getSnapshot(key).sending).toEqual({ medium: 'sms', language: 'fr', twoFactorId: undefined });
    answer.resolve(sent);
    await expect(first).resolves.toBe(sent);
    await expect(second).resolves.toBe(sent);
    expect(call).toHaveBeenCalledTimes(1);
    expect(engine.getSnapshot(key).sending).toBeUndefined();
  });

  it('given a send in flight, should refuse another medium or language visibly, without calling the adapter', async () => {
    const answer = deferred<SendCodeResult>();
    const call = vi.fn(() => answer.promise);
    const first = engine.send({ ...person, medium: 'sms', language: 'fr' }, call, { cooldownSeconds: 30 });
    for (const other of [
      { medium: 'email', language: 'fr' },
      { medium: 'sms', language: 'nl' },
    ] as const) {
      expect(engine.refusal({ ...person, ...other })).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: undefined });
      await expect(engine.send({ ...person, ...other }, call, { cooldownSeconds: 30 })).rejects.toMatchObject({
        kind: 'rate-limited',
        message: expect.stringContaining('being sent'),
      });
    }
    expect(engine.refusal({ ...person, medium: 'sms', language: 'fr' })).toBeUndefined();
    answer.resolve(sent);
    await first;
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('given sends for two people, should send both', async () => {
    const call = vi.fn(async () => sent);
    await Promise.all([
      engine.send({ personId: 'a' }, call, { cooldownSeconds: 30 }),
      engine.send({ personId: 'b' }, call, { cooldownSeconds: 30 }),
    ]);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('given an adapter that throws a plain Error, should reject with kind unknown and the original as cause', async () => {
    const original = new Error('host bug');
    const rejected = engine.send(person, async () => Promise.reject(original), { cooldownSeconds: 30 });
    await expect(rejected).rejects.toBeInstanceOf(TwoFactorError);
    await expect(rejected).rejects.toMatchObject({ kind: 'unknown', cause: original });
    // Thrown synchronously, or a string: the same.
    await expect(
      engine.send(
        person,
        () => {
          throw 'oops';
        },
        { cooldownSeconds: 30 },
      ),
    ).rejects.toMatchObject({ kind: 'unknown', cause: 'oops' });
    expect(engine.getSnapshot(key).cooldownUntil).toBeUndefined();
  });

  it('given a TwoFactorError, should pass it through unchanged', () => {
    const error = new TwoFactorError('server', { status: 502 });
    expect(toTwoFactorError(error)).toBe(error);
  });

  it('given a host error merely named TwoFactorError, should wrap it as unknown with it as cause', () => {
    const foreign = Object.assign(new Error('boom'), { name: 'TwoFactorError', kind: 'server' });
    const wrapped = toTwoFactorError(foreign);
    expect(wrapped).toMatchObject({ kind: 'unknown', cause: foreign, fieldErrors: {} });
  });

  it('given every participant left, should abort the send; given one stays, should not', async () => {
    const signals: AbortSignal[] = [];
    const call = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<SendCodeResult>((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new TwoFactorError('aborted')), { once: true }),
      );
    };
    const one = {};
    const two = {};
    const first = engine.send(person, call, { cooldownSeconds: 30, participant: one });
    const second = engine.send(person, call, { cooldownSeconds: 30, participant: two });
    engine.leave(one);
    expect(signals[0]?.aborted).toBe(false);
    engine.leave(two);
    expect(signals[0]?.aborted).toBe(true);
    await expect(first).rejects.toMatchObject({ kind: 'aborted' });
    await expect(second).rejects.toMatchObject({ kind: 'aborted' });
    // An aborted send starts no cooldown: the next intent may go out.
    expect(engine.refusal(person)).toBeUndefined();
  });

  it('given a caller without a participant joined, should not abort the send when the participant that started it leaves', async () => {
    const answer = deferred<SendCodeResult>();
    let signal: AbortSignal | undefined;
    const call = vi.fn((given: AbortSignal) => {
      signal = given;
      return answer.promise;
    });
    const one = {};
    const started = engine.send(person, call, { cooldownSeconds: 30, participant: one });
    const joined = engine.send(person, call, { cooldownSeconds: 30 });
    engine.leave(one);
    expect(signal?.aborted).toBe(false);
    expect(engine.getSnapshot(key).sending).toBeDefined();
    answer.resolve(sent);
    await expect(joined).resolves.toBe(sent);
    await expect(started).resolves.toBe(sent);
    expect(call).toHaveBeenCalledTimes(1);
    expect(engine.refusal(person)).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30 });
  });

  it('given a send started without a participant, should not abort it when a participant that joined leaves', async () => {
    const answer = deferred<SendCodeResult>();
    let signal: AbortSignal | undefined;
    const started = engine.send(
      person,
      (given) => {
        signal = given;
        return answer.promise;
      },
      { cooldownSeconds: 30 },
    );
    const one = {};
    const joined = engine.send(person, () => answer.promise, { cooldownSeconds: 30, participant: one });
    engine.leave(one);
    expect(signal?.aborted).toBe(false);
    answer.resolve(sent);
    await expect(Promise.all([started, joined])).resolves.toStrictEqual([sent, sent]);
  });

  it('given a verify joined by a caller without a participant, should not abort it when the participant that started it leaves', async () => {
    const answer = deferred<SendCodeResult>();
    let signal: AbortSignal | undefined;
    const request = { ...person, code: '123456' };
    const one = {};
    const started = engine.verify(
      request,
      (given) => {
        signal = given;
        return answer.promise;
      },
      { maxAttempts: 5, participant: one },
    );
    const joined = engine.verify(request, () => answer.promise, { maxAttempts: 5 });
    engine.leave(one);
    expect(signal?.aborted).toBe(false);
    expect(engine.getSnapshot(key).verifying).toBe(true);
    answer.resolve(sent);
    await expect(Promise.all([started, joined])).resolves.toStrictEqual([sent, sent]);
  });
});

describe('TwoFactorEngine: cooldown', () => {
  it('given a success, should start the cooldown, refuse a send during it, and allow one after it', async () => {
    await sendOnce();
    expect(engine.getSnapshot(key).cooldownUntil).toBe(t0 + 30_000);
    const call = vi.fn(async () => sent);
    await expect(engine.send(person, call, { cooldownSeconds: 30 })).rejects.toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30 });
    vi.setSystemTime(t0 + 29_001);
    expect(engine.refusal(person)).toMatchObject({ retryAfterSeconds: 1 });
    vi.setSystemTime(t0 + 30_000);
    expect(engine.refusal(person)).toBeUndefined();
    await engine.send(person, call, { cooldownSeconds: 30 });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a timeout that may have sent', new TwoFactorError('timeout', { maybeSent: true }), 30],
    ['an unreadable 2xx', new TwoFactorError('invalid-response', { status: 200, maybeSent: true }), 30],
    ['a rate limit shorter than the cooldown', new TwoFactorError('rate-limited', { retryAfterSeconds: 5 }), 30],
    ['a rate limit longer than the cooldown', new TwoFactorError('rate-limited', { retryAfterSeconds: 120 }), 120],
    // No code went out: the button waits what the server asked, not the cooldown after a sent code.
    ['a 503 with Retry-After', new TwoFactorError('server', { status: 503, retryAfterSeconds: 12 }), 12],
  ])('given %s, should start a cooldown of the wait the button enforces', async (_name, error, seconds) => {
    await expect(engine.send(person, () => Promise.reject(error), { cooldownSeconds: 30 })).rejects.toBe(error);
    expect(engine.getSnapshot(key).cooldownUntil).toBe(t0 + seconds * 1000);
  });

  it.each([
    ['a timeout that did not send', new TwoFactorError('timeout')],
    ['a network failure', new TwoFactorError('network')],
    ['a validation failure', new TwoFactorError('validation', { status: 400 })],
    ['a server error', new TwoFactorError('server', { status: 500 })],
    ['an abort', new TwoFactorError('aborted')],
    // The quota's wait is shown with the error; the send button does not hold for it.
    ['a quota refusal with its replenish time', new TwoFactorError('forbidden', { status: 403, retryAfterSeconds: 3_600 })],
  ])('given %s, should start no cooldown', async (_name, error) => {
    await expect(engine.send(person, () => Promise.reject(error), { cooldownSeconds: 30 })).rejects.toBe(error);
    expect(engine.getSnapshot(key).cooldownUntil).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('given a reload halfway through, should resume the cooldown where it was, not restart it', async () => {
    await sendOnce();
    vi.setSystemTime(t0 + 12_000);
    const reloaded = createTwoFactorEngine({ storage: () => storage });
    expect(reloaded.getSnapshot(key).cooldownUntil).toBeUndefined();
    const unsubscribe = reloaded.subscribe(key, () => {});
    expect(reloaded.getSnapshot(key).cooldownUntil).toBe(t0 + 30_000);
    expect(reloaded.getCooldownRemaining(key)).toBe(18);
    unsubscribe();
  });

  it('given the stored entry, should not hold the person id in readable form', async () => {
    await sendOnce();
    const stored = JSON.stringify([...storage.items]);
    expect(stored).not.toContain('p-1');
    expect(stored).not.toContain('portal');
  });

  it.each([
    ['not JSON', '{'],
    ['a string', '"soon"'],
    ['no until', '{"seconds":30}'],
    ['a non-numeric until', '{"until":"later","seconds":30}'],
    ['a null length', '{"until":1e20,"seconds":null}'],
    ['a zero length', `{"until":${t0 + 10_000},"seconds":0}`],
    ['a negative length', `{"until":${t0 + 10_000},"seconds":-5}`],
  ])('given a corrupt entry (%s), should ignore it: no cooldown, no NaN', (_name, value) => {
    storage.setItem(`react-two-factor:cooldown:${key}`, value);
    const unsubscribe = engine.subscribe(key, () => {});
    expect(engine.getSnapshot(key).cooldownUntil).toBeUndefined();
    expect(engine.getCooldownRemaining(key)).toBe(0);
    expect(engine.refusal(person)).toBeUndefined();
    unsubscribe();
  });

  it('given a tampered entry of a year, should clamp its wait to 31 days', () => {
    storage.setItem(`react-two-factor:cooldown:${key}`, JSON.stringify({ until: t0 + 365 * 86_400_000, seconds: 365 * 86_400 }));
    const unsubscribe = engine.subscribe(key, () => {});
    expect(engine.getCooldownRemaining(key)).toBe(maxWaitSeconds);
    unsubscribe();
  });

  it('given the clock moved backwards an hour, should never wait longer than the cooldown itself', async () => {
    await sendOnce();
    vi.setSystemTime(t0 - 3_600_000);
    expect(engine.refusal(person)).toMatchObject({ retryAfterSeconds: 30 });
    expect(engine.getSnapshot(key).cooldownUntil).toBe(t0 - 3_600_000 + 30_000);
    vi.setSystemTime(t0 - 3_600_000 + 30_000);
    expect(engine.refusal(person)).toBeUndefined();
  });

  it('given a cooldown, should notify every subscriber at once and count down each second', async () => {
    const listeners = [vi.fn(), vi.fn(), vi.fn()];
    const unsubscribes = listeners.map((listener) => engine.subscribe(key, listener));
    const ticks: number[] = [];
    const unsubscribeSeconds = engine.subscribeCooldownRemaining(key, () => ticks.push(engine.getCooldownRemaining(key)));
    await sendOnce(engine, 3);
    for (const listener of listeners) expect(listener).toHaveBeenCalled();
    expect(engine.getCooldownRemaining(key)).toBe(3);
    for (const listener of listeners) listener.mockClear();
    vi.advanceTimersByTime(1000);
    expect(engine.getCooldownRemaining(key)).toBe(2);
    // A tick is news for the countdown only.
    for (const listener of listeners) expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(ticks).toEqual([3, 2, 1, 0]);
    expect(engine.getSnapshot(key).cooldownUntil).toBeUndefined();
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(1);
    for (const unsubscribe of unsubscribes) unsubscribe();
    unsubscribeSeconds();
  });

  it('given a snapshot read, should read no clock and return the same object until it changes', async () => {
    const unsubscribe = engine.subscribe(key, () => {});
    await sendOnce();
    const now = vi.spyOn(Date, 'now');
    const snapshot = engine.getSnapshot(key);
    expect(engine.getSnapshot(key)).toBe(snapshot);
    engine.getCooldownRemaining(key);
    expect(now).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('given a wait of 31 days, should re-arm rather than set one timer past the timer limit', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const unsubscribe = engine.subscribe(key, () => {});
    engine.startCooldown(key, maxWaitSeconds);
    for (const [, delay] of setTimeoutSpy.mock.calls) expect(delay).toBeLessThanOrEqual(2_147_483_647);
    vi.advanceTimersByTime(2_147_483_647);
    expect(engine.getSnapshot(key).cooldownUntil).toBe(t0 + maxWaitSeconds * 1000);
    vi.advanceTimersByTime(maxWaitSeconds * 1000 - 2_147_483_647);
    expect(engine.getSnapshot(key).cooldownUntil).toBeUndefined();
    unsubscribe();
  });

  it('given a storage that throws, should keep the cooldown in memory', async () => {
    const broken = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('quota');
      },
      removeItem() {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const memoryOnly = createTwoFactorEngine({ storage: () => broken });
    await sendOnce(memoryOnly);
    expect(memoryOnly.refusal(person)).toMatchObject({ kind: 'rate-limited' });
    memoryOnly.clear();
    expect(memoryOnly.refusal(person)).toBeUndefined();
  });

  it('given the entry removed from storage (another script signed out), should end the cooldown', async () => {
    await sendOnce();
    storage.clear();
    expect(engine.refusal(person)).toBeUndefined();
  });
});

describe('TwoFactorEngine: verify lock', () => {
  const wrong = () =>
    Promise.reject(
      new TwoFactorError('validation', {
        status: 400,
        issues: [{ field: 'code', propertyName: 'Code', message: 'Wrong.', severity: 'error' }],
      }),
    );
  const verify = (target: TwoFactorEngine, call: () => Promise<SendCodeResult>) =>
    target.verify({ ...person, code: '123456' }, call, { maxAttempts: 2 });

  it('given maxAttempts wrong codes, should refuse the next verify with kind locked, without calling the adapter', async () => {
    await expect(verify(engine, wrong)).rejects.toMatchObject({ kind: 'validation' });
    expect(engine.getSnapshot(key).failedAttempts).toBe(1);
    await expect(verify(engine, wrong)).rejects.toMatchObject({ kind: 'validation' });
    const call = vi.fn(async () => sent);
    await expect(verify(engine, call)).rejects.toMatchObject({ kind: 'locked' });
    expect(call).not.toHaveBeenCalled();
  });

  it('given a verify in flight, should refuse a different code visibly and let the same code join', async () => {
    let answer = (_result: SendCodeResult) => {};
    const call = vi.fn(() => new Promise<SendCodeResult>((resolve) => (answer = resolve)));
    const first = engine.verify({ ...person, code: '123456' }, call, { maxAttempts: 2 });

    await expect(engine.verify({ ...person, code: '654321' }, call, { maxAttempts: 2 })).rejects.toMatchObject({
      kind: 'rate-limited',
      message: expect.stringMatching(/being checked/),
    });
    const same = engine.verify({ ...person, code: '123456' }, call, { maxAttempts: 2 });
    answer(sent);
    await expect(first).resolves.toBe(sent);
    await expect(same).resolves.toBe(sent);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('given a lock, should survive a reload, and a new code should lift it', async () => {
    await expect(verify(engine, wrong)).rejects.toBeDefined();
    await expect(verify(engine, wrong)).rejects.toBeDefined();
    const reloaded = createTwoFactorEngine({ storage: () => storage });
    await expect(verify(reloaded, async () => sent)).rejects.toMatchObject({ kind: 'locked' });
    await sendOnce(reloaded);
    expect(reloaded.getSnapshot(key).failedAttempts).toBe(0);
    await expect(verify(reloaded, async () => sent)).resolves.toBe(sent);
  });

  it.each([
    ['a network failure', new TwoFactorError('network')],
    [
      'a request refused before sending',
      new TwoFactorError('validation', { issues: [{ field: 'code', propertyName: 'code', message: 'x', severity: 'error' }] }),
    ],
    ['an expired code (a form-level refusal)', new TwoFactorError('validation', { status: 400, formErrors: ['Expired.'] })],
  ])('given %s, should not count an attempt', async (_name, error) => {
    await expect(verify(engine, () => Promise.reject(error))).rejects.toBe(error);
    expect(engine.getSnapshot(key).failedAttempts).toBe(0);
  });

  it('given two verifies at once, should call the adapter once', async () => {
    const call = vi.fn(async () => sent);
    await Promise.all([verify(engine, call), verify(engine, call)]);
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('TwoFactorEngine: clear', () => {
  it('given cooldowns, locks and sends in flight, should forget them all, abort the sends and notify', async () => {
    await expect(verify2()).rejects.toBeDefined();
    await sendOnce();
    const other = { personId: 'p-2' };
    let signal: AbortSignal | undefined;
    const inFlight = engine.send(
      other,
      (given) => {
        signal = given;
        return new Promise<SendCodeResult>(() => {});
      },
      { cooldownSeconds: 30 },
    );
    inFlight.catch(() => {});
    const listener = vi.fn();
    engine.subscribe(key, listener);
    listener.mockClear();

    engine.clear();

    expect(signal?.aborted).toBe(true);
    expect(storage.length).toBe(0);
    expect(listener).toHaveBeenCalled();
    expect(engine.getSnapshot(key)).toMatchObject({ cooldownUntil: undefined, failedAttempts: 0 });
    expect(engine.getSnapshot(personKey('p-2')).sending).toBeUndefined();
    expect(engine.refusal(other)).toBeUndefined();
  });

  function verify2() {
    return engine.verify({ ...person, code: '1' }, () => Promise.reject(new TwoFactorError('validation', { status: 400 })), {
      maxAttempts: 1,
    });
  }
});

describe('TwoFactorEngine: what a subscriber sees', () => {
  it('given a person never seen, should show the idle snapshot: nothing in flight, no cooldown, no wrong code', () => {
    expect(engine.getSnapshot(key)).toStrictEqual({ sending: undefined, verifying: false, cooldownUntil: undefined, failedAttempts: 0 });
    expect(engine.getCooldownRemaining(key)).toBe(0);
  });

  it('given a send, a tick and a restored entry, should tell each listener what changed', async () => {
    const answer = deferred<SendCodeResult>();
    const changes: string[] = [];
    const unsubscribe = engine.subscribe(key, (change) => changes.push(change));
    const flight = engine.send(person, () => answer.promise, { cooldownSeconds: 2 });
    answer.resolve(sent);
    await flight;
    expect(changes).toEqual(['flight', 'flight']);
    const ticks: string[] = [];
    const unsubscribeSeconds = engine.subscribeCooldownRemaining(key, (change) => ticks.push(change));
    vi.advanceTimersByTime(2000);
    expect(ticks).toEqual(['clock', 'clock']);
    expect(changes).toEqual(['flight', 'flight', 'clock']);
    unsubscribe();
    unsubscribeSeconds();
    const reloaded = createTwoFactorEngine({ storage: () => storage });
    storage.setItem(`react-two-factor:cooldown:${key}`, JSON.stringify({ until: t0 + 60_000, seconds: 60 }));
    const restored: string[] = [];
    reloaded.subscribe(key, (change) => restored.push(change))();
    expect(reloaded.getSnapshot(key).cooldownUntil).toBe(t0 + 60_000);
    expect(restored).toEqual(['store']);
  });

  it('given a verify, and a send abandoned by its last participant, should tell listeners of a flight', async () => {
    const changes: string[] = [];
    const unsubscribe = engine.subscribe(key, (change) => changes.push(change));
    changes.length = 0;
    const answer = deferred<SendCodeResult>();
    const verifying = engine.verify({ ...person, code: '1' }, () => answer.promise, { maxAttempts: 3 });
    expect(changes).toEqual(['flight']);
    answer.resolve(sent);
    await verifying;
    changes.length = 0;
    const one = {};
    engine.send(person, () => new Promise<SendCodeResult>(() => {}), { cooldownSeconds: 30, participant: one }).catch(() => {});
    engine.leave(one);
    expect(changes).toEqual(['flight', 'flight']);
    unsubscribe();
  });

  it('given a listener that unsubscribed, should no longer call it; the others still are', async () => {
    const gone = vi.fn();
    const stays = vi.fn();
    const unsubscribe = engine.subscribe(key, gone);
    engine.subscribe(key, stays);
    unsubscribe();
    await sendOnce();
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalled();
  });

  it('given one listener and one countdown, should count down each second', async () => {
    const unsubscribe = engine.subscribe(key, () => {});
    const ticks: number[] = [];
    const unsubscribeSeconds = engine.subscribeCooldownRemaining(key, () => ticks.push(engine.getCooldownRemaining(key)));
    await sendOnce(engine, 2);
    vi.advanceTimersByTime(2000);
    expect(ticks).toEqual([2, 1, 0]);
    unsubscribe();
    unsubscribeSeconds();
  });

  it('given two countdowns and one leaves, should keep counting down for the other', async () => {
    const leaves = engine.subscribeCooldownRemaining(key, () => {});
    const ticks: number[] = [];
    const stays = engine.subscribeCooldownRemaining(key, () => ticks.push(engine.getCooldownRemaining(key)));
    await sendOnce(engine, 3);
    leaves();
    vi.advanceTimersByTime(3000);
    expect(ticks).toEqual([3, 2, 1, 0]);
    stays();
  });

  it('given no subscriber, or none left, should leave no timer running', async () => {
    const unsubscribe = engine.subscribe(key, () => {});
    expect(vi.getTimerCount()).toBe(0);
    await sendOnce();
    expect(vi.getTimerCount()).toBe(1);
    unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
    engine.clear();
    await sendOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('given the countdown no longer shown, should wake only when the cooldown ends', async () => {
    const unsubscribe = engine.subscribe(key, () => {});
    const unsubscribeSeconds = engine.subscribeCooldownRemaining(key, () => {});
    await sendOnce();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    unsubscribeSeconds();
    expect(setTimeoutSpy.mock.calls.at(-1)?.[1]).toBe(30_000);
    unsubscribe();
  });
});

describe('TwoFactorEngine: edges of the cooldown and the store', () => {
  it('given the cooldown long over, should allow a send, show no wait and leave nothing in storage', async () => {
    await sendOnce();
    vi.setSystemTime(t0 + 45_000);
    expect(engine.refusal(person)).toBeUndefined();
    expect(engine.getCooldownRemaining(key)).toBe(0);
    expect(storage.length).toBe(0);
  });

  it('given the clock moved backwards twice, should still never wait longer than the cooldown', async () => {
    await sendOnce();
    vi.setSystemTime(t0 - 3_600_000);
    expect(engine.refusal(person)).toMatchObject({ retryAfterSeconds: 30 });
    vi.setSystemTime(t0 - 3_600_000 + 10_000);
    expect(engine.refusal(person)).toMatchObject({ retryAfterSeconds: 20 });
    vi.setSystemTime(t0 - 7_200_000);
    expect(engine.refusal(person)).toMatchObject({ retryAfterSeconds: 30 });
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
  ])('given a cooldown of %s seconds, should start none and store nothing', (_name, seconds) => {
    engine.startCooldown(key, seconds);
    expect(engine.refusal(person)).toBeUndefined();
    expect(engine.getCooldownRemaining(key)).toBe(0);
    expect(storage.length).toBe(0);
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
  ])('given a running cooldown and then one of %s seconds, should keep the running one', (_name, seconds) => {
    engine.startCooldown(key, 30);
    engine.startCooldown(key, seconds);
    expect(engine.refusal(person)).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30 });
    expect(engine.getCooldownRemaining(key)).toBe(30);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    'given a cooldown of %s seconds, should throw a TypeError and send nothing',
    (cooldownSeconds) => {
      const call = vi.fn(async () => sent);
      expect(() => engine.send(person, call, { cooldownSeconds })).toThrowError(TypeError);
      expect(call).not.toHaveBeenCalled();
      expect(engine.refusal(person)).toBeUndefined();
    },
  );

  it.each([0, 1.5, Number.NaN])('given maxAttempts %s, should throw a TypeError and verify nothing', (maxAttempts) => {
    const call = vi.fn(async () => sent);
    expect(() => engine.verify({ ...person, code: '123456' }, call, { maxAttempts })).toThrowError(TypeError);
    expect(call).not.toHaveBeenCalled();
  });

  it('given no cooldownSeconds, should hold the 30 s default', async () => {
    await engine.send(person, async () => sent);
    expect(engine.getCooldownRemaining(key)).toBe(30);
  });

  it('given the stored cooldown overwritten with null by another script, should end the cooldown', async () => {
    await sendOnce();
    storage.setItem(`react-two-factor:cooldown:${key}`, 'null');
    expect(engine.refusal(person)).toBeUndefined();
  });

  it.each([
    ['null', 'null'],
    ['a string count', '{"count":"9"}'],
    ['a fraction', '{"count":1.5}'],
    ['a negative count', '{"count":-3}'],
    ['no count', '{}'],
  ])('given a corrupt wrong-code count (%s), should count none and not lock', async (_name, value) => {
    storage.setItem(`react-two-factor:attempts:${key}`, value);
    const unsubscribe = engine.subscribe(key, () => {});
    expect(engine.getSnapshot(key).failedAttempts).toBe(0);
    await expect(engine.verify({ ...person, code: '1' }, async () => sent, { maxAttempts: 1 })).resolves.toBe(sent);
    unsubscribe();
  });

  it('given the stored wrong-code count overwritten with null by another script, should count none', async () => {
    await expect(
      engine.verify({ ...person, code: '1' }, () => Promise.reject(new TwoFactorError('validation', { status: 400 })), { maxAttempts: 5 }),
    ).rejects.toBeDefined();
    expect(engine.getSnapshot(key).failedAttempts).toBe(1);
    storage.setItem(`react-two-factor:attempts:${key}`, 'null');
    engine.subscribe(key, () => {})();
    expect(engine.getSnapshot(key).failedAttempts).toBe(0);
  });

  it("given the host's own sessionStorage entries, should clear only the library's", async () => {
    storage.setItem('host:cart', '3');
    await sendOnce();
    await expect(
      engine.verify({ ...person, code: '1' }, () => Promise.reject(new TwoFactorError('validation', { status: 400 })), { maxAttempts: 5 }),
    ).rejects.toBeDefined();
    expect([...storage.items.keys()].filter((name) => name.startsWith('react-two-factor:'))).toHaveLength(2);
    engine.clear();
    expect([...storage.items.keys()]).toEqual(['host:cart']);
  });
});

describe('TwoFactorEngine: the send in flight', () => {
  it('given the same twoFactorId with spaces, should join the send; given another, should refuse it', async () => {
    const answer = deferred<SendCodeResult>();
    const call = vi.fn(() => answer.promise);
    const first = engine.send({ ...person, twoFactorId: 'flow-1' }, call, { cooldownSeconds: 30 });
    const second = engine.send({ ...person, twoFactorId: ' flow-1 ' }, call, { cooldownSeconds: 30 });
    await expect(engine.send({ ...person, twoFactorId: 'flow-2' }, call, { cooldownSeconds: 30 })).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    answer.resolve(sent);
    await expect(second).resolves.toBe(sent);
    await first;
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('given its one participant left after the request went out, should wait for the adapter, whose maybeSent starts the cooldown', async () => {
    const one = {};
    const flight = engine.send(
      person,
      (signal) =>
        new Promise<SendCodeResult>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new TwoFactorError('aborted', { maybeSent: true })), { once: true }),
        ),
      { cooldownSeconds: 30, participant: one },
    );
    engine.leave(one);
    await expect(flight).rejects.toMatchObject({ kind: 'aborted', maybeSent: true });
    // The code may have gone out: an impatient remount does not send a second one.
    expect(engine.getCooldownRemaining(key)).toBe(30);
  });

  it('given a sign-out (clear) while an adapter ignores its signal, should end the send at once with the abort as cause', async () => {
    let signal: AbortSignal | undefined;
    const flight = engine.send(
      person,
      (given) => {
        signal = given;
        return new Promise<SendCodeResult>(() => {});
      },
      { cooldownSeconds: 30 },
    );
    engine.clear();
    const error = await flight.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'aborted', maybeSent: false });
    expect((error as TwoFactorError).cause).toBe(signal?.reason);
    expect(engine.getCooldownRemaining(key)).toBe(0);
  });

  it('given its one participant left, should abort the send', async () => {
    let signal: AbortSignal | undefined;
    const one = {};
    const flight = engine.send(
      person,
      (given) => {
        signal = given;
        return new Promise<SendCodeResult>(() => {});
      },
      { cooldownSeconds: 30, participant: one },
    );
    flight.catch(() => {});
    engine.leave(one);
    expect(signal?.aborted).toBe(true);
    expect(engine.getSnapshot(key).sending).toBeUndefined();
  });

  it('given a send abandoned by its participant that still settles, should not end the send that replaced it', async () => {
    const late = deferred<SendCodeResult>();
    const one = {};
    const abandoned = engine.send(person, () => late.promise, { cooldownSeconds: 30, participant: one });
    engine.leave(one);
    const next = deferred<SendCodeResult>();
    const call = vi.fn(() => next.promise);
    const replacement = engine.send(person, call, { cooldownSeconds: 30 });
    late.reject(new TwoFactorError('aborted'));
    await expect(abandoned).rejects.toMatchObject({ kind: 'aborted' });
    expect(engine.getSnapshot(key).sending).toEqual({ medium: undefined, language: undefined, twoFactorId: undefined });
    const joined = engine.send(person, call, { cooldownSeconds: 30 });
    next.resolve(sent);
    await Promise.all([replacement, joined]);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['succeeds', (answer: ReturnType<typeof deferred<SendCodeResult>>) => answer.resolve(sent)],
    [
      'fails in a way that may have sent',
      (answer: ReturnType<typeof deferred<SendCodeResult>>) => answer.reject(new TwoFactorError('timeout', { maybeSent: true })),
    ],
  ])('given a sign-out while a send is in flight that then %s, should start no cooldown', async (_name, settle) => {
    const answer = deferred<SendCodeResult>();
    const flight = engine.send(person, () => answer.promise, { cooldownSeconds: 30 });
    flight.catch(() => {});
    engine.clear();
    settle(answer);
    await flight.catch(() => {});
    expect(engine.refusal(person)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('given a refusal or a foreign error, should say why in the message', async () => {
    await sendOnce();
    expect(engine.refusal(person)?.message).toContain('wait 30 s');
    const unknown = toTwoFactorError(new Error('host bug'));
    expect(unknown.message).toContain('not a TwoFactorError');
  });
});

describe('TwoFactorEngine: the verify in flight', () => {
  it('given a verify in flight, should show it; once it settles, should not', async () => {
    const answer = deferred<SendCodeResult>();
    const verifying = engine.verify({ ...person, code: '1' }, () => answer.promise, { maxAttempts: 3 });
    expect(engine.getSnapshot(key).verifying).toBe(true);
    answer.resolve(sent);
    await verifying;
    expect(engine.getSnapshot(key).verifying).toBe(false);
  });

  it('given a sign-out during a verify, should no longer show it in flight', () => {
    const verifying = engine.verify({ ...person, code: '1' }, () => new Promise(() => {}), { maxAttempts: 3 });
    verifying.catch(() => {});
    engine.clear();
    expect(engine.getSnapshot(key).verifying).toBe(false);
  });

  it('given a lock, should say how many wrong codes and what to do', async () => {
    const refuse = () => Promise.reject(new TwoFactorError('validation', { status: 400 }));
    await expect(engine.verify({ ...person, code: '1' }, refuse, { maxAttempts: 1 })).rejects.toMatchObject({ kind: 'validation' });
    expect(engine.getSnapshot(key).failedAttempts).toBe(1);
    await expect(engine.verify({ ...person, code: '1' }, refuse, { maxAttempts: 1 })).rejects.toMatchObject({
      kind: 'locked',
      message: expect.stringContaining('1 wrong code'),
    });
  });

  it.each([
    ['a server error', new TwoFactorError('server', { status: 500 })],
    [
      'a refusal at another field',
      new TwoFactorError('validation', {
        status: 400,
        issues: [{ field: 'personId', propertyName: 'PersonId', message: 'Unknown.', severity: 'error' }],
      }),
    ],
  ])('given %s, should not count a wrong code', async (_name, error) => {
    await expect(engine.verify({ ...person, code: '1' }, () => Promise.reject(error), { maxAttempts: 3 })).rejects.toBe(error);
    expect(engine.getSnapshot(key).failedAttempts).toBe(0);
  });
});
