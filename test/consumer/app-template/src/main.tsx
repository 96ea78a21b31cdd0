// Every public entry of the packed library, as an app installs it. `tsc --noEmit` checks the types
// (the @ts-expect-error lines fail if an entry's types were missing or `any`), `vite build` bundles it.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createHttpAdapter,
  isTwoFactorError,
  type Medium,
  type SendCodeResult,
  type TwoFactorCatalogue,
  TwoFactorError,
  type TwoFactorErrorKind,
  TwoFactorFlow,
  TwoFactorPrompt,
  type TwoFactorPromptProps,
  TwoFactorProvider,
  useSendTwoFactorCode,
} from 'react-two-factor';
import {
  TwoFactorError as CoreTwoFactorError,
  createHttpAdapter as createCoreHttpAdapter,
  mediums,
  normalizeCode,
  type TwoFactorAdapter,
} from 'react-two-factor/core';
import { fr } from 'react-two-factor/locales/fr';
import { createMockAdapter, type MockAdapter } from 'react-two-factor/testing';
import 'react-two-factor/styles.css';
// Every listed locale, one import each: written by run.sh from src/locales/locales.json.
import { catalogues } from './locales.js';

// `kind` is the union of ten kinds, not `any` and not `string`.
function describe(error: unknown): string {
  if (!isTwoFactorError(error)) return 'unknown';
  const kind: TwoFactorErrorKind = error.kind;
  // @ts-expect-error TwoFactorError['kind'] is wider than these two kinds.
  const narrow: 'validation' | 'network' = error.kind;
  return `${kind} ${narrow}`;
}

// The root and `./core` export one class, with one type.
const quota: TwoFactorError = new CoreTwoFactorError('forbidden', { retryAfterSeconds: 60 });
const sameClass = quota instanceof TwoFactorError;

// Locales are whole catalogues of data.
const english: TwoFactorCatalogue = catalogues.en;
// @ts-expect-error a catalogue holds data: a text is no function (an override may be one).
const withFunction: TwoFactorCatalogue = { ...fr, resendIn: (seconds: number) => `${seconds}` };
// @ts-expect-error `send` is a string.
const sendLabel: number = fr.send;

const medium: Medium = mediums[0] ?? 'sms';
// @ts-expect-error a medium is 'sms' or 'email'.
const carrierPigeon: Medium = 'pigeon';

const adapter: TwoFactorAdapter = createCoreHttpAdapter({ baseUrl: '/api/2fa', timeoutMs: 10_000 });
const gateway = createHttpAdapter({ baseUrl: 'https://gateway.example/2fa', headers: async () => ({ Authorization: 'Bearer t' }) });
// @ts-expect-error baseUrl is required.
createHttpAdapter({});

const mock: MockAdapter = createMockAdapter({ answers: [{ type: 'sent', hint: 'Sent to +32 4** ** ** 12' }] });
// @ts-expect-error not an answer type.
createMockAdapter({ answers: [{ type: 'maybe' }] });

const promptProps: TwoFactorPromptProps = {
  personId: '42',
  messages: fr,
  languages: ['fr-BE', 'nl-BE', 'de-BE', 'en'],
  onSent: (result: SendCodeResult) => console.info(result.hint),
  onError: (error) => console.warn(describe(error)),
};

function SendButton({ personId }: { personId: string }) {
  const send = useSendTwoFactorCode({ personId, cooldownSeconds: 60 });
  return (
    <button type="button" disabled={!send.canSend} onClick={() => send.mutate({ personId, medium, language: 'fr' })}>
      {send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : english.send}
    </button>
  );
}

function App() {
  return (
    <TwoFactorProvider adapter={mock}>
      <TwoFactorPrompt {...promptProps} data-testid="prompt" />
      {/* @ts-expect-error personId is required. */}
      <TwoFactorPrompt />
      <TwoFactorFlow personId="42" />
      <SendButton personId="42" />
      <p>
        {normalizeCode(' 12 34 56 ', /\d/, 6)} {quota.kind} {sendLabel} {String(carrierPigeon)}{' '}
        {String(Boolean(adapter && gateway && sameClass && withFunction))}
      </p>
    </TwoFactorProvider>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
