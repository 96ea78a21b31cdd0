import { createTwoFactorHandler } from 'react-two-factor/server';
import { getSession } from '@/lib/session';

// Read at each request, not at build: without them every request answers 500 and nothing is sent.
export const POST = createTwoFactorHandler({
  baseUrl: process.env.APIM_BASE_URL,
  subscriptionKey: process.env.APIM_SUBSCRIPTION_KEY,
  verifyPath: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode',
  resolvePerson: async () => {
    const session = await getSession();
    return session ? { personId: session.personId } : null;
  },
  allowedOrigins: [process.env.APP_ORIGIN],
});
