'use client';
import { useId } from 'react';

/** The prompt's element ids, stable across server and client. */
export function usePromptIds() {
  const baseId = useId();
  return {
    title: `${baseId}-title`,
    summary: `${baseId}-summary`,
    status: `${baseId}-status`,
    medium: `${baseId}-medium`,
    language: `${baseId}-language`,
    mediumError: `${baseId}-medium-error`,
    languageError: `${baseId}-language-error`,
  };
}
