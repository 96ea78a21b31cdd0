import { createTwoFactorHandler } from 'react-two-factor/server';
import type { Route } from './+types/api.2fa';

const handler = createTwoFactorHandler({
  baseUrl: process.env.APIM_BASE_URL,
  subscriptionKey: process.env.APIM_SUBSCRIPTION_KEY,
  verifyPath: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode',
  // Stands in for your session: here the signed-in person's id is the `session` cookie.
  resolvePerson: (request) => {
    const personId = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
    return personId ? { personId } : null;
  },
  allowedOrigins: [process.env.APP_ORIGIN],
});

export function action({ request }: Route.ActionArgs) {
  return handler(request);
}
