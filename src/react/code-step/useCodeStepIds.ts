'use client';
import { useId } from 'react';

/** The code step's element ids, stable across server and client. */
export function useCodeStepIds() {
  const baseId = useId();
  return {
    title: `${baseId}-title`,
    input: `${baseId}-code`,
    instructions: `${baseId}-instructions`,
    error: `${baseId}-error`,
    summary: `${baseId}-summary`,
    status: `${baseId}-status`,
  };
}
