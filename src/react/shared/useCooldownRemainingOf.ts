'use client';
import { type RefObject, useCallback, useSyncExternalStore } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';

const unsubscribed = () => {};
const none = () => 0;

/**
 * Whole seconds left in a person's cooldown (a `personKey`), from the engine's
 * precomputed count: no clock is read here. With `tracked`, the component
 * re-renders on each second only once `tracked.current` is true.
 */
export function useCooldownRemainingOf(key: string | undefined, tracked?: RefObject<boolean>): number {
  const engine = getTwoFactorEngine();
  const subscribe = useCallback(
    (onChange: () => void) =>
      key === undefined
        ? unsubscribed
        : engine.subscribeCooldownRemaining(key, () => {
            if (!tracked || tracked.current) onChange();
          }),
    [engine, key, tracked],
  );
  const getSnapshot = useCallback(() => (key === undefined ? 0 : engine.getCooldownRemaining(key)), [engine, key]);
  return useSyncExternalStore(subscribe, getSnapshot, none);
}
