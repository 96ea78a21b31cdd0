'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { cooldownKey, cooldownRemainingMs, startCooldown } from '../core/cooldownStore.js';
import type { SendCodeRequest } from '../core/SendCodeRequest.js';
import type { SendCodeResult } from '../core/SendCodeResult.js';
import { secondsUntil } from '../core/secondsUntil.js';
import type { TwoFactorAdapter } from '../core/TwoFactorAdapter.js';
import { isTwoFactorError, TwoFactorError } from '../core/TwoFactorError.js';
import type { TwoFactorField } from '../core/TwoFactorField.js';
import type { ValidationIssue } from '../core/ValidationIssue.js';
import { watchCountdown } from '../core/watchCountdown.js';
import { sendTwoFactorCodeOptions } from './sendTwoFactorCodeOptions.js';
import { useSingleFlight } from './useSingleFlight.js';
import { useTwoFactorAdapter } from './useTwoFactorAdapter.js';

/** Options of `useSendTwoFactorCode`. */
export interface UseSendTwoFactorCodeOptions {
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter;
  /** Seconds after a success before another code may be sent. @default 30 */
  cooldownSeconds?: number;
  /** The person codes go to, so that a cooldown is restored after a remount or reload. @default undefined (restored from the first send on) */
  personId?: string;
  /** The context of `personId`; the cooldown is kept per person and context. @default undefined */
  contextId?: string;
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own timeout. @default undefined */
  timeoutMs?: number;
  /** Called after each successful send. @default undefined */
  onSuccess?: (result: SendCodeResult, request: SendCodeRequest) => void;
  /** Called after each failed send; never for a cancelled one. @default undefined */
  onError?: (error: TwoFactorError, request: SendCodeRequest) => void;
  /** Called after each send that was not cancelled. @default undefined */
  onSettled?: (result: SendCodeResult | undefined, error: TwoFactorError | null, request: SendCodeRequest) => void;
}

type SendMutationResult = UseMutationResult<SendCodeResult, TwoFactorError, SendCodeRequest>;

/** What `useSendTwoFactorCode` returns: react-query's mutation result, guarded, plus the send's state. */
export type UseSendTwoFactorCodeResult = SendMutationResult & {
  /** Blocking server messages per field, from the last failed send. */
  fieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking messages not tied to a field, from the last failed send. */
  formErrors: readonly string[];
  /** Non-blocking Warning and Info issues of the last successful send. */
  warnings: readonly ValidationIssue[];
  /** Whole seconds until another code may be sent; reading it makes the component re-render each second. */
  cooldownRemaining: number;
  /** Epoch milliseconds when the cooldown ends, for a countdown rendered elsewhere. */
  cooldownUntil: number | undefined;
  /** Whether a send would go out now: none in flight, no cooldown. */
  canSend: boolean;
  /** Aborts the send in flight and returns to idle; the adapter sees the abort through its signal. */
  cancel: () => void;
};

const noFieldErrors: Partial<Record<TwoFactorField, string[]>> = {};
const none: readonly never[] = [];

/**
 * The cooldown a hook shows. A send that settles starts it quietly: react-query calls `onSuccess` and
 * `onError` before it publishes the result. `settled()`, called from the per-call `onSettled` (which
 * react-query calls once the result is readable), then renders the result and the cooldown together,
 * in one commit. A state update of its own committed the cooldown apart, and react-query's notification
 * a task later committed again. A restored or ended cooldown renders at once.
 */
function createCooldownState() {
  // A new object each time the hook is to render, so that `useSyncExternalStore` sees a change.
  let snapshot: { until: number | undefined } = { until: undefined };
  // A cooldown set quietly that no render has shown yet.
  let unseen = false;
  const listeners = new Set<() => void>();
  const render = (until: number | undefined) => {
    snapshot = { until };
    unseen = false;
    for (const listener of listeners) listener();
  };
  return {
    get: () => snapshot,
    set(until: number | undefined, { quietly = false } = {}) {
      if (until === snapshot.until) return;
      if (quietly) {
        snapshot = { until };
        unseen = true;
      } else render(until);
    },
    // Renders now, whatever changed: the result react-query has just made readable, with its cooldown.
    settled: () => render(snapshot.until),
    // Renders a cooldown set quietly that `settled()` never showed.
    flush() {
      if (unseen) render(snapshot.until);
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Sends a two-factor code through the adapter, with the guarantees a
 * non-idempotent send needs: one adapter call per intent (a double click or
 * ten synchronous `mutate` calls send once), no automatic retry, a cooldown
 * that survives a reload, and cancellation on unmount.
 *
 * @example
 * function SendButton({ personId }: { personId: string }) {
 *   const send = useSendTwoFactorCode({ personId });
 *   return (
 *     <button type="button" disabled={!send.canSend} onClick={() => send.mutate({ personId, medium: 'email' })}>
 *       {send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : 'Send code'}
 *     </button>
 *   );
 * }
 */
export function useSendTwoFactorCode(options: UseSendTwoFactorCodeOptions = {}): UseSendTwoFactorCodeResult {
  const { cooldownSeconds = 30, timeoutMs, personId, contextId } = options;
  if (!(Number.isFinite(cooldownSeconds) && cooldownSeconds >= 0)) {
    throw new TypeError(`useSendTwoFactorCode: cooldownSeconds must be 0 or more; got ${String(cooldownSeconds)}.`);
  }
  const adapter = useTwoFactorAdapter(options.adapter);
  const flight = useSingleFlight<SendCodeResult, TwoFactorError, SendCodeRequest>((request) => {
    const remaining = cooldownRemainingMs(cooldownKey(request.personId, request.contextId));
    if (remaining <= 0) return undefined;
    const seconds = Math.ceil(remaining / 1000);
    return Promise.reject(
      new TwoFactorError('rate-limited', {
        message: `A code was just sent; wait ${seconds} s before sending another.`,
        retryAfterSeconds: seconds,
      }),
    );
  });
  const tracksCountdownRef = useRef(false);
  const [cooldown] = useState(createCooldownState);
  const { until: cooldownUntil } = useSyncExternalStore(cooldown.subscribe, cooldown.get, cooldown.get);
  const [, setTick] = useState(0);

  // Called as a send settles, before react-query publishes its result: `settled()` renders both.
  const beginCooldown = (request: SendCodeRequest, seconds: number) => {
    if (seconds <= 0) return;
    cooldown.set(startCooldown(cooldownKey(request.personId, request.contextId), seconds), { quietly: true });
    // react-query skips the per-call `onSettled` once nothing watches this send (`reset()`, `cancel()`
    // while the code still went out): the cooldown then renders a task later, after the result would
    // have, so that the next click is not refused with nothing on screen.
    setTimeout(cooldown.flush, 0);
  };

  const mutation = useMutation<SendCodeResult, TwoFactorError, SendCodeRequest>({
    ...sendTwoFactorCodeOptions(adapter, { ...(timeoutMs !== undefined && { timeoutMs }), signal: flight.nextSignal }),
    onSuccess(result, request) {
      beginCooldown(request, cooldownSeconds);
      options.onSuccess?.(result, request);
    },
    onError(error, request) {
      if (isTwoFactorError(error) && error.kind === 'aborted') return;
      if (isTwoFactorError(error) && error.kind === 'rate-limited') {
        beginCooldown(request, Math.max(cooldownSeconds, error.retryAfterSeconds ?? 0));
      }
      options.onError?.(error, request);
    },
    onSettled(result, error, request) {
      if (isTwoFactorError(error) && error.kind === 'aborted') return;
      options.onSettled?.(result, error, request);
    },
  });
  flight.bind(
    (request, mutateOptions) =>
      mutation.mutateAsync(request, {
        ...mutateOptions,
        onSettled(...settled) {
          cooldown.settled();
          return mutateOptions?.onSettled?.(...settled);
        },
      }),
    mutation.reset,
  );

  // Restored after mount, not during render, so that server and client render alike.
  useEffect(() => {
    if (personId === undefined) return;
    const remaining = cooldownRemainingMs(cooldownKey(personId, contextId));
    cooldown.set(remaining > 0 ? Date.now() + remaining : undefined);
  }, [cooldown, personId, contextId]);

  useEffect(() => {
    if (cooldownUntil === undefined) return;
    return watchCountdown(cooldownUntil, (secondsLeft) => {
      if (secondsLeft === 0) cooldown.set(undefined);
      else if (tracksCountdownRef.current) setTick((tick) => tick + 1);
    });
  }, [cooldown, cooldownUntil]);

  const error = isTwoFactorError(mutation.error) ? mutation.error : undefined;
  const result = {
    ...mutation,
    mutate: flight.mutate,
    mutateAsync: flight.mutateAsync,
    fieldErrors: error?.fieldErrors ?? noFieldErrors,
    formErrors: error?.formErrors ?? none,
    warnings: mutation.data?.issues ?? none,
    cooldownRemaining: 0,
    cooldownUntil,
    canSend: cooldownUntil === undefined && !mutation.isPending,
    cancel: flight.cancel,
  } as UseSendTwoFactorCodeResult;
  // Like react-query's tracked results: only a component that reads the countdown re-renders each second.
  Object.defineProperty(result, 'cooldownRemaining', {
    enumerable: true,
    get() {
      tracksCountdownRef.current = true;
      return secondsUntil(cooldownUntil);
    },
  });
  return result;
}
