'use client';
import { useEffect, useState } from 'react';
import { watchCountdown } from '../core/watchCountdown.js';

/**
 * Whole seconds left until `until` (epoch ms), re-rendering only the
 * component that calls it, once a second. 0 when `until` is undefined or past.
 */
export function useCountdownSeconds(until: number | undefined): number {
  const [seconds, setSeconds] = useState(() => (until === undefined ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000))));
  useEffect(() => {
    if (until === undefined) {
      setSeconds(0);
      return;
    }
    setSeconds(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    return watchCountdown(until, setSeconds);
  }, [until]);
  return seconds;
}
