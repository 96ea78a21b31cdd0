import type { RefObject } from 'react';

/**
 * Makes `cooldownRemaining` a getter that marks `tracked`, like react-query's tracked results: only a
 * component that reads the countdown re-renders each second.
 */
export function withTrackedCountdown<Result extends { cooldownRemaining: number }>(
  result: Result,
  tracked: RefObject<boolean>,
  seconds: number,
): Result {
  Object.defineProperty(result, 'cooldownRemaining', {
    enumerable: true,
    get: () => {
      tracked.current = true;
      return seconds;
    },
  });
  return result;
}
