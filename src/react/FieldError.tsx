/** The messages shown under a field, referenced by the field's `aria-describedby`. */
export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  return (
    <div className="rtf-field-error" id={id}>
      {messages.map((message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same server text may repeat.
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
