import { TwoFactorFlow, TwoFactorProvider } from 'react-two-factor';

// A server component: `http` holds plain options and the provider makes the adapter in the browser. The
// browser's personId only keys the resend cooldown; the route handler sends to the session's person.
export default function SignInPage() {
  return (
    <main className="mx-auto w-full max-w-md p-8">
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      <TwoFactorProvider http={{ baseUrl: '/api/2fa', verifyPath: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode' }}>
        <TwoFactorFlow personId="browser-person" />
      </TwoFactorProvider>
    </main>
  );
}
