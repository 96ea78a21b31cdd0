import type { Medium } from '../core/Medium.js';
import type { ValidationIssue } from '../core/ValidationIssue.js';
import type { PluralText } from './PluralText.js';
import type { ServerErrorFunction } from './ServerErrorFunction.js';
import type { TwoFactorCatalogue } from './TwoFactorCatalogue.js';
import type { TwoFactorMessageErrorKind } from './TwoFactorMessageErrorKind.js';

/**
 * The texts a prompt, code step or flow shows, resolved from a catalogue and
 * the host's override (`resolveMessages`): ready to render. Texts that count
 * are functions of the count.
 */
export interface TwoFactorMessages {
  /** BCP 47 tag of the texts' language: the `locale` of the catalogue, `en` for English. */
  locale: string;
  title: string;
  mediumLabel: string;
  mediumNames: Record<Medium, string>;
  singleMedium: (mediumName: string) => string;
  languageLabel: string;
  send: string;
  resend: string;
  sending: string;
  resendIn: (seconds: number) => string;
  retryIn: (seconds: number) => string;
  requestRejected: string;
  sent: string;
  errorSummaryTitle: string;
  notesTitle: string;
  fieldRejected: string;
  codeTitle: string;
  codeLabel: string;
  codeInstructions: (length: number) => string;
  verify: string;
  verifying: string;
  verified: string;
  wrongCode: string;
  attemptsLeft: (attempts: number) => string;
  locked: string;
  verifyErrorSummaryTitle: string;
  useAnotherMethod: string;
  /** One message per error kind; `rate-limited` gets the seconds to wait when known. */
  errors: Record<Exclude<TwoFactorMessageErrorKind, 'rate-limited'>, string> & {
    'rate-limited': (seconds: number | undefined) => string;
  };
  /** The text of a server validation failure: the `serverErrors` entry for its code, else the server's message. */
  serverError: (issue: ValidationIssue) => string;
}

type PlainTextKey = Exclude<
  { [Key in keyof TwoFactorCatalogue]-?: TwoFactorCatalogue[Key] extends string ? Key : never }[keyof TwoFactorCatalogue],
  'locale' | keyof CountingTextArgument
>;

/** The argument each counting text's function receives, as `TwoFactorMessages` calls it. */
interface CountingTextArgument {
  singleMedium: string;
  resendIn: number;
  retryIn: number;
  codeInstructions: number;
  attemptsLeft: number;
  rateLimitedRetryIn: number;
}

/**
 * What `messages` accepts: a shipped catalogue, or any part of one on top of
 * English. Any text may also be a function (the escape hatch; it returns the
 * text), e.g. `resendIn: (seconds) => …`. A wrong type is reported once with
 * `console.error` and shows English.
 */
export type TwoFactorMessagesOverride = {
  /** BCP 47 tag of the override's language; set it with your own texts so that plurals follow the right rules. @default 'en' */
  readonly locale?: string;
} & { readonly [Key in PlainTextKey]?: string | (() => string) } & {
  readonly [Key in keyof CountingTextArgument]?: string | PluralText | ((value: CountingTextArgument[Key]) => string);
} & {
  /** Any medium's name. */
  readonly mediumNames?: Readonly<Partial<Record<Medium, string | (() => string)>>>;
  /** Any error kind's message; a `rate-limited` function gets the seconds (or `undefined`) and replaces `rateLimitedRetryIn` too. */
  readonly errors?: Readonly<
    Partial<Record<Exclude<TwoFactorMessageErrorKind, 'rate-limited'>, string | (() => string)>> & {
      'rate-limited'?: string | ((seconds: number | undefined) => string);
    }
  >;
  /** Texts for server failures by `ErrorCode`, on top of the catalogue's; see `TwoFactorCatalogue.serverErrors`. */
  readonly serverErrors?: Readonly<Record<string, string | ServerErrorFunction>>;
};
