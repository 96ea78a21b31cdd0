'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useState } from 'react';
import type { TwoFactorAdapter } from '../../core/TwoFactorAdapter.js';
import { AdapterContext } from './AdapterContext.js';

/** Props of `TwoFactorProvider`. */
export interface TwoFactorProviderProps {
  /** The backend: `createHttpAdapter(…)`, `createMockAdapter(…)` or the host's own. */
  adapter: TwoFactorAdapter;
  /** A QueryClient for hosts without a `QueryClientProvider`. @default the host's client, else a private one created once */
  queryClient?: QueryClient;
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
export function TwoFactorProvider({ adapter, queryClient, children }: TwoFactorProviderProps) {
  const hostClient = useContext(QueryClientContext);
  // Created once and only mounted when used, so an unused one costs nothing.
  const [privateClient] = useState(() => new QueryClient());
  const content = <AdapterContext.Provider value={adapter}>{children}</AdapterContext.Provider>;
  if (hostClient) return content;
  return <QueryClientProvider client={queryClient ?? privateClient}>{content}</QueryClientProvider>;
}
