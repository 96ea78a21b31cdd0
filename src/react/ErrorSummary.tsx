/** The form-level errors in one alert: announced when it appears. Server text is rendered as text. */
export function ErrorSummary({ id, title, lines }: { id: string; title: string; lines: readonly string[] }) {
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
