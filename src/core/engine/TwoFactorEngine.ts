import type { SendCodeRequest } from '../SendCodeRequest.js';
import type { SendCodeResult } from '../SendCodeResult.js';
import type { TwoFactorError } from '../TwoFactorError.js';
import type { VerifyCodeRequest } from '../VerifyCodeRequest.js';
import type { VerifyCodeResult } from '../VerifyCodeResult.js';
import type { TwoFactorChange } from './TwoFactorChange.js';
import type { TwoFactorEngineSendOptions } from './TwoFactorEngineSendOptions.js';
import type { TwoFactorEngineVerifyOptions } from './TwoFactorEngineVerifyOptions.js';
import type { TwoFactorPersonSnapshot } from './TwoFactorPersonSnapshot.js';

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
