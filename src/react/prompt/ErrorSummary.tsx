/** Props of `ErrorSummary`. */
export interface ErrorSummaryProps {
  /** The element id, for `aria-describedby`: the prompt's `ids.summary`. */
  id: string;
  /** The heading: the catalogue's `errorSummaryTitle`. */
  title: string;
  /** The lines: the prompt's `errorSummary`. Nothing renders when empty. */
  lines: readonly string[];
}

/**
 * The form-level errors in one alert, announced when it appears. Server text is rendered as text.
 *
 * @example
 * <ErrorSummary id={prompt.ids.summary} title={prompt.messages.errorSummaryTitle} lines={prompt.errorSummary} />
 */
export function ErrorSummary({ id, title, lines }: ErrorSummaryProps) {
  if (lines.length === 0) return null;
  return (
    <div className="rtf-summary" id={id} role="alert">
      <p className="rtf-summary-title">{title}</p>
      <ul className="rtf-summary-list">
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same server text may repeat.
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
