'use client';
import { useCooldownRemaining } from './useCooldownRemaining.js';

/** Props of `CooldownText`. */
export interface CooldownTextProps {
  /** The person whose cooldown is counted: the same count as the send button's. */
  person: { personId: string; contextId?: string | undefined };
  /** The sentence for the seconds left, e.g. the catalogue's `cooldownRefused`. */
  text: (seconds: number) => string;
  /** What to say once the wait is over (e.g. the lock's sentence without a time). @default undefined (nothing: gone with the wait) */
  ended?: string | undefined;
}

/**
 * A sentence about the wait that counts down with the send button, on the page's one clock, and is
 * gone when the wait ends. It sits in a live region (an alert, a status), where a moving number would
 * be announced every second: the sentence is a `timer` (a live region that is off), so assistive
 * technology reads it when the region appears and whenever the person reads it, and hears no ticking.
 * One sentence, not a second hidden copy: a page without the stylesheet reads it once.
 */
export function CooldownText({ person, text, ended }: CooldownTextProps) {
  const seconds = useCooldownRemaining(person);
  if (seconds <= 0) return ended === undefined ? null : ended;
  return (
    <span role="timer" aria-live="off">
      {text(seconds)}
    </span>
  );
}
