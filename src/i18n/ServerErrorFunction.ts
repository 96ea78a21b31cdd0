import type { ValidationIssue } from '../core/contract/ValidationIssue.js';

/** A host's text for a server failure: its `FormattedMessagePlaceholderValues` and the failure itself in, the text out. */
export type ServerErrorFunction = (placeholders: Readonly<Record<string, string>>, issue: ValidationIssue) => string;
