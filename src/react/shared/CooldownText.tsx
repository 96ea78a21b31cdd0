'use client';
import { useState } from 'react';
import { useCooldownRemaining } from './useCooldownRemaining.js';

/** Props of `CooldownText`. */
export interface CooldownTextProps {
  /** The person whose cooldown is counted: the same count as the send button's. */
  person: { personId: string; contextId?: string | undefined };
  /** The sentence for the seconds left, e.g. the catalogue's `cooldownRefused`. */
  text: (seconds: number) => string;
}

/**
 * A sentence about the wait that counts down with the send button, on the page's one clock, and is
 * gone when the wait ends. It sits in a live region (an alert, a status), where a moving number would
 * be announced every second: assistive technology reads the sentence as it first appeared, and the
 * button's description keeps the live count.
 */
export function CooldownText({ person, text }: CooldownTextProps) {
  const seconds = useCooldownRemaining(person);
  const [first] = useState(() => text(seconds));
  if (seconds <= 0) return null;
  return (
    <>
      <span aria-hidden="true">{text(seconds)}</span>
      <span className="rtf-visually-hidden">{first}</span>
    </>
  );
}
