'use client';
import type { MutateOptions } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';

type MutateAsync<Result, Error, Request> = (request: Request, options?: MutateOptions<Result, Error, Request>) => Promise<Result>;

/** What `useSingleFlight` gives a mutation hook. */
export interface SingleFlight<Result, Error, Request> {
  /** For the mutation options: the signal of the send that is starting. */
  nextSignal: () => AbortSignal | undefined;
  /** Binds react-query's `mutateAsync` and `reset`; call it on every render. */
  bind: (mutateAsync: MutateAsync<Result, Error, Request>, reset: () => void) => void;
  /** Guarded `mutateAsync`: joins the call in flight instead of starting another. Stable. */
  mutateAsync: MutateAsync<Result, Error, Request>;
  /** Guarded `mutate`: failures stay in the mutation state. Stable. */
  mutate: (request: Request, options?: MutateOptions<Result, Error, Request>) => void;
  /** Aborts every call in flight and returns the mutation to idle. Stable. */
  cancel: () => void;
}

const ignore = () => {};

/**
 * One call at a time for a non-idempotent mutation: a second intent while
 * one is in flight joins it, each call gets its own abort signal, and
 * unmounting aborts what is in flight. `block` may refuse a call (a
 * cooldown, a lock) by returning the rejection to hand back.
 */
export function useSingleFlight<Result, Error, Request>(
  block?: (request: Request) => Promise<never> | undefined,
): SingleFlight<Result, Error, Request> {
  // One controller per call, handed to mutationFns in call order: react-query
  // starts a mutationFn a few microtasks after mutate, so reading "the latest"
  // controller there would hand a call queued before a cancel() the next one's.
  const controllersRef = useRef<Set<AbortController> | undefined>(undefined);
  const queuedSignalsRef = useRef<AbortSignal[]>([]);
  const inFlightRef = useRef<Promise<Result> | undefined>(undefined);
  const mutationRef = useRef<{ mutateAsync: MutateAsync<Result, Error, Request>; reset: () => void } | undefined>(undefined);
  const blockRef = useRef(block);
  blockRef.current = block;

  const abortAll = useCallback(() => {
    for (const controller of controllersRef.current ?? []) controller.abort();
    controllersRef.current?.clear();
  }, []);

  useEffect(() => abortAll, [abortAll]);

  const mutateAsync = useCallback((request: Request, options?: MutateOptions<Result, Error, Request>) => {
    if (inFlightRef.current) return inFlightRef.current;
    const blocked = blockRef.current?.(request);
    if (blocked) return blocked;
    const mutation = mutationRef.current;
    if (!mutation) throw new globalThis.Error('useSingleFlight: bind() was not called.');
    const controller = new AbortController();
    controllersRef.current ??= new Set();
    controllersRef.current.add(controller);
    queuedSignalsRef.current.push(controller.signal);
    const promise = mutation.mutateAsync(request, options).finally(() => {
      controllersRef.current?.delete(controller);
      if (inFlightRef.current === promise) inFlightRef.current = undefined;
    });
    inFlightRef.current = promise;
    return promise;
  }, []);

  const mutate = useCallback(
    (request: Request, options?: MutateOptions<Result, Error, Request>) => {
      mutateAsync(request, options).catch(ignore);
    },
    [mutateAsync],
  );

  const cancel = useCallback(() => {
    abortAll();
    inFlightRef.current = undefined;
    mutationRef.current?.reset();
  }, [abortAll]);

  return {
    nextSignal: useCallback(() => queuedSignalsRef.current.shift(), []),
    bind: (bound, reset) => {
      mutationRef.current = { mutateAsync: bound, reset };
    },
    mutateAsync,
    mutate,
    cancel,
  };
}
