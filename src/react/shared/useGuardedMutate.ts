'use client';
import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { TwoFactorError } from '../../core/TwoFactorError.js';
import { flushFlightChanges } from '../send/publishChange.js';

type Mutation<Result, Request> = UseMutationResult<Result, TwoFactorError, Request>;
type Options<Result, Request> = MutateOptions<Result, TwoFactorError, Request>;

/** The guarded calls of a mutation hook. */
export interface GuardedMutate<Result, Request> {
  mutateAsync: (request: Request, options?: Options<Result, Request>) => Promise<Result>;
  mutate: (request: Request, options?: Options<Result, Request>) => void;
  cancel: () => void;
}

const ignore = () => {};

/** What a guarded mutation does around react-query's `mutate`. */
export interface GuardedMutateSteps<Request> {
  /** Before anything: the rejection of a call the engine refuses, which then never enters the mutation state. */
  refuse?: (request: Request) => TwoFactorError | undefined;
  /** Right after react-query's `mutate` (whose pending state is then published first), before its `mutationFn` runs. */
  start?: ((request: Request) => void) | undefined;
}

/**
 * `mutateAsync`, `mutate` and `cancel` for a mutation the engine guards. A second call while this
 * component's own is in flight joins it (one mutation, one `onSuccess`).
 */
export function useGuardedMutate<Result, Request>(
  mutation: Mutation<Result, Request>,
  participant: object,
  steps: GuardedMutateSteps<Request>,
): GuardedMutate<Result, Request> {
  const latest = useRef({ mutation, steps });
  latest.current = { mutation, steps };
  const ownRef = useRef<Promise<Result>>(undefined);

  const mutateAsync = useCallback((request: Request, options?: Options<Result, Request>) => {
    const { mutation: current, steps: guard } = latest.current;
    const refused = guard.refuse?.(request);
    if (refused) return Promise.reject(refused);
    if (ownRef.current) return ownRef.current;
    // react-query calls the per-call `onSettled` as the result becomes readable: the engine's change then renders with it.
    const settled: Options<Result, Request> = {
      ...options,
      onSettled(...args) {
        flushFlightChanges();
        return options?.onSettled?.(...args);
      },
    };
    const own = current.mutateAsync(request, settled).finally(() => {
      if (ownRef.current === own) ownRef.current = undefined;
    });
    guard.start?.(request);
    ownRef.current = own;
    return own;
  }, []);
  const mutate = useCallback(
    (request: Request, options?: Options<Result, Request>) => void mutateAsync(request, options).catch(ignore),
    [mutateAsync],
  );
  const cancel = useCallback(() => {
    getTwoFactorEngine().leave(participant);
    ownRef.current = undefined;
    latest.current.mutation.reset();
  }, [participant]);
  return { mutateAsync, mutate, cancel };
}
