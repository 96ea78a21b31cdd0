'use client';
import { personKey } from '../../core/personKey.js';
import { useCooldownSecondsOf } from './useCooldownSecondsOf.js';

/** Who a cooldown is for: the ids the request names. */
export interface UseCooldownSecondsOptions {
  /** The person codes go to; without one there is no cooldown to show. */
  personId: string | undefined;
  /** The context of `personId`. @default undefined */
  contextId?: string;
}

/**
 * Whole seconds until another code may be sent to this person, shared by
 * every prompt and hook on the page; re-renders only the component that
 * calls it, once a second. 0 when no cooldown runs, and on the server and
 * during hydration: the count is the engine's, so no clock is read during render.
 *
 * @example
 * const seconds = useCooldownSeconds({ personId });
 * return <span>{seconds > 0 ? `Resend in ${seconds} s` : 'Resend'}</span>;
 */
export function useCooldownSeconds({ personId, contextId }: UseCooldownSecondsOptions): number {
  return useCooldownSecondsOf(personId === undefined ? undefined : personKey(personId, contextId));
}
