import type { Medium } from '../core/Medium.js';
import type { TwoFactorErrorKind } from '../core/TwoFactorError.js';

/** The shown error kinds: `aborted` is never shown. */
export type TwoFactorMessageErrorKind = Exclude<TwoFactorErrorKind, 'aborted'>;

/** Every text the prompt shows. Ship a whole catalogue, or pass a partial override as `messages`. */
export interface TwoFactorMessages {
  /** The prompt's heading, the form's accessible name. */
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
  /** Heading of the code step's error summary. */
  verifyErrorSummaryTitle: string;
  /** The link back from the code step to the choice of medium. */
  useAnotherMethod: string;
  /** One friendly message per error kind; `rateLimited` gets the seconds to wait when known. */
  errors: Record<Exclude<TwoFactorMessageErrorKind, 'rate-limited'>, string> & {
    'rate-limited': (seconds: number | undefined) => string;
  };
}

/** A partial override of a catalogue: any top-level text, and any of `mediumNames` and `errors`. */
export type TwoFactorMessagesOverride = Partial<Omit<TwoFactorMessages, 'mediumNames' | 'errors'>> & {
  mediumNames?: Partial<TwoFactorMessages['mediumNames']>;
  errors?: Partial<TwoFactorMessages['errors']>;
};
