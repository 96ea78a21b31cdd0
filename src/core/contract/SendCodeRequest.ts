import type { Medium } from './Medium.js';

/** What the host asks for: send a code to this person. */
export interface SendCodeRequest {
  /** The person to send the code to. */
  personId: string;
  /** BCP 47 language tag of the SMS or email sent to the person, e.g. `fr-BE`. */
  language?: string | undefined;
  /** The portal's context id. */
  contextId?: string | undefined;
  /** The two-factor authentication id. */
  twoFactorId?: string | undefined;
  /** Where the code goes; the server uses `sms` when absent. */
  medium?: Medium | undefined;
}
