'use client';
import { useElementIds } from '../shared/useElementIds.js';

const suffixes = {
  title: 'title',
  summary: 'summary',
  status: 'status',
  medium: 'medium',
  language: 'language',
  mediumError: 'medium-error',
  languageError: 'language-error',
} as const;

/** The prompt's element ids, stable across server and client. */
export function usePromptIds() {
  return useElementIds(suffixes);
}
