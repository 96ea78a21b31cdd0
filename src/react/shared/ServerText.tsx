/** Runs of digits with spaces or masks between them ("+32 *** ** 12"), kept on one line. */
const numberRun = /\+?[\d*•]+(?: [\d*•]+)+/g;

/** Props of `ServerText`. */
export interface ServerTextProps {
  /** The text, shown as text (never HTML). */
  text: string;
}

/**
 * Text that may come from the server, isolated for right-to-left pages (`<bdi>`: an English hint keeps
 * its full stop at its end) with its numbers unbroken (no-break spaces inside a masked number).
 *
 * @example
 * <p className="rtf-hint"><ServerText text={result.hint} /></p>
 */
export function ServerText({ text }: ServerTextProps) {
  return <bdi>{text.replace(numberRun, (run) => run.replaceAll(' ', '\u00a0'))}</bdi>;
}
