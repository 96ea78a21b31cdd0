'use client';
import { personKey } from '../../core/engine/personKey.js';
import { useCooldownRemainingOf } from './useCooldownRemainingOf.js';

/** Who a cooldown is for: the ids the request names. */
export interface UseCooldownRemainingOptions {
  /** The person codes go to; without one there is no cooldown to show. */
  personId: string | undefined;
  /** The context of `personId`. @default undefined */
  contextId?: string | undefined;
}

/**
 * Whole seconds until another code may be sent to this person, shared by
 * every prompt and hook on the page; re-renders only the component that
 * calls it, once a second. 0 when no cooldown runs, and on the server and
 * during hydration: the count is the engine's, so no clock is read during render.
 *
 * @example
 * const seconds = useCooldownRemaining({ personId });
 * return <span>{seconds > 0 ? `Resend in ${seconds} s` : 'Resend'}</span>;
 */
export function useCooldownRemaining({ personId, contextId }: UseCooldownRemainingOptions): number {
  return useCooldownRemainingOf(personId === undefined ? undefined : personKey(personId, contextId));
}
