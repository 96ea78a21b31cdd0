import { TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';

// A server component: the provider gets plain options and creates the adapter in the browser. The
// personId only keys the browser's cooldown; the route handler sends to the session's person.
export default function Home() {
  return (
    <main>
      <h1>Sign in</h1>
      <TwoFactorProvider http={{ baseUrl: '/api/2fa' }}>
        <TwoFactorPrompt personId="browser-person" languages={['en', 'fr']} />
      </TwoFactorProvider>
    </main>
  );
}
