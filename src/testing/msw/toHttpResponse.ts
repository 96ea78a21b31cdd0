import { HttpResponse } from 'msw';
import type { GatewayAnswer } from '../GatewayAnswer.js';

/** The `Response` of a gateway answer: a JSON body for values, a verbatim body for strings. */
export function toHttpResponse(answer: GatewayAnswer): Response {
  const init = { status: answer.status, ...(answer.headers && { headers: { ...answer.headers } }) };
  if (typeof answer.body === 'string') return new HttpResponse(answer.body, init);
  return HttpResponse.json(answer.body as Parameters<typeof HttpResponse.json>[0], init);
}
