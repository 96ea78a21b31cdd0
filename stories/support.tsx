/**
 * Shared pieces of the stories: the provider decorator (a real HTTP adapter
 * against MSW unless a story loads its own), the message catalogues a
 * designer can switch between, and the story-only Arabic demo texts.
 */

import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { within } from 'storybook/test';
import { type CreateHttpAdapterOptions, createHttpAdapter, type TwoFactorAdapter, TwoFactorProvider } from '../src/index.js';
import { de } from '../src/locales/de.js';
import { en } from '../src/locales/en.js';
import { fr } from '../src/locales/fr.js';
import { nl } from '../src/locales/nl.js';
import { pseudoLocale } from '../src/locales/pseudo.js';
import type { TwoFactorMessagesOverride } from '../src/locales/TwoFactorMessages.js';
import { fixtureBaseUrl } from '../test/fixtures/handlers.js';

/** The subscription key the demo adapter sends; MSW answers before any gateway sees it. */
export const demoSubscriptionKey = 'storybook-demo-key';

/** Fixed identifiers of the demo person, shared by every story. */
export const demoIds = { personId: 'P-104522', contextId: 'portal-login', twoFactorId: '2fa-7f3c9e' } as const;

/** What a story may tell the provider decorator, under `parameters.twoFactor`. */
export interface TwoFactorStoryParameters {
  /** Options merged into the demo `createHttpAdapter` call, e.g. a small `timeoutMs`. */
  adapterOptions?: Partial<CreateHttpAdapterOptions>;
}

/** What a story's loader may hand the decorator and its `play` function. */
export interface TwoFactorStoryLoaded {
  /** An adapter to use instead of the HTTP one, e.g. `createMockAdapter(…)`. */
  adapter?: TwoFactorAdapter;
}

function StoryProvider({
  adapter: given,
  adapterOptions,
  children,
}: {
  adapter: TwoFactorAdapter | undefined;
  adapterOptions: Partial<CreateHttpAdapterOptions> | undefined;
  children: ReactNode;
}) {
  // Created once per story render, so no two stories share an adapter, a QueryClient or a send in flight.
  const [adapter] = useState(
    () => given ?? createHttpAdapter({ baseUrl: fixtureBaseUrl, subscriptionKey: demoSubscriptionKey, ...adapterOptions }),
  );
  const [queryClient] = useState(() => new QueryClient());
  return (
    <TwoFactorProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </TwoFactorProvider>
  );
}

/** Wraps a story in `<TwoFactorProvider>` with the demo HTTP adapter (or the loaded one) and a fresh QueryClient. */
export const withTwoFactorProvider: Decorator = (Story, context) => {
  const parameters = (context.parameters.twoFactor ?? {}) as TwoFactorStoryParameters;
  const loaded = (context.loaded ?? {}) as TwoFactorStoryLoaded;
  return (
    <StoryProvider key={context.id} adapter={loaded.adapter} adapterOptions={parameters.adapterOptions}>
      <Story />
    </StoryProvider>
  );
};

/**
 * Story-only Arabic texts, to show the prompt in a right-to-left page. Not a
 * shipped catalogue: a host would pass its own translation the same way.
 */
export const arabicDemo: TwoFactorMessagesOverride = {
  title: 'إرسال رمز التحقق',
  mediumLabel: 'إرسال الرمز عبر',
  mediumNames: { sms: 'رسالة نصية (SMS)', email: 'البريد الإلكتروني' },
  singleMedium: (mediumName) => `سيتم إرسال الرمز عبر ${mediumName}.`,
  languageLabel: 'اللغة',
  send: 'إرسال الرمز',
  resend: 'إعادة إرسال الرمز',
  sending: 'جارٍ الإرسال…',
  resendIn: (seconds) => `إعادة الإرسال بعد ${seconds} ث`,
  sent: 'الرمز في الطريق إليك.',
  errorSummaryTitle: 'تعذّر إرسال الرمز',
  notesTitle: 'ملاحظة',
  fieldRejected: 'لم تُقبل هذه القيمة.',
};

/** The catalogues the `messages` control offers, by key. */
export const catalogues = { en, fr, nl, de, pseudo: pseudoLocale, 'ar (demo)': arabicDemo } as const;

/** A key of `catalogues`. */
export type CatalogueKey = keyof typeof catalogues;

/**
 * The `messages` arg as the control's key: Storybook maps it to the
 * catalogue through `argTypes.messages.mapping`, so the control shows which
 * one is selected and a designer can switch it.
 */
export const catalogue = (key: CatalogueKey) => key as unknown as TwoFactorMessagesOverride;

/** The code step's input, found the way a person finds it: by its label. */
export const codeInput = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Verification code' });

/** Gives a request that should not happen the time to reach MSW before the count is read. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
