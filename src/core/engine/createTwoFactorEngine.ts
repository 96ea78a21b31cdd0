import type { SendCodeRequest } from '../contract/SendCodeRequest.js';
import type { SendCodeResult } from '../contract/SendCodeResult.js';
import type { VerifyCodeResult } from '../contract/VerifyCodeResult.js';
import { maxWaitSeconds } from '../errors/clampWaitSeconds.js';
import { TwoFactorError, toTwoFactorError } from '../errors/TwoFactorError.js';
import { untilAborted } from '../http/untilAborted.js';
import { createSessionRecords, sessionStorageOrNone } from './createSessionRecords.js';
import { personKey } from './personKey.js';
import type { RecordStorage } from './RecordStorage.js';
import type { SendChoice, TwoFactorChange, TwoFactorEngine, TwoFactorPersonSnapshot } from './TwoFactorEngine.js';
import { cooldownSecondsOf, idleSnapshot, maxAttemptsOf } from './TwoFactorEngine.js';

type Listener = (change: TwoFactorChange) => void;

interface Flight<Result> {
  readonly controller: AbortController;
  /** Its registry and person, for `leave` to detach it. */
  readonly registry: Map<string, Flight<Result>>;
  readonly key: string;
  /** What the snapshot becomes once it is no longer in flight. */
  readonly settled: Partial<TwoFactorPersonSnapshot>;
  readonly participants: Set<object>;
  promise: Promise<Result>;
  /** Aborted by `clear()`, with the flight's `aborted` error: what it settles with no longer touches the store. */
  readonly clearing: AbortController;
}

// setTimeout fires at once past this: a longer wait is re-armed.
const maxTimerMs = 2_147_483_647;

const choiceOf = (request: SendCodeRequest): SendChoice => ({
  medium: request.medium,
  language: request.language,
  twoFactorId: request.twoFactorId?.trim(),
});
const sameChoice = (one: SendChoice, other: SendChoice) =>
  one.medium === other.medium && one.language === other.language && one.twoFactorId === other.twoFactorId;

/**
 * Creates an engine. A page uses one, `getTwoFactorEngine()`, so that every
 * hook and provider shares it; a separate one serves tests and other frameworks.
 */
export function createTwoFactorEngine(options: CreateTwoFactorEngineOptions = {}): TwoFactorEngine {
  const now = options.now ?? (() => Date.now());
  const storage = options.storage ?? sessionStorageOrNone;
  const cooldowns = createSessionRecords('react-two-factor:cooldown:', isCooldownEntry, storage);
  const attempts = createSessionRecords('react-two-factor:attempts:', isAttemptsEntry, storage);
  const snapshots = new Map<string, TwoFactorPersonSnapshot>();
  const seconds = new Map<string, number>();
  const listeners = new Map<string, Set<Listener>>();
  const secondsListeners = new Map<string, Set<Listener>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const sends = new Map<string, Flight<SendCodeResult>>();
  const verifies = new Map<string, Flight<VerifyCodeResult>>();
  // The code each verify in flight checks, so that only a submit of the same code joins it.
  const verifiedCodes = new WeakMap<Flight<VerifyCodeResult>, string>();

  const notify = (registry: Map<string, Set<Listener>>, key: string, change: TwoFactorChange) => {
    for (const listener of [...(registry.get(key) ?? [])]) listener(change);
  };
  const watched = (key: string) => (listeners.get(key)?.size ?? 0) + (secondsListeners.get(key)?.size ?? 0) > 0;

  function update(key: string, patch: Partial<TwoFactorPersonSnapshot>, change: TwoFactorChange) {
    const previous = snapshots.get(key) ?? idleSnapshot;
    const next = { ...previous, ...patch };
    if ((Object.keys(next) as (keyof TwoFactorPersonSnapshot)[]).every((name) => next[name] === previous[name])) return;
    snapshots.set(key, next);
    notify(listeners, key, change);
  }

  function setSeconds(key: string, value: number, change: TwoFactorChange) {
    if ((seconds.get(key) ?? 0) === value) return;
    if (value === 0) seconds.delete(key);
    else seconds.set(key, value);
    notify(secondsListeners, key, change);
  }

  // Milliseconds left in the stored cooldown; a clock moved backwards never makes it longer than its length.
  function remainingMs(key: string, at: number): number {
    const entry = cooldowns.read(key);
    if (!entry) return 0;
    const length = Math.min(entry.seconds, maxWaitSeconds) * 1000;
    const remaining = entry.until - at;
    if (remaining <= 0) return 0;
    if (remaining > length) {
      cooldowns.write(key, { until: at + length, seconds: length / 1000 });
      return length;
    }
    return remaining;
  }

  function arm(key: string, remaining: number) {
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (remaining <= 0 || !watched(key)) return;
    // A shown countdown wakes on second boundaries, so it never skips or drifts; otherwise only at the end.
    const counting = (secondsListeners.get(key)?.size ?? 0) > 0;
    const delay = Math.min(counting ? remaining % 1000 || 1000 : remaining, maxTimerMs);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        refresh(key, {}, 'clock');
      }, delay),
    );
  }

  // Reads the store and the clock, then publishes what changed.
  function refresh(key: string, patch: Partial<TwoFactorPersonSnapshot> = {}, change: TwoFactorChange = 'store') {
    const at = now();
    const remaining = remainingMs(key, at);
    if (remaining === 0) cooldowns.remove(key);
    update(
      key,
      { ...patch, cooldownUntil: remaining > 0 ? at + remaining : undefined, failedAttempts: attempts.read(key)?.count ?? 0 },
      change,
    );
    setSeconds(key, Math.ceil(remaining / 1000), change);
    arm(key, remaining);
  }

  function startCooldown(key: string, length: number) {
    const clamped = Math.min(length, maxWaitSeconds);
    if (!(clamped > 0)) return;
    cooldowns.write(key, { until: now() + clamped * 1000, seconds: clamped });
  }

  function listen(registry: Map<string, Set<Listener>>, key: string, listener: Listener) {
    const set = registry.get(key) ?? new Set();
    registry.set(key, set);
    set.add(listener);
    refresh(key);
    return () => {
      set.delete(listener);
      if (set.size === 0) registry.delete(key);
      if (!watched(key)) {
        clearTimeout(timers.get(key));
        timers.delete(key);
      } else if (registry === secondsListeners) refresh(key);
    };
  }

  // Stands for every caller that named no participant: nobody can leave on its behalf, so a flight it
  // started or joined is never aborted by `leave`, only by `clear()`.
  const caller = {};

  function join<Result>(flight: Flight<Result>, participant: object | undefined) {
    flight.participants.add(participant ?? caller);
    return flight.promise;
  }

  function start<Result>(
    registry: Map<string, Flight<Result>>,
    key: string,
    participant: object | undefined,
    call: (signal: AbortSignal) => Promise<Result>,
    settle: (outcome: { result?: Result; error?: TwoFactorError }) => void,
    settled: Partial<TwoFactorPersonSnapshot>,
  ): Flight<Result> {
    const flight: Flight<Result> = {
      controller: new AbortController(),
      registry,
      key,
      settled,
      participants: new Set([participant ?? caller]),
      promise: Promise.resolve() as Promise<never>,
      clearing: new AbortController(),
    };
    registry.set(key, flight);
    const run = async () => {
      try {
        // `clear()` (a sign-out) ends a flight at once, even when a host's adapter ignores its signal: nothing
        // may stay pending past a sign-out. A `leave` waits for the adapter's own answer to the abort
        // instead, since it says whether the code may have gone out (`maybeSent` starts the cooldown).
        const result = await untilAborted(call(flight.controller.signal), flight.clearing.signal);
        if (!flight.clearing.signal.aborted) settle({ result });
        return result;
      } catch (error) {
        const failure = toTwoFactorError(error);
        if (!flight.clearing.signal.aborted) settle({ error: failure });
        throw failure;
      } finally {
        // A flight that `leave` detached no longer speaks for the person: another may be in flight now.
        const current = registry.get(key) === flight;
        if (current) registry.delete(key);
        if (!flight.clearing.signal.aborted) refresh(key, current ? settled : {}, 'flight');
      }
    };
    flight.promise = run();
    return flight;
  }

  function inProgress(): TwoFactorError {
    return new TwoFactorError('rate-limited', { message: 'A code is being sent; wait for it before asking for another.' });
  }

  const engine: TwoFactorEngine = {
    getSnapshot: (key) => snapshots.get(key) ?? idleSnapshot,
    subscribe: (key, listener) => listen(listeners, key, listener),
    getCooldownRemaining: (key) => seconds.get(key) ?? 0,
    subscribeCooldownRemaining: (key, listener) => listen(secondsListeners, key, listener),

    refusal(request) {
      const key = personKey(request.personId, request.contextId);
      const flight = sends.get(key);
      const sending = snapshots.get(key)?.sending;
      if (flight && sending) return sameChoice(sending, choiceOf(request)) ? undefined : inProgress();
      refresh(key);
      const left = seconds.get(key);
      if (left === undefined) return undefined;
      return new TwoFactorError('rate-limited', {
        message: `A code was just sent; wait ${left} s before sending another.`,
        retryAfterSeconds: left,
      });
    },

    send(request, call, options = {}) {
      const cooldownSeconds = cooldownSecondsOf('TwoFactorEngine.send', options);
      const { participant } = options;
      const key = personKey(request.personId, request.contextId);
      const refused = engine.refusal(request);
      if (refused) return Promise.reject(refused);
      const flight = sends.get(key);
      if (flight) return join(flight, participant);
      const started = start(
        sends,
        key,
        participant,
        call,
        ({ error }) => {
          if (!error || error.maybeSent) {
            // A new code: the wrong codes typed for the last one no longer count.
            attempts.remove(key);
            startCooldown(key, cooldownSeconds);
          } else if (error.kind === 'rate-limited') {
            startCooldown(key, Math.max(cooldownSeconds, error.retryAfterSeconds ?? 0));
          } else if (error.kind === 'server' && error.retryAfterSeconds !== undefined) {
            // A 503 that said how long to wait: the button holds for it.
            startCooldown(key, error.retryAfterSeconds);
          }
        },
        { sending: undefined },
      );
      update(key, { sending: choiceOf(request) }, 'flight');
      return started.promise;
    },

    verify(request, call, options = {}) {
      const maxAttempts = maxAttemptsOf('TwoFactorEngine.verify', options);
      const { participant } = options;
      const key = personKey(request.personId, request.contextId);
      const flight = verifies.get(key);
      if (flight) {
        // Only the same code joins: another code must not be answered with the first one's result.
        if (verifiedCodes.get(flight) === request.code) return join(flight, participant);
        return Promise.reject(
          new TwoFactorError('rate-limited', { message: 'A code is being checked; wait for its answer before submitting another.' }),
        );
      }
      refresh(key);
      if ((attempts.read(key)?.count ?? 0) >= maxAttempts) {
        return Promise.reject(new TwoFactorError('locked', { message: `Locked after ${maxAttempts} wrong codes; send a new code.` }));
      }
      const started = start(
        verifies,
        key,
        participant,
        call,
        ({ error }) => {
          if (error && isWrongCode(error)) attempts.write(key, { count: (attempts.read(key)?.count ?? 0) + 1 });
        },
        { verifying: false },
      );
      verifiedCodes.set(started, request.code);
      update(key, { verifying: true }, 'flight');
      return started.promise;
    },

    startCooldown(key, length) {
      startCooldown(key, length);
      refresh(key);
    },

    leave(participant) {
      for (const flight of [...sends.values(), ...verifies.values()] as Flight<unknown>[]) {
        if (!flight.participants.delete(participant) || flight.participants.size > 0) continue;
        flight.controller.abort();
        // Detached at once, so that the next intent sends anew; a code that still went out starts its cooldown when it settles.
        flight.registry.delete(flight.key);
        refresh(flight.key, flight.settled, 'flight');
      }
    },

    clear() {
      for (const flight of [...sends.values(), ...verifies.values()]) {
        flight.controller.abort();
        // Right after, before any answer to that abort can arrive: it is the flight's end.
        flight.clearing.abort(new TwoFactorError('aborted', { cause: flight.controller.signal.reason }));
      }
      sends.clear();
      verifies.clear();
      cooldowns.clear();
      attempts.clear();
      for (const key of new Set([...snapshots.keys(), ...seconds.keys(), ...listeners.keys(), ...secondsListeners.keys()])) {
        refresh(key, { sending: undefined, verifying: false });
      }
    },
  };
  return engine;
}

/** The stored wrong-code count of a person. */
export interface AttemptsEntry {
  count: number;
}

/** Whether a stored value is a wrong-code count: a corrupt or foreign entry is none. */
export const isAttemptsEntry = (value: unknown): value is AttemptsEntry =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as AttemptsEntry).count) && (value as AttemptsEntry).count > 0;

/** The stored cooldown of a person. */
export interface CooldownEntry {
  /** Epoch milliseconds when sending is allowed again. */
  until: number;
  /** The cooldown's length, to catch a clock that moved backwards. */
  seconds: number;
}

/** Whether a stored value is a cooldown: a corrupt or foreign entry (a `NaN`, a string) is none. */
export const isCooldownEntry = (value: unknown): value is CooldownEntry => {
  const entry = value as CooldownEntry;
  return typeof value === 'object' && value !== null && Number.isFinite(entry.until) && Number.isFinite(entry.seconds) && entry.seconds > 0;
};

/** Options of `createTwoFactorEngine`. */
export interface CreateTwoFactorEngineOptions {
  /** The clock. @default Date.now */
  now?: (() => number) | undefined;
  /** Where cooldowns and wrong-code counts survive a reload. @default globalThis.sessionStorage, else memory only */
  storage?: (() => RecordStorage | undefined) | undefined;
}

/** A code the server refused: a failure on `Code`, or a refusal that names nothing at all. Only that counts as an attempt. */
export function isWrongCode(error: TwoFactorError): boolean {
  return (
    error.kind === 'validation' &&
    // No status: refused before sending, by the request check.
    error.status !== undefined &&
    (error.fieldErrors.code !== undefined || (error.issues.length === 0 && error.formErrors.length === 0))
  );
}
