'use client';
import { memo } from 'react';
import type { TwoFactorTexts } from '../../i18n/TwoFactorTexts.js';
import { useCooldownRemaining } from '../shared/useCooldownRemaining.js';
import type { TwoFactorPromptStatus } from './usePromptStatus.js';

/** Props of `SendButtonLabel`. */
export interface SendButtonLabelProps {
  /** The person whose cooldown is counted: the prompt's `person`. */
  person: { personId: string; contextId?: string | undefined };
  /** The prompt's status: `sending` shows the catalogue's `sending`. */
  status: TwoFactorPromptStatus;
  /** Whether a code was sent: the label then says "Resend". */
  hasSent: boolean;
  /** The resolved texts: the prompt's `texts`. */
  texts: TwoFactorTexts;
}

/**
 * The send button's text, with the countdown of the cooldown shared by every prompt for the person.
 * Only this label re-renders on each cooldown tick, not the form.
 *
 * @example
 * <button type="submit"><SendButtonLabel person={prompt.person} status={prompt.status} hasSent={prompt.hasSent} texts={prompt.texts} /></button>
 */
export const SendButtonLabel = memo(function SendButtonLabel({ person, status, hasSent, texts }: SendButtonLabelProps) {
  const seconds = useCooldownRemaining(person);
  if (status === 'sending') return texts.sending;
  if (seconds > 0) return hasSent ? texts.resendIn(seconds) : texts.retryIn(seconds);
  return hasSent ? texts.resend : texts.send;
});
