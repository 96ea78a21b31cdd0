import { handlerAnswer } from './jsonAnswer.js';

/** The handler's `429`: `Retry-After` in whole seconds, at least 1, and the same seconds in the message. */
export function rateLimited(retryAfterSeconds: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return handlerAnswer(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`, { headers: { 'Retry-After': String(seconds) } });
}
