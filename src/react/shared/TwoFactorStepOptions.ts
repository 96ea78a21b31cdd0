import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import type { TwoFactorMessagesOverride } from '../../i18n/TwoFactorTexts.js';

/** What the prompt and the code step both take, and `<TwoFactorFlow>` gives both: the person, the backend and the texts. */
export interface TwoFactorStepOptions {
  /** The person the code goes to. */
  personId: string;
  /** The portal's context id, sent as `ContextId`. @default undefined */
  contextId?: string | undefined;
  /** The two-factor authentication id, sent as `TwoFactorId`. @default undefined */
  twoFactorId?: string | undefined;
  /** The backend, overriding the provider's. @default the nearest `TwoFactorProvider`'s adapter */
  adapter?: TwoFactorAdapter | undefined;
  /** BCP 47 tag of the UI: the language the server is asked to write its messages in (`Accept-Language`), e.g. `fr-BE`. Not the SMS's or email's language (`languages`). @default the provider's `locale`, else the catalogue's `messages.locale` */
  locale?: string | undefined;
  /** The texts: a shipped catalogue (any of `react-two-factor/locales/<name>`: ten languages and `pseudoLocale`) or a partial override of English. @default en */
  messages?: TwoFactorMessagesOverride | undefined;
}

/** The names of `TwoFactorStepOptions`, for a component that splits them from its root's attributes (checked complete by the type). */
export const stepOptionKeys: Record<keyof TwoFactorStepOptions, true> = {
  personId: true,
  contextId: true,
  twoFactorId: true,
  adapter: true,
  locale: true,
  messages: true,
};
