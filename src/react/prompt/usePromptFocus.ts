'use client';
import { useEffect } from 'react';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

/**
 * After a failed send, moves focus to the first field the server rejected. With one medium there is
 * no radio to focus: the language is then the first field.
 */
export function usePromptFocus(
  error: TwoFactorError | null,
  {
    offersMediumChoice,
    getValues,
    ids,
  }: { offersMediumChoice: boolean; getValues: () => TwoFactorPromptValues; ids: { medium: string; language: string } },
) {
  const firstInvalid = error?.fieldErrors.medium && offersMediumChoice ? 'medium' : error?.fieldErrors.language ? 'language' : undefined;
  useEffect(() => {
    if (!error || !firstInvalid || typeof document === 'undefined') return;
    const target = document.getElementById(firstInvalid === 'medium' ? `${ids.medium}-${getValues().medium}` : ids.language);
    target?.focus();
  }, [error, firstInvalid, ids.medium, ids.language, getValues]);
}
