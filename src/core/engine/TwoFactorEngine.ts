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
  /** The participant gives up its sends and verifies; one that nobody else waits for (no other participant, no caller without one) is aborted. */
  leave(participant: object): void;
  /** Forgets everything (a sign-out): cooldowns and locks, stored and in memory, and aborts what is in flight. */
  clear(): void;
}
