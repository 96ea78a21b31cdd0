'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { getTwoFactorEngine } from '../../core/engine/getTwoFactorEngine.js';
import type { TwoFactorPersonSnapshot } from '../../core/engine/TwoFactorEngine.js';
import { idleSnapshot } from '../../core/engine/TwoFactorEngine.js';

const unsubscribed = () => {};
const serverSnapshot = () => idleSnapshot;

/** The engine's state for one person (a `personKey`), re-rendering when it changes; idle on the server. */
export function usePersonSnapshot(key: string | undefined): TwoFactorPersonSnapshot {
  const engine = getTwoFactorEngine();
  const subscribe = useCallback(
    (onChange: () => void) => (key === undefined ? unsubscribed : engine.subscribe(key, onChange)),
    [engine, key],
  );
  const getSnapshot = useCallback(() => (key === undefined ? idleSnapshot : engine.getSnapshot(key)), [engine, key]);
  return useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);
}
