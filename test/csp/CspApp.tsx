import { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { TwoFactorCodeStep, TwoFactorFlow, TwoFactorProvider } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';

// Effects run in the browser only, once hydrated: the test waits for this mark.
function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** The page of the CSP test, rendered on the server and hydrated in Chromium: the flow and a code step alone. */
export function CspApp({ queryClient }: { queryClient: QueryClient }) {
  return (
    <TwoFactorProvider
      adapter={createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to +32 *** ** 12.' } })}
      queryClient={queryClient}
    >
      <main>
        <TwoFactorFlow personId="P-csp-flow" send={{ languages: ['en', 'fr'], defaultLanguage: 'en' }} />
        <TwoFactorCodeStep personId="P-csp-code" autoSubmit={false} data-testid="code-step" />
      </main>
      <HydrationMark />
    </TwoFactorProvider>
  );
}

/** A query client per render, as a server must (no state shared between requests). */
export const newQueryClient = () => new QueryClient();
