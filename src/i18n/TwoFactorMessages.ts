import type { Medium } from '../core/contract/Medium.js';
import type { ValidationIssue } from '../core/contract/ValidationIssue.js';
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
  /** The prompt's heading. */
  title: string;
  /** Legend of the medium choice. */
  mediumLabel: string;
  /** Name of each medium. */
  mediumNames: Record<Medium, string>;
  /** Sentence shown instead of a choice when only one medium is offered. */
  singleMedium: (mediumName: string) => string;
  /** Label of the language select. */
  languageLabel: string;
  /** The submit button before a successful send. */
  send: string;
  /** The submit button after a successful send. */
  resend: string;
  /** The submit button while sending. */
  sending: string;
  /** The submit button during the cooldown. */
  resendIn: (seconds: number) => string;
  /** The submit button while waiting after a rate limit, before any code was sent. */
  retryIn: (seconds: number) => string;
  /** Summary line for a refused request when no field the person can change is marked. */
  requestRejected: string;
  /** Status text after a send when the server gave no hint. */
  sent: string;
  /** Summary line after a timeout or an unreadable success: the code may have gone out. */
  maybeSent: string;
  /** Shown when a click is refused because a code is being sent with other choices. */
  sendInProgress: string;
  /** Shown when a click is refused during the cooldown. */
  cooldownRefused: (seconds: number) => string;
  /** Read before an error at a field (visually hidden with the stylesheet, shown without it), e.g. "Error:". */
  errorPrefix: string;
  /** Said once, politely, when a cooldown ends and a new code can be requested. */
  cooldownOver: string;
  /** Heading of the error summary. */
  errorSummaryTitle: string;
  /** Heading of the non-blocking notes after a successful send. */
  notesTitle: string;
  /** Shown at a field the server rejected without a message. */
  fieldRejected: string;
  /** Heading of the code step. */
  codeTitle: string;
  /** Label of the code input. */
  codeLabel: string;
  /** Instructions under the code label. */
  codeInstructions: (length: number) => string;
  /** The code step's submit button. */
  verify: string;
  /** The code step's submit button while checking. */
  verifying: string;
  /** Status text once the code is accepted. */
  verified: string;
  /** Shown at the code input when the server refused the code without a message. */
  wrongCode: string;
  /** Wrong codes left before the lock. */
  attemptsLeft: (attempts: number) => string;
  /** Shown when too many wrong codes locked the step. */
  locked: string;
  /** The lock's sentence while a new code cannot be requested yet. */
  lockedNewCodeIn: (seconds: number) => string;
  /** Heading of the code step's error summary. */
  verifyErrorSummaryTitle: string;
  /** The link back from the code step to the choice of medium. */
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
  cooldownRefused: number;
  lockedNewCodeIn: number;
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
  readonly locale?: string | undefined;
} & { readonly [Key in PlainTextKey]?: string | (() => string) | undefined } & {
  readonly [Key in keyof CountingTextArgument]?: string | PluralText | ((value: CountingTextArgument[Key]) => string) | undefined;
} & {
  /** Any medium's name. */
  readonly mediumNames?: Readonly<Partial<Record<Medium, string | (() => string) | undefined>>> | undefined;
  /** Any error kind's message; a `rate-limited` function gets the seconds (or `undefined`) and replaces `rateLimitedRetryIn` too. */
  readonly errors?:
    | Readonly<
        Partial<Record<Exclude<TwoFactorMessageErrorKind, 'rate-limited'>, string | (() => string) | undefined>> & {
          'rate-limited'?: string | ((seconds: number | undefined) => string) | undefined;
        }
      >
    | undefined;
  /** Texts for server failures by `ErrorCode`, on top of the catalogue's; see `TwoFactorCatalogue.serverErrors`. */
  readonly serverErrors?: Readonly<Record<string, string | ServerErrorFunction>> | undefined;
};
