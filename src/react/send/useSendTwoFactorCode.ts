'use client';
import { useRef } from 'react';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { useCooldownRemainingOf } from '../shared/useCooldownRemainingOf.js';
import { useTwoFactorMutation } from '../shared/useTwoFactorMutation.js';
import { sendTwoFactorCodeOptions } from './sendTwoFactorCodeOptions.js';
import type { UseSendTwoFactorCodeOptions } from './UseSendTwoFactorCodeOptions.js';
import type { UseSendTwoFactorCodeResult } from './UseSendTwoFactorCodeResult.js';

const none: readonly never[] = [];
const noFieldErrors = {};

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
  const { mutation, snapshot, key, refusal, cancel } = useTwoFactorMutation<SendCodeRequest, SendCodeResult>(
    (participant) => sendTwoFactorCodeOptions(adapter, { ...options, locale, participant }),
    options,
    options.onSent,
    getTwoFactorEngine().refusal,
  );
  // Like react-query's tracked results: only a component that reads the countdown re-renders each second.
  const tracksCountdown = useRef(false);
  const seconds = useCooldownRemainingOf(key, tracksCountdown);

  const error = mutation.error ?? undefined;
  const free = snapshot.cooldownUntil === undefined && snapshot.sending === undefined;
  const result = {
    ...mutation,
    cancel,
    serverFieldErrors: error?.fieldErrors ?? noFieldErrors,
    serverFormErrors: error?.formErrors ?? none,
    notes: mutation.data?.notes ?? none,
    refusal: free ? undefined : refusal,
    cooldownRemaining: 0,
    cooldownUntil: snapshot.cooldownUntil,
    canSend: free && !mutation.isPending,
  };
  return Object.defineProperty(result, 'cooldownRemaining', {
    enumerable: true,
    get: () => {
      tracksCountdown.current = true;
      return seconds;
    },
  });
}
