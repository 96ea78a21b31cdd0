import type { ValidationSeverity } from '../core/contract/ValidationIssue.js';

/** A server failure to script, named as the server would name it. */
export interface MockIssue {
  /** The server's property name, e.g. `Medium` or `command.Language`; mapped to a field like a real answer. */
  propertyName: string;
  /**
   * The message to show. `{PropertyName}` and `{PropertyValue}` are filled as FluentValidation fills them:
   * the property's name and the value the request sent for it.
   */
  message: string;
  /** @default 'error' */
  severity?: ValidationSeverity | undefined;
  /** FluentValidation's `ErrorCode`. */
  code?: string | undefined;
  /** FluentValidation's `FormattedMessagePlaceholderValues`. @default { PropertyName, PropertyValue } of the property and the value sent */
  placeholders?: Readonly<Record<string, string>> | undefined;
}
