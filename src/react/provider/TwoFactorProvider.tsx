'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useState } from 'react';
import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import { AdapterContext } from './AdapterContext.js';
import { LocaleContext } from './LocaleContext.js';

/** Props of `TwoFactorProvider`. */
export interface TwoFactorProviderProps {
  /** The backend: `createHttpAdapter(…)`, `createMockAdapter(…)` or the host's own. */
  adapter: TwoFactorAdapter;
  /** A QueryClient for hosts without a `QueryClientProvider`. @default the host's client, else a private one created once */
  queryClient?: QueryClient;
  /** BCP 47 tag of the UI for every hook and component below, e.g. `fr-BE`: the language the server writes its messages in (`Accept-Language`). A component's own `locale` wins. @default undefined (each component's catalogue `locale`) */
  locale?: string;
  /** The prompt, the hooks' users, or the whole login screen. */
  children?: ReactNode;
}

/**
 * Injects the adapter for every hook and component below it. It uses the
 * host's `QueryClientProvider` when there is one, else `queryClient`, else a
 * private client, so a portal can drop the prompt in without knowing
 * react-query.
 *
 * @example
 * const adapter = createHttpAdapter({ baseUrl: '/api/2fa' });
 *
 * <TwoFactorProvider adapter={adapter}>
 *   <TwoFactorPrompt personId={person.id} />
 * </TwoFactorProvider>
 */
export function TwoFactorProvider({ adapter, queryClient, locale, children }: TwoFactorProviderProps) {
  const hostClient = useContext(QueryClientContext);
  // Created once and only mounted when used, so an unused one costs nothing.
  const [privateClient] = useState(() => new QueryClient());
  const content = (
    <AdapterContext.Provider value={adapter}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </AdapterContext.Provider>
  );
  if (hostClient) return content;
  return <QueryClientProvider client={queryClient ?? privateClient}>{content}</QueryClientProvider>;
}
