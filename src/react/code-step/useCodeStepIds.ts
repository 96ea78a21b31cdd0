'use client';
import { useElementIds } from '../shared/useElementIds.js';

const suffixes = {
  title: 'title',
  input: 'code',
  instructions: 'instructions',
  error: 'error',
  summary: 'summary',
  status: 'status',
} as const;

/** The code step's element ids, stable across server and client. */
export function useCodeStepIds() {
  return useElementIds(suffixes);
}
