/**
 * Shared pieces of the stories: the provider decorator (a real HTTP adapter
 * against MSW unless a story loads its own), and the shipped catalogues a
 * designer can switch between, from the one list of locales.
 */

import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { within } from 'storybook/test';
import type { TwoFactorCatalogue } from '../src/i18n/TwoFactorCatalogue.js';
import type { TwoFactorMessagesOverride } from '../src/i18n/TwoFactorMessages.js';
import { type CreateHttpAdapterOptions, createHttpAdapter, type TwoFactorAdapter, TwoFactorProvider } from '../src/index.js';
import list from '../src/locales/locales.json';
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

const modules = import.meta.glob<Record<string, TwoFactorCatalogue>>('../src/locales/*.ts', { eager: true });

/** The shipped catalogues, by module name, in the order of `src/locales/locales.json`: the `messages` control offers each. */
export const catalogues: Readonly<Record<string, TwoFactorCatalogue>> = Object.fromEntries(
  list.map(({ name, export: exported }) => {
    const catalogue = modules[`../src/locales/${name}.ts`]?.[exported];
    if (!catalogue) throw new Error(`src/locales/${name}.ts exports no ${exported}, as locales.json says it does.`);
    return [name, catalogue];
  }),
);

/** The writing direction of a locale, from `Intl.Locale` (`getTextInfo()`, formerly the `textInfo` getter). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const tag = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  return (tag.getTextInfo?.() ?? tag.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** A key of `catalogues`. */
export type CatalogueKey = string;

/**
 * The `messages` arg as the control's key: Storybook maps it to the
 * catalogue through `argTypes.messages.mapping`, so the control shows which
 * one is selected and a designer can switch it.
 */
export function catalogue(key: CatalogueKey): TwoFactorMessagesOverride {
  if (!(key in catalogues)) throw new Error(`No shipped catalogue "${key}"; the list has ${Object.keys(catalogues).join(', ')}.`);
  return key as unknown as TwoFactorMessagesOverride;
}

/** The code step's input, found the way a person finds it: by its label. */
export const codeInput = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Verification code' });

/** Gives a request that should not happen the time to reach MSW before the count is read. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

let held: { real: () => number; start: number; offset: number } | undefined;

/**
 * Holds the page's clock (`Date.now`, which the cooldown reads; timers run on), so that a play function reads the
 * second it expects however slow the machine is, where a loaded machine may spend seconds between a send and the
 * look. Returns `releaseClock`, for the story's `beforeEach` to return as its cleanup. A plain replacement, as
 * Storybook's instrumented `spyOn` would stamp each call it records with this very clock.
 */
export function holdClock(): () => void {
  releaseClock();
  const real = Date.now;
  const clock = { real, start: real(), offset: 0 };
  held = clock;
  Date.now = () => clock.start + clock.offset;
  return releaseClock;
}

/** Moves the held clock on; a countdown shows it at its next second. */
export function advanceClock(ms: number): void {
  if (!held) throw new Error("advanceClock: the clock is not held; return holdClock() from the story's beforeEach.");
  held.offset += ms;
}

/** Lets the clock run again: a play function ends with it, so that a person watching sees the countdown go on. */
export function releaseClock(): void {
  if (held) Date.now = held.real;
  held = undefined;
}
