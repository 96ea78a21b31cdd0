import type { Medium } from '../../core/contract/Medium.js';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { TwoFactorError } from '../../core/errors/TwoFactorError.js';
import type { TwoFactorMessagesOverride } from '../../i18n/TwoFactorTexts.js';

/** Options of `useTwoFactorPrompt`, and the behaviour props of `<TwoFactorPrompt>`. */
export interface UseTwoFactorPromptOptions {
  /** The person to send the code to. */
  personId: string;
  /** The portal's context id, sent as `ContextId`. @default undefined */
  contextId?: string | undefined;
  /** The two-factor authentication id, sent as `TwoFactorId`. @default undefined */
  twoFactorId?: string | undefined;
  /** The mediums offered; with one, the prompt shows text instead of a choice. @default ['sms', 'email'] */
  mediums?: readonly Medium[] | undefined;
  /** The medium chosen at first; one outside `mediums` falls back to the first of them. @default 'sms' */
  defaultMedium?: Medium | undefined;
  /** BCP 47 tags of the languages the code may be sent in. @default ['en', 'fr', 'nl', 'de'] */
  languages?: readonly string[] | undefined;
  /** The language chosen at first. @default the first of `languages` the browser prefers, else the first */
  defaultLanguage?: string | undefined;
  /** Seconds before another code may be sent. @default 30 */
  cooldownSeconds?: number | undefined;
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** Milliseconds before a send fails with `timeout`, on top of the adapter's own. @default undefined */
  timeoutMs?: number | undefined;
  /** BCP 47 tag of the UI: the language the server is asked to write its messages in (`Accept-Language`), e.g. `fr-BE`. Not the SMS's or email's language (`languages`). @default the provider's `locale`, else the catalogue's `messages.locale` */
  locale?: string | undefined;
  /** The prompt's texts: a shipped catalogue (any of `react-two-factor/locales/<name>`: ten languages and `pseudoLocale`) or a partial override of English. @default en */
  messages?: TwoFactorMessagesOverride | undefined;
  /** Called after each successful send of this prompt's. @default undefined */
  onSent?: ((result: SendCodeResult, request: SendCodeRequest) => void) | undefined;
  /** Called after each failed send; never for a cancelled one. @default undefined */
  onError?: ((error: TwoFactorError, request: SendCodeRequest) => void) | undefined;
  /** Called after each send that was not cancelled. @default undefined */
  onSettled?: ((result: SendCodeResult | undefined, error: TwoFactorError | null, request: SendCodeRequest) => void) | undefined;
}
