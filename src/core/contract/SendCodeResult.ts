import type { ValidationIssue } from './ValidationIssue.js';

/** A successful send. */
export interface SendCodeResult {
  /** Text for the person, e.g. where the code went. Server text: render it as text. */
  hint?: string | undefined;
  /**
   * Non-blocking Warning and Info failures the server reported on a successful send: the library's
   * one word for them is `notes` (a `TwoFactorError`'s `issues` are every failure, blocking or not).
   */
  notes: ValidationIssue[];
  /** How many failures past the first 100 were left out of `notes`; absent when none were. */
  notesLeftOut?: number | undefined;
  /** The parsed answer body, for hosts that need a member the library does not read. */
  raw: unknown;
}
