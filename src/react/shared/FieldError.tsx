import { ServerText } from './ServerText.js';

/** Props of `FieldError`. */
export interface FieldErrorProps {
  /** The element id the field's `aria-describedby` names: the prompt's `ids.mediumError` or `ids.languageError`. */
  id: string;
  /** The lines: one of the prompt's `fieldErrors`. */
  lines: readonly string[];
  /** Read before the first line and shown without the stylesheet: the catalogue's `errorPrefix`. @default undefined */
  prefix?: string | undefined;
}

/**
 * The messages shown under a field, referenced by the field's `aria-describedby`. Server text is rendered as text,
 * each line isolated in its own direction (`ServerText`, a `<bdi>`), so that a left-to-right value keeps its order in a right-to-left page.
 *
 * @example
 * {prompt.fieldErrors.language && <FieldError id={prompt.ids.languageError} lines={prompt.fieldErrors.language} />}
 */
export function FieldError({ id, lines, prefix }: FieldErrorProps) {
  return (
    <div className="rtf-field-error" id={id}>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same server text may repeat.
        <p key={index}>
          {index === 0 && prefix && (
            <>
              <span className="rtf-visually-hidden">{prefix}</span>{' '}
            </>
          )}
          <ServerText text={line} />
        </p>
      ))}
    </div>
  );
}
