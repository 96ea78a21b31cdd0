'use client';
import { useState } from 'react';
import { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';

// A client component may still pass an adapter; made at module scope, it is also evaluated during
// server rendering, where it must not throw. Callbacks live here: they cannot cross from a server component.
const adapter = createHttpAdapter({ baseUrl: '/api/2fa' });

export function SendCodeStep({ personId }: { personId: string }) {
  const [sent, setSent] = useState(false);
  return (
    <TwoFactorProvider adapter={adapter}>
      <TwoFactorPrompt personId={personId} onSent={() => setSent(true)} />
      {sent && <p data-testid="on-sent">onSent was called</p>}
    </TwoFactorProvider>
  );
}
