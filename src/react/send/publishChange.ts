import { notifyManager } from '@tanstack/react-query';
import type { TwoFactorChange } from '../../core/engine/TwoFactorChange.js';

// Listeners told of a send or verify that started or settled, not yet called.
const pending = new Set<() => void>();

function callPending() {
  const listeners = [...pending];
  pending.clear();
  for (const listener of listeners) listener();
}

/**
 * An engine listener for `useSyncExternalStore`. A tick of the clock is published at once. A send or
 * verify that starts or settles is held until react-query publishes its mutation's result
 * (`flushFlightChanges`, from the per-call `onSettled`), so that the result commits with the engine's
 * new state: never a result beside a stale cooldown. A component with no mutation of its own is told
 * after react-query's notification (two hops of its scheduler, which react-query takes one of).
 */
export function publishChange(onChange: () => void): (change: TwoFactorChange) => void {
  return (change) => {
    if (change !== 'flight') {
      onChange();
      return;
    }
    pending.add(onChange);
    notifyManager.schedule(() => notifyManager.schedule(callPending));
  };
}

/** Publishes the held changes now: called as react-query makes a mutation's result readable. */
export function flushFlightChanges(): void {
  callPending();
}
