import type { TwoFactorField } from './TwoFactorField.js';

/** How much a validation failure matters: only `error` blocks a send. */
export type ValidationSeverity = 'error' | 'warning' | 'info';

/** One FluentValidation failure, read from the server's answer. */
export interface ValidationIssue {
  /** The request field the failure belongs to; absent when the server named a property the UI does not own. */
  field?: TwoFactorField | undefined;
  /** The property name exactly as the server sent it, e.g. `command.Medium`. */
  propertyName: string;
  /** The server's message, localised there. Untrusted text: render it as text. */
  message: string;
  /** `error` blocks the send; `warning` and `info` are notes on a successful send. */
  severity: ValidationSeverity;
  /** FluentValidation's `ErrorCode`, e.g. `NotEmptyValidator`. */
  code?: string | undefined;
  /** FluentValidation's `FormattedMessagePlaceholderValues`, keys as sent (`MaxLength`), values as text; absent when there are none. */
  placeholders?: Readonly<Record<string, string>> | undefined;
}
