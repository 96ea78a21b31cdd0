import type { Medium } from '../contract/Medium.js';
import type { SendCodeRequest } from '../contract/SendCodeRequest.js';
import type { SendCodeResult } from '../contract/SendCodeResult.js';
import type { VerifyCodeRequest } from '../contract/VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../contract/VerifyCodeResult.js';
import type { TwoFactorError } from '../errors/TwoFactorError.js';

/**
 * The framework-agnostic state of two-factor sends and verifies on a page,
 * per person (see `personKey`): the one send in flight, the cooldown, the
 * wrong-code count and the lock. Subscribers are notified synchronously.
 *
 * Who owns what, in React (the way query-core's `MutationObserver` owns a mutation's result):
 * - The engine owns every fact about a person, page-wide: which send or verify is in flight (and
 *   so single flight: a second intent joins it), the cooldown and its seconds, the wrong-code count
 *   and the lock. Nothing outside it keeps a copy.
 * - react-query owns each call's result: `sendTwoFactorCodeOptions` and `verifyTwoFactorCodeOptions`
 *   give a `mutationFn` that goes through `send` and `verify` here, so a host's own `useMutation`
 *   gets the same guarantees as the library's hooks, under the host's `QueryClient`.
 * - A hook (`useSendTwoFactorCode`, `useVerifyTwoFactorCode`) is `useMutation` over those options,
 *   plus `useSyncExternalStore` on this engine; it derives what it shows from the two and mirrors
 *   neither. It adds two guards around `mutate`: a call that `refusal` turns down never enters
 *   react-query (a click during the cooldown keeps the last result on screen), and the hook keeps why;
 *   a call cancelled (`cancel`, an unmount) before react-query runs its `mutationFn` never reaches the
 *   engine. Each store publishes on its own schedule, so a send may commit once more than a bare
 *   `useMutation` form: the engine's change (a cooldown) first, then react-query's result.
 */
export interface TwoFactorEngine {
  /** The person's state; the same object until it changes. Reads no clock. */
  getSnapshot(key: string): TwoFactorPersonSnapshot;
  /** Calls `listener` whenever the person's snapshot changes. Subscribing restores a stored cooldown. */
  subscribe(key: string, listener: (change: TwoFactorChange) => void): () => void;
  /** Whole seconds left in the person's cooldown, precomputed: 0 when none runs. Reads no clock. */
  getCooldownRemaining(key: string): number;
  /** Calls `listener` each time the whole seconds left change (once a second during a cooldown). */
  subscribeCooldownRemaining(key: string, listener: (change: TwoFactorChange) => void): () => void;
  /** Why a send of `request` would be refused now (a cooldown, another send in flight), or `undefined` when it may go out. */
  refusal(request: SendCodeRequest): TwoFactorError | undefined;
  /**
   * Sends through `call`, once per intent: a second call for the same person and choice joins the
   * send in flight, a different choice is refused, and so is a send during the cooldown. Every
   * rejection is a `TwoFactorError` (anything else becomes kind `unknown`, with it as `cause`).
   *
   * @throws {TypeError} for a `cooldownSeconds` that is not 0 or more.
   */
  send(
    request: SendCodeRequest,
    call: (signal: AbortSignal) => Promise<SendCodeResult>,
    options?: TwoFactorEngineSendOptions,
  ): Promise<SendCodeResult>;
  /**
   * Verifies through `call`, once per submit (a second submit of the same code joins it, another code is
   * refused); refused with kind `locked` after `maxAttempts` wrong codes.
   *
   * @throws {TypeError} for a `maxAttempts` that is not a positive whole number.
   */
  verify(
    request: VerifyCodeRequest,
    call: (signal: AbortSignal) => Promise<VerifyCodeResult>,
    options?: TwoFactorEngineVerifyOptions,
  ): Promise<VerifyCodeResult>;
  /** Starts a cooldown of `seconds` (at most 31 days) for the person. */
  startCooldown(key: string, seconds: number): void;
  /** The participant gives up its sends and verifies; one that nobody else waits for (no other participant, no caller without one) is aborted. */
  leave(participant: object): void;
  /** Forgets everything (a sign-out): cooldowns and locks, stored and in memory, and aborts what is in flight. */
  clear(): void;
}

/**
 * What made a snapshot change, passed to listeners: `flight` when a send or verify starts or
 * settles (a UI binding may publish it together with its own result), `clock` when a countdown
 * ticks or ends, `store` otherwise (a restored or cleared entry).
 */
export type TwoFactorChange = 'flight' | 'clock' | 'store';

/** Seconds after a sent code before another may be sent, when no option says otherwise. */
export const defaultCooldownSeconds = 30;

/** Options of one send through the engine. */
export interface TwoFactorEngineSendOptions {
  /** Seconds after a success (or a failure that may have sent a code) before another send. @default 30 */
  cooldownSeconds?: number | undefined;
  /** Who asks (one per hook): the send is aborted once every participant has left. Without one, the caller holds the send until it settles: `leave` never aborts a send it started or joined. @default none */
  participant?: object | undefined;
}

/**
 * The cooldown of `options`, its default filled in.
 *
 * @throws {TypeError} naming `owner` for a `cooldownSeconds` that is not 0 or more.
 */
export function cooldownSecondsOf(owner: string, { cooldownSeconds = defaultCooldownSeconds }: TwoFactorEngineSendOptions): number {
  if (!(Number.isFinite(cooldownSeconds) && cooldownSeconds >= 0)) {
    throw new TypeError(`${owner}: cooldownSeconds must be 0 or more; got ${String(cooldownSeconds)}.`);
  }
  return cooldownSeconds;
}

/** Wrong codes before a verify is refused with `locked`, when no option says otherwise. */
export const defaultMaxAttempts = 5;

/** Options of one verify through the engine. */
export interface TwoFactorEngineVerifyOptions {
  /** Wrong codes before a verify is refused with `locked`. @default 5 */
  maxAttempts?: number | undefined;
  /** Who asks (one per hook): the verify is aborted once every participant has left. Without one, the caller holds the verify until it settles: `leave` never aborts a verify it started or joined. @default none */
  participant?: object | undefined;
}

/**
 * The wrong-code limit of `options`, its default filled in.
 *
 * @throws {TypeError} naming `owner` for a `maxAttempts` that is not a positive whole number.
 */
export function maxAttemptsOf(owner: string, { maxAttempts = defaultMaxAttempts }: TwoFactorEngineVerifyOptions): number {
  if (!(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    throw new TypeError(`${owner}: maxAttempts must be a positive whole number; got ${String(maxAttempts)}.`);
  }
  return maxAttempts;
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

/** What a send asks for besides the person: a second intent joins the send in flight only when these match. */
export interface SendChoice {
  readonly medium: Medium | undefined;
  readonly language: string | undefined;
  readonly twoFactorId: string | undefined;
}

/** The snapshot of a person with nothing in flight, no cooldown and no wrong code; also what a server render shows. */
export const idleSnapshot: TwoFactorPersonSnapshot = Object.freeze({
  sending: undefined,
  verifying: false,
  cooldownUntil: undefined,
  failedAttempts: 0,
});
