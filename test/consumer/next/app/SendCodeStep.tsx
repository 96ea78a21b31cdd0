'use client';
import { useState } from 'react';
import { TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';

// The README's one-file client wrapper: callbacks cannot cross from a server component, so they live here.
export function SendCodeStep({ personId }: { personId: string }) {
  const [sent, setSent] = useState(false);
  return (
    <TwoFactorProvider http={{ baseUrl: '/api/2fa' }}>
      <TwoFactorPrompt personId={personId} onSent={() => setSent(true)} />
      {sent && <p data-testid="on-sent">onSent was called</p>}
    </TwoFactorProvider>
  );
}
