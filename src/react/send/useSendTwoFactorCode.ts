'use client';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import { personKey } from '../../core/personKey.js';
import type { SendCodeRequest } from '../../core/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/SendCodeResult.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import { useTwoFactorAdapter } from '../provider/useTwoFactorAdapter.js';
import { adapterCall } from '../shared/adapterMutationFn.js';
import { useGuardedMutate } from '../shared/useGuardedMutate.js';
import { useParticipant } from '../shared/useParticipant.js';
import { sendTwoFactorCodeMutationKey } from './sendTwoFactorCodeOptions.js';
import type { UseSendTwoFactorCodeOptions } from './UseSendTwoFactorCodeOptions.js';
import type { UseSendTwoFactorCodeResult } from './UseSendTwoFactorCodeResult.js';
import { useCooldownSecondsOf } from './useCooldownSecondsOf.js';
import { usePersonSnapshot } from './usePersonSnapshot.js';

const none: readonly never[] = [];
const noFieldErrors = {};

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
  const engine = getTwoFactorEngine();
  const participant = useParticipant();
  const [lastPerson, setLastPerson] = useState<string>();
  const key = options.personId === undefined ? lastPerson : personKey(options.personId, options.contextId);
  const snapshot = usePersonSnapshot(key);
  const tracksCountdown = useRef(false);
  const seconds = useCooldownSecondsOf(key, tracksCountdown);
  const [refusal, setRefusal] = useState<TwoFactorError>();

  const call = useMemo(() => adapterCall('useSendTwoFactorCode', adapter.sendCode.bind(adapter), { timeoutMs }), [adapter, timeoutMs]);
  // The engine's flight of each call, found by its request object. It is taken (or joined) at the call, so that the
  // page knows at once, and reaches the adapter when react-query runs the mutationFn, as a direct call would.
  const [flights] = useState(() => new WeakMap<SendCodeRequest, { flight: Promise<SendCodeResult>; go: () => void }>());
  const isAborted = (error: TwoFactorError | null) => error?.kind === 'aborted';
  const mutation = useMutation<SendCodeResult, TwoFactorError, SendCodeRequest>({
    mutationKey: sendTwoFactorCodeMutationKey,
    retry: false,
    networkMode: 'always',
    mutationFn: (request) => {
      const started = flights.get(request);
      started?.go();
      return started?.flight ?? Promise.reject(new Error('useSendTwoFactorCode: call mutate or mutateAsync.'));
    },
    onSuccess: (result, request) => options.onSuccess?.(result, request),
    onError: (error, request) => (isAborted(error) ? undefined : options.onError?.(error, request)),
    onSettled: (result, error, request) => (isAborted(error) ? undefined : options.onSettled?.(result, error, request)),
  });
  const { mutateAsync, mutate, cancel } = useGuardedMutate(mutation, participant, {
    refuse(request) {
      const refused = engine.refusal(request);
      // Only a change renders: a send that goes out after one that did costs no render here.
      if (refused || refusal) setRefusal(refused);
      return refused;
    },
    start(request) {
      if (options.personId === undefined) setLastPerson(personKey(request.personId, request.contextId));
      let go = () => {};
      const begun = new Promise<void>((resolve) => {
        go = resolve;
      });
      const adapterCall = async (signal: AbortSignal) => {
        signal.addEventListener('abort', go, { once: true });
        await begun;
        return call(request, signal);
      };
      const flight = engine.send(request, adapterCall, { cooldownSeconds, participant });
      flights.set(request, { flight, go });
      // Handled by the mutation; this keeps a rejection before react-query starts from being reported as unhandled.
      flight.catch(() => {});
    },
  });

  const error = mutation.error ?? undefined;
  const result = {
    ...mutation,
    mutate,
    mutateAsync,
    fieldErrors: error?.fieldErrors ?? noFieldErrors,
    formErrors: error?.formErrors ?? none,
    notes: mutation.data?.issues ?? none,
    refusal: snapshot.cooldownUntil === undefined && snapshot.sending === undefined ? undefined : refusal,
    cooldownRemaining: 0,
    cooldownUntil: snapshot.cooldownUntil,
    canSend: snapshot.cooldownUntil === undefined && snapshot.sending === undefined && !mutation.isPending,
    cancel,
  } satisfies UseSendTwoFactorCodeResult;
  // Like react-query's tracked results: only a component that reads the countdown re-renders each second.
  Object.defineProperty(result, 'cooldownRemaining', {
    enumerable: true,
    get: () => {
      tracksCountdown.current = true;
      return seconds;
    },
  });
  return result;
}
