'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { ValidationIssue } from '../../core/contract/ValidationIssue.js';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { type TwoFactorMutationResult, useTwoFactorMutation } from '../shared/useTwoFactorMutation.js';
import { sendTwoFactorCodeOptions } from './sendTwoFactorCodeOptions.js';

/** Options of `useSendTwoFactorCode`. */
export interface UseSendTwoFactorCodeOptions {
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** Seconds after a success (or a failure that may have sent a code) before another code may be sent. @default 30 (the engine's) */
  cooldownSeconds?: number | undefined;
  /** The person codes go to, so that the cooldown shows before the first send (after a reload, or from another prompt). @default undefined (the person of the last send) */
  personId?: string | undefined;
  /** The context of `personId`; the cooldown is kept per person and context. @default undefined */
  contextId?: string | undefined;
  /** BCP 47 tag of the UI, sent to the adapter (`Accept-Language`) so that the server's messages match it. @default the provider's `locale` */
  locale?: string | undefined;
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own timeout. @default undefined */
  timeoutMs?: number | undefined;
  /** Called after each successful send. @default undefined */
  onSent?: ((result: SendCodeResult, request: SendCodeRequest) => void) | undefined;
  /** Called after each failed send; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: SendCodeRequest) => void) | undefined;
  /** Called after each send that was not cancelled. @default undefined */
  onSettled?: ((result: SendCodeResult | undefined, error: TwoFactorError | null, request: SendCodeRequest) => void) | undefined;
}

/** What `useSendTwoFactorCode` returns: react-query's mutation result, guarded by the engine, plus the send's state. */
export type UseSendTwoFactorCodeResult = UseMutationResult<SendCodeResult, TwoFactorError, SendCodeRequest> &
  TwoFactorMutationResult & {
    /** Non-blocking Warning and Info issues of the last successful send. */
    notes: readonly ValidationIssue[];
    /** Why the last call was refused without sending (a cooldown, another choice in flight); cleared by the next call that goes out. */
    refusal: TwoFactorError | undefined;
    /** Whole seconds until another code may be sent; reading it makes the component re-render each second. */
    cooldownRemaining: number;
    /** Epoch milliseconds when the cooldown ends, for a countdown rendered elsewhere. */
    cooldownUntil: number | undefined;
    /** Whether a send would go out now: none in flight for this person on the page, no cooldown. */
    canSend: boolean;
  };

const none: readonly never[] = [];

/**
 * Sends a two-factor code: react-query's `useMutation` over `sendTwoFactorCodeOptions`, whose calls go
 * through the page's engine: one adapter call per intent across every hook and provider (a double
 * click, two prompts), no retry, a cooldown that survives a reload, and a refusal that says why.
 *
 * @throws {TypeError} at render for a `cooldownSeconds` under 0 or a `timeoutMs` that is not a positive number.
 *
 * @example
 * const send = useSendTwoFactorCode({ personId });
 * <button type="button" disabled={!send.canSend} onClick={() => send.mutate({ personId, medium: 'email' })}>
 *   {send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : 'Send code'}
 * </button>
 */
export function useSendTwoFactorCode(options: UseSendTwoFactorCodeOptions = {}): UseSendTwoFactorCodeResult {
  const adapter = useTwoFactorAdapter(options.adapter);
  const locale = useTwoFactorLocale(options.locale);
  const { result, snapshot, key, refusal } = useTwoFactorMutation<SendCodeRequest, SendCodeResult>(
    (participant) => sendTwoFactorCodeOptions(adapter, { ...options, locale, participant }),
    options,
    options.onSent,
    getTwoFactorEngine().refusal,
  );
  // Like react-query's tracked results: only a component that reads the countdown re-renders each second.
  const tracksCountdown = useRef(false);
  const seconds = useCooldownRemainingOf(key, tracksCountdown);

  const free = snapshot.cooldownUntil === undefined && snapshot.sending === undefined;
  const send = {
    ...result,
    notes: result.data?.notes ?? none,
    refusal: free ? undefined : refusal,
    cooldownRemaining: 0,
    cooldownUntil: snapshot.cooldownUntil,
    canSend: free && !result.isPending,
  };
  return Object.defineProperty(send, 'cooldownRemaining', {
    enumerable: true,
    get: () => {
      tracksCountdown.current = true;
      return seconds;
    },
  });
}
