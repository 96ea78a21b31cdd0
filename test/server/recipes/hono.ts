import { Hono } from 'hono';
import { createTwoFactorHandler } from 'react-two-factor/server';

const handler = createTwoFactorHandler({
  baseUrl: process.env.APIM_BASE_URL,
  subscriptionKey: process.env.APIM_SUBSCRIPTION_KEY,
  // Stands in for your session: here the signed-in person's id is the `session` cookie.
  resolvePerson: (request) => {
    const personId = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
    return personId ? { personId } : null;
  },
  allowedOrigins: [process.env.APP_ORIGIN],
});

export const app = new Hono();
app.post('/api/2fa/*', (context) => handler(context.req.raw));
