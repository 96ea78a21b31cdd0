'use client';
import { useState } from 'react';
import { useCooldownRemaining } from '../send/useCooldownRemaining.js';

/** Props of `CooldownAnnouncer`. */
export interface CooldownAnnouncerProps {
  /** The person whose cooldown is watched. */
  person: { personId: string; contextId?: string | undefined };
  /** What to say once, when the wait ends: the catalogue's `cooldownOver`. */
  message: string;
}

/**
 * A polite live region that stays silent while a cooldown counts down (no ticking), and says `message`
 * once when sending is possible again. Visually hidden with the stylesheet. Internal: the prompt and the flow
 * render it; it is not exported.
 */
export function CooldownAnnouncer({ person, message }: CooldownAnnouncerProps) {
  const seconds = useCooldownRemaining(person);
  // Adjusted during render, not in an effect: the end of the wait commits once, with the announcement.
  const [previous, setPrevious] = useState(seconds);
  const [said, setSaid] = useState('');
  if (seconds !== previous) {
    setPrevious(seconds);
    setSaid(seconds === 0 && previous > 0 ? message : '');
  }
  return (
    <p className="rtf-visually-hidden" aria-live="polite">
      {said}
    </p>
  );
}
