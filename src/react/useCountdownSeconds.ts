'use client';
import { useEffect, useState } from 'react';
import { secondsUntil } from '../core/secondsUntil.js';
import { watchCountdown } from '../core/watchCountdown.js';

/**
 * Whole seconds left until `until` (epoch ms), re-rendering only the
 * component that calls it, once a second. 0 when `until` is undefined or past.
 */
export function useCountdownSeconds(until: number | undefined): number {
  // Counted in the render itself, so a new `until` commits once with the right number (not once
  // with the last count and again from an effect); the state only wakes the component each second.
  const seconds = secondsUntil(until);
  const [, setCounted] = useState<{ until: number; seconds: number } | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `seconds` is what the render that received this `until` showed.
  useEffect(() => {
    if (until === undefined) return;
    const show = (left: number) =>
      setCounted((previous) => ((previous?.until === until ? previous.seconds : seconds) === left ? previous : { until, seconds: left }));
    // A second may have ended between that render and this effect.
    show(secondsUntil(until));
    return watchCountdown(until, show);
  }, [until]);
  return seconds;
}
