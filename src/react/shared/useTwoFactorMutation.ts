'use client';
import { type MutateOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { TwoFactorField } from '../../core/contract/TwoFactorField.js';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import { personKey } from '../../core/engine/personKey.js';
import type { TwoFactorPersonSnapshot } from '../../core/engine/TwoFactorEngine.js';
import { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import { usePersonSnapshot } from './usePersonSnapshot.js';

/** What the send and verify hooks share of their options: the person shown, and the callbacks but success (`onSent`, `onVerified`). */
export interface TwoFactorMutationHookOptions<Request, Result> {
  personId?: string | undefined;
  contextId?: string | undefined;
  onError?: ((error: TwoFactorError, request: Request) => void) | undefined;
  onSettled?: ((result: Result | undefined, error: TwoFactorError | null, request: Request) => void) | undefined;
}

/** The options `sendTwoFactorCodeOptions` and `verifyTwoFactorCodeOptions` make. */
interface EngineMutationOptions<Request, Result> {
  mutationKey: readonly string[];
  mutationFn: (request: Request) => Promise<Result>;
  retry: false;
  networkMode: 'always';
}

/** What the send and verify results share beyond react-query's: the server's texts of the last failure, and `cancel`. */
export interface TwoFactorMutationResult {
  /** Blocking texts per field from the last failed call (`error.fieldErrors`): the server's, or the adapter's check of the request before sending. */
  serverFieldErrors: Partial<Record<TwoFactorField, string[]>>;
  /** Blocking texts not tied to a field from the last failed call (`error.formErrors`): the server's, the gateway's or the adapter's. */
  serverFormErrors: readonly string[];
  /** Leaves the call in flight (aborted when nothing else waits for it) and returns to idle. */
  cancel: () => void;
}

type Person = { personId: string; contextId?: string | undefined };
const ignore = () => {};
const none: readonly never[] = [];
const noFieldErrors = {};

/**
 * The one piece the send and verify hooks are built from: react-query's `useMutation` over the
 * engine-routed options (`toOptions`, given this component's participant), and the engine's
 * snapshot of the person shown (the `personId` option, else the person of the mutation's
 * `variables`). Nothing is mirrored: react-query owns the call's result, the engine the person's
 * facts. Before react-query, `refuse` may turn a call down (it then never enters the mutation, and
 * `refusal` says why); unmounting or `cancel` leaves the engine's flights (see `TwoFactorEngine.leave`).
 */
export function useTwoFactorMutation<Request extends Person, Result>(
  toOptions: (participant: object) => EngineMutationOptions<Request, Result>,
  { personId, contextId, onError, onSettled }: TwoFactorMutationHookOptions<Request, Result>,
  onSuccess: ((result: Result, request: Request) => void) | undefined,
  refuse?: (request: Request) => TwoFactorError | undefined,
) {
  const engine = getTwoFactorEngine();
  const [participant] = useState(() => ({}));
  // Calls made but not yet begun (react-query runs a `mutationFn` a few microtasks after `mutate`), so
  // that `cancel` or an unmount right after a click stops a call before it reaches the engine.
  const [waiting] = useState(() => new Map<Request, number>());
  useEffect(
    () => () => {
      waiting.clear();
      engine.leave(participant);
    },
    [engine, participant, waiting],
  );
  const engineOptions = toOptions(participant);
  const mutation: UseMutationResult<Result, TwoFactorError, Request> = useMutation<Result, TwoFactorError, Request>({
    ...engineOptions,
    mutationFn: (request) => {
      const count = waiting.get(request) ?? 0;
      if (count === 0) return Promise.reject(new TwoFactorError('aborted', { message: 'Cancelled before it was sent.' }));
      if (count === 1) waiting.delete(request);
      else waiting.set(request, count - 1);
      return engineOptions.mutationFn(request);
    },
    onSuccess: (result, request) => onSuccess?.(result, request),
    // A cancelled call (`cancel`, an unmount) is nobody's failure: no callback hears of it.
    onError: (error, request) => (error.kind === 'aborted' ? undefined : onError?.(error, request)),
    onSettled: (result, error, request) => (error?.kind === 'aborted' ? undefined : onSettled?.(result, error, request)),
  });
  const last = mutation.variables;
  const key = personId !== undefined ? personKey(personId, contextId) : last && personKey(last.personId, last.contextId);
  const snapshot: TwoFactorPersonSnapshot = usePersonSnapshot(key);

  // Why this hook's last call was turned down: an answer of the engine's that no store holds.
  const [refusal, setRefusal] = useState<TwoFactorError>();
  const { mutateAsync: run, reset } = mutation;
  const mutateAsync = useCallback(
    (request: Request, options?: MutateOptions<Result, TwoFactorError, Request>) => {
      const refused = refuse?.(request);
      setRefusal(refused);
      if (refused) return Promise.reject(refused);
      waiting.set(request, (waiting.get(request) ?? 0) + 1);
      // Two calls, not `run(request, options)`: react-query's rest parameter takes no explicit undefined.
      return options === undefined ? run(request) : run(request, options);
    },
    [refuse, run, waiting],
  );
  const mutate = useCallback(
    (request: Request, options?: MutateOptions<Result, TwoFactorError, Request>) => void mutateAsync(request, options).catch(ignore),
    [mutateAsync],
  );
  const cancel = useCallback(() => {
    waiting.clear();
    engine.leave(participant);
    reset();
  }, [engine, participant, waiting, reset]);
  const error = mutation.error ?? undefined;
  // Cast: react-query's result is a union over `status`, which a generic spread cannot keep apart.
  const result = {
    ...mutation,
    mutate,
    mutateAsync,
    serverFieldErrors: error?.fieldErrors ?? noFieldErrors,
    serverFormErrors: error?.formErrors ?? none,
    cancel,
  } as UseMutationResult<Result, TwoFactorError, Request> & TwoFactorMutationResult;
  return { result, snapshot, key, refusal };
}
