'use client';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/SendCodeResult.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { useTwoFactorLocale } from '../provider/useTwoFactorLocale.js';
import { adapterCall } from '../shared/adapterMutationFn.js';
import { useGuardedMutate } from '../shared/useGuardedMutate.js';
import { useParticipant } from '../shared/useParticipant.js';
import { usePersonKey } from '../shared/usePersonKey.js';
import { deferredFlights } from './deferredFlights.js';
import { sendTwoFactorCodeMutationKey } from './sendTwoFactorCodeOptions.js';
import { toSendResult } from './toSendResult.js';
import type { UseSendTwoFactorCodeOptions } from './UseSendTwoFactorCodeOptions.js';
import type { UseSendTwoFactorCodeResult } from './UseSendTwoFactorCodeResult.js';
import { useCooldownRemainingOf } from './useCooldownRemainingOf.js';
import { usePersonSnapshot } from './usePersonSnapshot.js';
import { useRefusal } from './useRefusal.js';
import { withTrackedCountdown } from './withTrackedCountdown.js';

/**
 * Sends a two-factor code through the adapter, with the page's engine deciding whether a call may go
 * out: one adapter call per intent across every hook and provider (a double click, two prompts), no
 * retry, a cooldown that survives a reload, and a refusal that says why.
 *
 * @example
 * const send = useSendTwoFactorCode({ personId });
 * <button type="button" disabled={!send.canSend} onClick={() => send.mutate({ personId, medium: 'email' })}>
 *   {send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : 'Send code'}
 * </button>
 */
export function useSendTwoFactorCode(options: UseSendTwoFactorCodeOptions = {}): UseSendTwoFactorCodeResult {
  const { cooldownSeconds = 30, timeoutMs } = options;
  if (!(Number.isFinite(cooldownSeconds) && cooldownSeconds >= 0)) {
    throw new TypeError(`useSendTwoFactorCode: cooldownSeconds must be 0 or more; got ${String(cooldownSeconds)}.`);
  }
  const adapter = useTwoFactorAdapter(options.adapter);
  const locale = useTwoFactorLocale(options.locale);
  const engine = getTwoFactorEngine();
  const participant = useParticipant();
  const person = usePersonKey(options.personId, options.contextId);
  const snapshot = usePersonSnapshot(person.key);
  const tracksCountdown = useRef(false);
  const seconds = useCooldownRemainingOf(person.key, tracksCountdown);
  const { refusal, refuse } = useRefusal(engine);

  const call = useMemo(
    () => adapterCall('useSendTwoFactorCode', adapter.sendCode.bind(adapter), { timeoutMs, locale }),
    [adapter, timeoutMs, locale],
  );
  const [flights] = useState(deferredFlights);
  const isAborted = (error: TwoFactorError | null) => error?.kind === 'aborted';
  const mutation = useMutation<SendCodeResult, TwoFactorError, SendCodeRequest>({
    mutationKey: sendTwoFactorCodeMutationKey,
    retry: false,
    networkMode: 'always',
    mutationFn: flights.run,
    onSuccess: (result, request) => options.onSuccess?.(result, request),
    onError: (error, request) => (isAborted(error) ? undefined : options.onError?.(error, request)),
    onSettled: (result, error, request) => (isAborted(error) ? undefined : options.onSettled?.(result, error, request)),
  });
  const guarded = useGuardedMutate(mutation, participant, {
    refuse,
    start(request) {
      person.remember(request);
      flights.take(
        request,
        (signal) => call(request, signal),
        (adapterCall) => engine.send(request, adapterCall, { cooldownSeconds, participant }),
      );
    },
  });

  return withTrackedCountdown(toSendResult(mutation, snapshot, guarded, refusal), tracksCountdown, seconds);
}
