import { TwoFactorFlow, TwoFactorProvider } from 'react-two-factor';

// The browser's personId only keys the resend cooldown; the action sends to the session's person.
export default function SignIn() {
  return (
    <main>
      <h1>Sign in</h1>
      <TwoFactorProvider http={{ baseUrl: '/api/2fa', verifyPath: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode' }}>
        <TwoFactorFlow personId="browser-person" />
      </TwoFactorProvider>
    </main>
  );
}
