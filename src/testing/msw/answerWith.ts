import { delay, type HttpHandler, http } from 'msw';
import { defaultSendPath } from '../../core/http/createHttpAdapter.js';
import type { GatewayAnswer } from '../GatewayAnswer.js';
import { toHttpResponse } from './toHttpResponse.js';

/** Options of `answerWith`. */
export interface AnswerWithOptions {
  /** The API root the handler answers below. @default undefined (any origin and prefix) */
  baseUrl?: string | undefined;
  /** The operation's path, e.g. the verify path. @default '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson' */
  path?: string | undefined;
  /** Milliseconds before the answer; `Infinity` never answers. @default 0 */
  delayMs?: number | undefined;
  /** Called with each request body as it arrives (parsed JSON, else the text), to count or inspect what was sent. */
  onRequest?: ((body: unknown) => void) | undefined;
}

/**
 * One MSW handler that answers an operation with a gateway answer exactly as given (an odd body, a
 * proxy's HTML page), or with the answer a function picks from the request body, e.g. right for one
 * code and wrong for the rest. For scripted answers, prefer `createFakeGatewayHandlers`.
 *
 * @example
 * server.use(answerWith({ status: 502, body: '<html>Bad gateway</html>' }));
 */
export function answerWith(answer: GatewayAnswer | ((body: unknown) => GatewayAnswer), options: AnswerWithOptions = {}): HttpHandler {
  const { baseUrl, path = defaultSendPath, delayMs, onRequest } = options;
  const root = baseUrl === undefined ? '*' : baseUrl.trim().replace(/\/+$/, '');
  return http.post(`${root}/${path.replace(/^\/+/, '')}`, async ({ request }) => {
    const text = await request.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // A custom `toVerifyBody` may send something else than JSON: it is handed over as text.
    }
    onRequest?.(body);
    if (delayMs !== undefined && delayMs > 0) await delay(delayMs === Number.POSITIVE_INFINITY ? 'infinite' : delayMs);
    return toHttpResponse(typeof answer === 'function' ? answer(body) : answer);
  });
}
