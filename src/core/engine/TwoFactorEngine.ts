import { maxWaitSeconds } from '../clampWaitSeconds.js';
import type { Medium } from '../Medium.js';
import { personKey } from '../personKey.js';
import type { SendCodeRequest } from '../SendCodeRequest.js';
import type { SendCodeResult } from '../SendCodeResult.js';
import { isTwoFactorError, TwoFactorError } from '../TwoFactorError.js';
import type { VerifyCodeRequest } from '../VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../VerifyCodeResult.js';
import { createSessionRecords, sessionStorageOrNone } from './sessionRecords.js';

/** What a send asks for besides the person: a second intent joins the send in flight only when these match. */
export interface SendChoice {
  readonly medium: Medium | undefined;
  readonly language: string | undefined;
  readonly twoFactorId: string | undefined;
}

/** What the engine holds for one person, as precomputed values: reading it reads no clock. */
export interface TwoFactorPersonSnapshot {
  /** What the send in flight asks for; `undefined` when none is in flight. */
  readonly sending: SendChoice | undefined;
  /** Whether a verify is in flight. */
  readonly verifying: boolean;
  /** Epoch milliseconds when another code may be sent; `undefined` when no cooldown runs. */
  readonly cooldownUntil: number | undefined;
  /** Wrong codes since the last code was sent. */
  readonly failedAttempts: number;
}

/**
 * What made a snapshot change, passed to listeners: `flight` when a send or verify starts or
 * settles (a UI binding may publish it together with its own result), `clock` when a countdown
 * ticks or ends, `store` otherwise (a restored or cleared entry).
 */
export type TwoFactorChange = 'flight' | 'clock' | 'store';

/** Options of one send through the engine. */
export interface TwoFactorEngineSendOptions {
  /** Seconds after a success (or a failure that may have sent a code) before another send. */
  cooldownSeconds: number;
  /** Who asks (one per hook): the send is aborted once every participant has left. @default none (never aborted by `leave`) */
  participant?: object;
}

/** Options of one verify through the engine. */
export interface TwoFactorEngineVerifyOptions {
  /** Wrong codes before a verify is refused with `locked`. */
  maxAttempts: number;
  /** Who asks (one per hook): the verify is aborted once every participant has left. @default none */
  participant?: object;
}

/**
 * The framework-agnostic state of two-factor sends and verifies on a page,
 * per person (see `personKey`): the one send in flight, the cooldown, the
 * wrong-code count and the lock. Subscribers are notified synchronously.
 */
export interface TwoFactorEngine {
  /** The person's state; the same object until it changes. Reads no clock. */
  getSnapshot(key: string): TwoFactorPersonSnapshot;
  /** Calls `listener` whenever the person's snapshot changes. Subscribing restores a stored cooldown. */
  subscribe(key: string, listener: (change: TwoFactorChange) => void): () => void;
  /** Whole seconds left in the person's cooldown, precomputed: 0 when none runs. Reads no clock. */
  getCooldownSeconds(key: string): number;
  /** Calls `listener` each time the whole seconds left change (once a second during a cooldown). */
  subscribeCooldownSeconds(key: string, listener: (change: TwoFactorChange) => void): () => void;
  /** Why a send of `request` would be refused now (a cooldown, another send in flight), or `undefined` when it may go out. */
  refusal(request: SendCodeRequest): TwoFactorError | undefined;
  /**
   * Sends through `call`, once per intent: a second call for the same person and choice joins the
   * send in flight, a different choice is refused, and so is a send during the cooldown. Every
   * rejection is a `TwoFactorError` (anything else becomes kind `unknown`, with it as `cause`).
   */
  send(
    request: SendCodeRequest,
    call: (signal: AbortSignal) => Promise<SendCodeResult>,
    options: TwoFactorEngineSendOptions,
  ): Promise<SendCodeResult>;
  /** Verifies through `call`, once per submit; refused with kind `locked` after `maxAttempts` wrong codes. */
  verify(
    request: VerifyCodeRequest,
    call: (signal: AbortSignal) => Promise<VerifyCodeResult>,
    options: TwoFactorEngineVerifyOptions,
  ): Promise<VerifyCodeResult>;
  /** Starts a cooldown of `seconds` (at most 31 days) for the person. */
  startCooldown(key: string, seconds: number): void;
  /** The participant gives up its sends and verifies; one that nobody else waits for is aborted. */
  leave(participant: object): void;
  /** Forgets everything (a sign-out): cooldowns and locks, stored and in memory, and aborts what is in flight. */
  clear(): void;
}

/** Options of `createTwoFactorEngine`. */
export interface CreateTwoFactorEngineOptions {
  /** The clock. @default Date.now */
  now?: () => number;
  /** Where cooldowns and wrong-code counts survive a reload. @default globalThis.sessionStorage, else memory only */
  storage?: () => Storage | undefined;
}

type Listener = (change: TwoFactorChange) => void;

interface CooldownEntry {
  /** Epoch milliseconds when sending is allowed again. */
  until: number;
  /** The cooldown's length, to catch a clock that moved backwards. */
  seconds: number;
}

interface AttemptsEntry {
  count: number;
}

interface Flight<Result> {
  readonly controller: AbortController;
  /** Its registry and person, for `leave` to detach it. */
  readonly registry: Map<string, Flight<Result>>;
  readonly key: string;
  /** What the snapshot becomes once it is no longer in flight. */
  readonly settled: Partial<TwoFactorPersonSnapshot>;
  readonly participants: Set<object>;
  promise: Promise<Result>;
  /** Set by `clear()`: what it settles with no longer touches the store. */
  cleared: boolean;
}

// setTimeout fires at once past this: a longer wait is re-armed.
const maxTimerMs = 2_147_483_647;

const isCooldownEntry = (value: unknown): value is CooldownEntry => {
  const entry = value as CooldownEntry;
  return typeof value === 'object' && value !== null && Number.isFinite(entry.until) && Number.isFinite(entry.seconds) && entry.seconds > 0;
};
const isAttemptsEntry = (value: unknown): value is AttemptsEntry =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as AttemptsEntry).count) && (value as AttemptsEntry).count > 0;

/** The snapshot of a person with nothing in flight, no cooldown and no wrong code; also what a server render shows. */
export const idleSnapshot: TwoFactorPersonSnapshot = Object.freeze({
  sending: undefined,
  verifying: false,
  cooldownUntil: undefined,
  failedAttempts: 0,
});

const choiceOf = (request: SendCodeRequest): SendChoice => ({
  medium: request.medium,
  language: request.language,
  twoFactorId: request.twoFactorId?.trim(),
});
const sameChoice = (one: SendChoice, other: SendChoice) =>
  one.medium === other.medium && one.language === other.language && one.twoFactorId === other.twoFactorId;

/** Anything an adapter throws, as the one error type: what is not a `TwoFactorError` becomes `unknown`. */
export function toTwoFactorError(error: unknown): TwoFactorError {
  if (isTwoFactorError(error)) return error;
  return new TwoFactorError('unknown', { message: 'The adapter failed with an error that is not a TwoFactorError.', cause: error });
}

/** A code the server refused: a failure on `Code`, or a refusal that names nothing at all. Only that counts as an attempt. */
function isWrongCode(error: TwoFactorError): boolean {
  return (
    error.kind === 'validation' &&
    // No status: refused before sending, by the request check.
    error.status !== undefined &&
    (error.fieldErrors.code !== undefined || (error.issues.length === 0 && error.formErrors.length === 0))
  );
}

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

  function join<Result>(flight: Flight<Result>, participant: object | undefined) {
    if (participant) flight.participants.add(participant);
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
      participants: new Set(participant ? [participant] : []),
      promise: Promise.resolve() as Promise<never>,
      cleared: false,
    };
    registry.set(key, flight);
    const run = async () => {
      try {
        const result = await call(flight.controller.signal);
        if (!flight.cleared) settle({ result });
        return result;
      } catch (error) {
        const failure = toTwoFactorError(error);
        if (!flight.cleared) settle({ error: failure });
        throw failure;
      } finally {
        // A flight that `leave` detached no longer speaks for the person: another may be in flight now.
        const current = registry.get(key) === flight;
        if (current) registry.delete(key);
        if (!flight.cleared) refresh(key, current ? settled : {}, 'flight');
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
    getCooldownSeconds: (key) => seconds.get(key) ?? 0,
    subscribeCooldownSeconds: (key, listener) => listen(secondsListeners, key, listener),

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

    send(request, call, { cooldownSeconds, participant }) {
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
          }
        },
        { sending: undefined },
      );
      update(key, { sending: choiceOf(request) }, 'flight');
      return started.promise;
    },

    verify(request, call, { maxAttempts, participant }) {
      const key = personKey(request.personId, request.contextId);
      const flight = verifies.get(key);
      if (flight) return join(flight, participant);
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
        flight.cleared = true;
        flight.controller.abort();
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
