import type { Medium } from '../core/contract/Medium.js';
import type { PluralText } from './PluralText.js';
import type { TwoFactorMessageErrorKind } from './TwoFactorMessageErrorKind.js';

/**
 * A shipped catalogue: every text the prompt, the code step and the flow show,
 * as plain JSON-safe data, so that a server component can pass it as
 * `messages` (`JSON.parse(JSON.stringify(fr))` works as `fr` does).
 *
 * Placeholders are named: `{seconds}`. A text that counts is either one text
 * or a `PluralText` whose form `Intl.PluralRules` of `locale` picks.
 */
export interface TwoFactorCatalogue {
  /** BCP 47 tag of the catalogue's language, e.g. `fr`: it picks the plural forms and is the locale the server is asked to answer in. */
  readonly locale: string;
  /** The prompt's heading, the form's accessible name. */
  readonly title: string;
  /** Legend of the medium choice. */
  readonly mediumLabel: string;
  /** Name of each medium. */
  readonly mediumNames: Readonly<Record<Medium, string>>;
  /** Sentence shown instead of a choice when only one medium is offered; `{medium}` is its name. */
  readonly singleMedium: string;
  /** Label of the language select. */
  readonly languageLabel: string;
  /** The submit button before a successful send. */
  readonly send: string;
  /** The submit button after a successful send. */
  readonly resend: string;
  /** The submit button while sending. */
  readonly sending: string;
  /** The submit button during the cooldown; `{seconds}` to wait. */
  readonly resendIn: string | PluralText;
  /** The submit button while waiting after a rate limit, before any code was sent; `{seconds}` to wait. */
  readonly retryIn: string | PluralText;
  /** Summary line for a refused request when no field the person can change is marked. */
  readonly requestRejected: string;
  /** Status text after a send when the server gave no hint. */
  readonly sent: string;
  /** Summary line after a timeout or an unreadable success: the code may have gone out. */
  readonly maybeSent: string;
  /** Shown when a click is refused because a code is being sent with other choices. */
  readonly sendInProgress: string;
  /** Shown when a click is refused during the cooldown; `{seconds}` to wait. */
  readonly cooldownRefused: string | PluralText;
  /** Read before an error at a field (visually hidden with the stylesheet, shown without it), e.g. "Error:". */
  readonly errorPrefix: string;
  /** Said once, politely, when a cooldown ends and a new code can be requested. */
  readonly cooldownOver: string;
  /** Heading of the error summary. */
  readonly errorSummaryTitle: string;
  /** Heading of the non-blocking notes after a successful send. */
  readonly notesTitle: string;
  /** Shown at a field the server rejected without a message. */
  readonly fieldRejected: string;
  /** Heading of the code step. */
  readonly codeTitle: string;
  /** Label of the code input. */
  readonly codeLabel: string;
  /** Instructions under the code label; `{length}` characters. */
  readonly codeInstructions: string | PluralText;
  /** The code step's submit button. */
  readonly verify: string;
  /** The code step's submit button while checking. */
  readonly verifying: string;
  /** Status text once the code is accepted. */
  readonly verified: string;
  /** Shown at the code input when the server refused the code without a message. */
  readonly wrongCode: string;
  /** Wrong codes left before the lock; `{attempts}`. */
  readonly attemptsLeft: string | PluralText;
  /** Shown when too many wrong codes locked the step. */
  readonly locked: string;
  /** The lock's sentence while a new code cannot be requested yet; `{seconds}` to wait. */
  readonly lockedNewCodeIn: string | PluralText;
  /** Heading of the code step's error summary. */
  readonly verifyErrorSummaryTitle: string;
  /** The link back from the code step to the choice of medium. */
  readonly useAnotherMethod: string;
  /** One friendly message per error kind; `rate-limited` is the one without a known wait. */
  readonly errors: Readonly<Record<TwoFactorMessageErrorKind, string>>;
  /** The `rate-limited` message when the wait is known; `{seconds}`. */
  readonly rateLimitedRetryIn: string | PluralText;
  /**
   * Texts for the server's validation failures, by FluentValidation `ErrorCode`:
   * `Medium.NotEmptyValidator` (property, then code) wins over `NotEmptyValidator`.
   * Placeholders are the failure's `FormattedMessagePlaceholderValues`, e.g.
   * `{PropertyName}`. Without an entry, the server's own message shows.
   * The shipped catalogues name FluentValidation's generic built-in rules
   * (`NotEmptyValidator`, `EnumValidator`, `LengthValidator`, …) at the fields
   * the UI owns (`Medium`, `Language`, `Code`), whose default messages are
   * written for developers; any other code (`PredicateValidator`, a custom
   * one) keeps the server's message, the rule's own words. English's entries
   * apply beneath a host's.
   */
  readonly serverErrors?: Readonly<Record<string, string>> | undefined;
}
