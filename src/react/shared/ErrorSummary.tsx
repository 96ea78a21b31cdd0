'use client';
// A client module: its links move focus when clicked.
import { isValidElement, type ReactElement } from 'react';
import { ServerText } from './ServerText.js';

/** A summary line about one field: a link that moves focus to it. */
export interface ErrorSummaryLink {
  /** The text, as the field shows it. */
  message: string;
  /** The id of the element that takes focus: the field's input, select, or checked radio. */
  fieldId: string;
}

/** Props of `ErrorSummary`. */
export interface ErrorSummaryProps {
  /** The element id, for `aria-describedby`: the prompt's `ids.summary`. */
  id: string;
  /** The heading: the catalogue's `errorSummaryTitle`. */
  title: string;
  /** The lines: the prompt's `errorSummary`, a link to a field, or an element (a wait that counts down). Nothing renders when empty. */
  lines: readonly (string | ErrorSummaryLink | ReactElement)[];
}

/**
 * The form-level errors in one alert, announced when it appears. Server text is rendered as text,
 * each line isolated in its own direction (`ServerText`, a `<bdi>`).
 *
 * @example
 * <ErrorSummary id={prompt.ids.summary} title={prompt.texts.errorSummaryTitle} lines={prompt.errorSummary} />
 */
export function ErrorSummary({ id, title, lines }: ErrorSummaryProps) {
  if (lines.length === 0) return null;
  return (
    <div className="rtf-summary" id={id} role="alert">
      <p className="rtf-summary-title">{title}</p>
      <ul className="rtf-summary-list">
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same server text may repeat.
          <li key={index}>
            {typeof line === 'string' ? (
              <ServerText text={line} />
            ) : isValidElement(line) ? (
              line
            ) : (
              <a
                className="rtf-summary-link"
                href={`#${line.fieldId}`}
                onClick={(event) => {
                  const field = event.currentTarget.ownerDocument.getElementById(line.fieldId);
                  if (!field) return;
                  event.preventDefault();
                  // A radio group's tab stop is its checked radio.
                  const checked =
                    field instanceof HTMLInputElement && field.type === 'radio'
                      ? field.form?.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(field.name)}"]:checked`)
                      : undefined;
                  (checked ?? field).focus();
                }}
              >
                <ServerText text={line.message} />
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
