import { createTwoFactorHandler } from 'react-two-factor/server';

// The key stays here, on the server. The session is a cookie in this test; a real app reads its own.
export const POST = createTwoFactorHandler({
  baseUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:9/2fa',
  subscriptionKey: process.env.APIM_KEY,
  resolveSubject: (request) => {
    const session = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    return session ? { personId: session } : null;
  },
  allowedOrigins: process.env.APP_ORIGIN ? [process.env.APP_ORIGIN] : undefined,
});
