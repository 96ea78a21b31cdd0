import type { ValidationIssue } from '../core/contract/ValidationIssue.js';
import { reportDeveloperError } from '../core/errors/reportDeveloperError.js';
import { formatMessage } from './formatMessage.js';

// Property names match as the reader maps fields: any case, with or without `command.`.
function propertyKey(propertyName: string): string {
  const name = propertyName.trim().toLowerCase();
  return name.startsWith('command.') ? name.slice('command.'.length) : name;
}

function findEntry(serverErrors: object, propertyName: string, code: string): [string, unknown] | undefined {
  const property = propertyKey(propertyName);
  let byCode: [string, unknown] | undefined;
  for (const [key, entry] of Object.entries(serverErrors)) {
    // `Contact.Phone.NotEmptyValidator`: the code follows the last dot, the property is everything before it.
    const dot = key.lastIndexOf('.');
    if (
      key
        .slice(dot + 1)
        .trim()
        .toLowerCase() !== code
    )
      continue;
    if (dot === -1) byCode ??= [key, entry];
    else if (propertyKey(key.slice(0, dot)) === property) return [key, entry];
  }
  return byCode;
}

function placeholdersOf(issue: ValidationIssue): Record<string, string> {
  const values: Record<string, string> = { PropertyName: issue.propertyName };
  const given: unknown = issue.placeholders;
  if (typeof given === 'object' && given !== null) {
    for (const [name, value] of Object.entries(given)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = String(value);
    }
  }
  return values;
}

/**
 * The text of a server validation failure: the `serverErrors` entry for its
 * `ErrorCode`, else the `fallback` entry (English's sentences for
 * FluentValidation's generic built-in rules), else the server's own message.
 *
 * - `Property.ErrorCode` (e.g. `Medium.NotEmptyValidator`) wins over
 *   `ErrorCode`; property names match in any case, with or without
 *   `command.`, and codes in any case.
 * - Placeholders are filled from the failure's `placeholders`
 *   (FluentValidation's `FormattedMessagePlaceholderValues`, names in any
 *   case; `{PropertyName}` falls back to the property name), as text.
 * - An entry may be a function of the placeholders and the failure. One that
 *   throws or returns no text, or an entry of a wrong type, is reported once
 *   with `console.error`, and the server's message shows.
 *
 * @example resolveServerError(issue, { 'Medium.PredicateValidator': 'Choose email or SMS.' }, 'en')
 */
export function resolveServerError(
  issue: ValidationIssue,
  serverErrors: Readonly<Record<string, string | ServerErrorFunction>> | undefined,
  locale: string,
  fallback: Readonly<Record<string, string>> = {},
): string {
  const code = typeof issue.code === 'string' ? issue.code.trim().toLowerCase() : '';
  if (code === '') return issue.message;
  // The host's entries first, whether they name the property or not: they are on top of the fallback.
  const given = typeof serverErrors === 'object' && serverErrors !== null ? findEntry(serverErrors, issue.propertyName, code) : undefined;
  const found = given ?? findEntry(fallback, issue.propertyName, code);
  if (!found) return issue.message;
  const [key, entry] = found;
  const placeholders = placeholdersOf(issue);
  if (typeof entry === 'string') return formatMessage(entry, locale, placeholders);
  if (typeof entry === 'function') {
    try {
      const text: unknown = (entry as ServerErrorFunction)(placeholders, issue);
      if (typeof text === 'string') return text;
      reportDeveloperError(`messages.serverErrors["${key}"] returned ${typeof text}, not text; the server's message is shown.`);
    } catch (error) {
      reportDeveloperError(
        `messages.serverErrors["${key}"] threw (${error instanceof Error ? error.message : typeof error}); the server's message is shown.`,
      );
    }
    return issue.message;
  }
  reportDeveloperError(`messages.serverErrors["${key}"] must be text or a function; got ${typeof entry}. The server's message is shown.`);
  return issue.message;
}

/** A host's text for a server failure: its `FormattedMessagePlaceholderValues` and the failure itself in, the text out. */
export type ServerErrorFunction = (placeholders: Readonly<Record<string, string>>, issue: ValidationIssue) => string;
