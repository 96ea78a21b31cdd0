import { secondsUntil } from './secondsUntil.js';

/**
 * Calls `onSecond` with the whole seconds left each time that number drops,
 * down to 0, waking on second boundaries so the count never skips or
 * drifts. Returns a function that stops it.
 */
export function watchCountdown(until: number, onSecond: (secondsLeft: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    const left = until - Date.now();
    if (left <= 0) {
      onSecond(0);
      return;
    }
    timer = setTimeout(
      () => {
        const secondsLeft = secondsUntil(until);
        if (secondsLeft > 0) onSecond(secondsLeft);
        schedule();
      },
      left % 1000 || 1000,
    );
  };
  schedule();
  return () => clearTimeout(timer);
}
