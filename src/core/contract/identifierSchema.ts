import { refine, string, trim } from 'zod/mini';

/** An identifier of a request (`personId`, `contextId`, …): text, trimmed, not empty. */
export const identifierSchema = string().check(
  trim(),
  // A plain refine rather than minLength(1): the bundle holds refine already (the language tag).
  refine((value: string) => value.length > 0, 'Must not be empty.'),
);
