'use client';

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import { createHttpAdapter } from '../../core/http/createHttpAdapter.js';
import type { SerializableHttpAdapterOptions } from '../../core/http/SerializableHttpAdapterOptions.js';

interface ProviderBaseProps {
  /** A QueryClient for hosts without a `QueryClientProvider`. @default the host's client, else a private one created once */
  queryClient?: QueryClient | undefined;
  /** BCP 47 tag of the UI for every hook and component below, e.g. `fr-BE`: the language the server writes its messages in (`Accept-Language`). A component's own `locale` wins. @default undefined (each component's catalogue `locale`) */
  locale?: string | undefined;
  /** The prompt, the hooks' users, or the whole login screen. @default undefined */
  children?: ReactNode | undefined;
}

/** Props of `TwoFactorProvider`: an `adapter`, or the plain `http` options of one (from a server component); never both. */
export type TwoFactorProviderProps = ProviderBaseProps &
  (
    | {
        /** The backend: `createHttpAdapter(…)`, `createMockAdapter(…)` or the host's own. Only from a client component: an adapter holds functions. */
        adapter: TwoFactorAdapter;
        http?: undefined;
      }
    | {
        /** Plain options of `createHttpAdapter`, e.g. `{ baseUrl: '/api/2fa' }`; only the browser sends through it, so a server component can render the provider. */
        http: SerializableHttpAdapterOptions;
        adapter?: undefined;
      }
  );

const providerError = (problem: string) => new Error(`TwoFactorProvider: ${problem}`);

function useHttpAdapter(http: SerializableHttpAdapterOptions | undefined): TwoFactorAdapter | undefined {
  // Keyed by value: a server component passes a new object on every render.
  const key = http === undefined ? undefined : JSON.stringify(http);
  // On the server it is created too, and sends nothing: a path such as `/api/2fa` resolves in the browser.
  return useMemo(() => (key === undefined ? undefined : createHttpAdapter(JSON.parse(key) as SerializableHttpAdapterOptions)), [key]);
}

function checkProps(props: TwoFactorProviderProps): void {
  const { adapter, http } = props as { adapter?: unknown; http?: unknown };
  if (adapter !== undefined && http !== undefined) throw providerError('pass adapter or http, not both.');
  if (adapter === undefined && http === undefined) {
    throw providerError(
      "pass http={{ baseUrl: '/api/2fa' }} (from a server component too) or adapter={createHttpAdapter(…)} (from a client component).",
    );
  }
  if (http === undefined) return;
  if (typeof http !== 'object' || http === null)
    throw providerError('http must be the plain options of createHttpAdapter, e.g. { baseUrl: "/api/2fa" }.');
  // The key's value is never repeated: this message may reach a log.
  if ('subscriptionKey' in http) {
    throw providerError(
      'http must not hold a subscriptionKey: it would ship in the page. Keep the key on the server, in createTwoFactorHandler.',
    );
  }
}

/**
 * Injects the adapter for every hook and component below it. It uses the
 * host's `QueryClientProvider` when there is one, else `queryClient`, else a
 * private client, so a portal can drop the prompt in without knowing
 * react-query.
 *
 * @throws {Error} at render for both or neither of `adapter` and `http`, or an `http` holding a `subscriptionKey`.
 *
 * @example
 * // A server component, with createTwoFactorHandler serving /api/2fa:
 * <TwoFactorProvider http={{ baseUrl: '/api/2fa' }}>
 *   <TwoFactorPrompt personId={person.id} />
 * </TwoFactorProvider>
 */
export function TwoFactorProvider(props: TwoFactorProviderProps) {
  checkProps(props);
  const { adapter, http, queryClient, locale, children } = props;
  const hostClient = useContext(QueryClientContext);
  // Created once and only mounted when used, so an unused one costs nothing.
  const [privateClient] = useState(() => new QueryClient());
  const httpAdapter = useHttpAdapter(http);
  const content = (
    <AdapterContext.Provider value={adapter ?? httpAdapter}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </AdapterContext.Provider>
  );
  if (hostClient) return content;
  return <QueryClientProvider client={queryClient ?? privateClient}>{content}</QueryClientProvider>;
}

('use client');

/** The React context that carries the adapter from `TwoFactorProvider` to the hooks. */
export const AdapterContext = createContext<TwoFactorAdapter | undefined>(undefined);
AdapterContext.displayName = 'AdapterContext';

('use client');

/** The provider's `locale`, when it sets one. */
export const LocaleContext = createContext<string | undefined>(undefined);
