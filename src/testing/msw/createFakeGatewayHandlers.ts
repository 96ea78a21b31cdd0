import { type HttpHandler, HttpResponse, http } from 'msw';
import type { VerifyCodeRequest } from '../../core/contract/VerifyCodeRequest.js';
import type { TwoFactorOperation } from '../../server/TwoFactorOperation.js';
import { createFakeGatewayScript } from '../createFakeGatewayScript.js';
import type { FakeGatewayCall } from '../FakeGatewayCall.js';
import type { FakeGatewayOptions } from '../FakeGatewayOptions.js';
import { toHttpResponse } from './toHttpResponse.js';

/** Options of `createFakeGatewayHandlers`. */
export interface CreateFakeGatewayHandlersOptions extends FakeGatewayOptions {
  /**
   * The API root the handlers answer below, e.g. `https://stg-ecap.azure-api.net/2fa` or `/api/2fa`.
   * @default undefined (any URL whose path ends with an operation's path, on any origin)
   */
  baseUrl?: string | undefined;
}

/** MSW handlers standing in for the gateway, and what reached them. */
export interface FakeGatewayHandlers {
  /** The handlers to give `setupWorker`, `setupServer`, `server.use` or Storybook's `parameters.msw.handlers`. */
  readonly handlers: readonly HttpHandler[];
  /** Every send request received, in order. */
  readonly calls: readonly FakeGatewayCall[];
  /** Every verify request received, in order. */
  readonly verifyCalls: readonly FakeGatewayCall<VerifyCodeRequest>[];
}

/**
 * Mock Service Worker handlers for the gateway's send operation (and the verify one, given
 * `verifyPath`), answering from the scripts of `createMockAdapter` with the bodies, statuses and
 * headers the real gateway sends, so that the HTTP adapter or the server handler reads them as real
 * answers: in Storybook, in Vitest (browser or Node) and in Playwright through the app's worker.
 * A `timeout` never answers; a `network` failure is a network error.
 *
 * @throws {TypeError} for options of the wrong type (a negative `delayMs`, an empty script, a path without a leading `/`).
 *
 * @example
 * const gateway = createFakeGatewayHandlers({
 *   answers: [{ type: 'error', kind: 'rate-limited', retryAfterSeconds: 12 }, { type: 'sent', hint: 'A code was sent.' }],
 * });
 * server.use(...gateway.handlers);
 * // … click "Send code" twice …
 * expect(gateway.calls).toHaveLength(2);
 */
export function createFakeGatewayHandlers(options: CreateFakeGatewayHandlersOptions = {}): FakeGatewayHandlers {
  const script = createFakeGatewayScript(options, 'createFakeGatewayHandlers');
  const { baseUrl } = options;
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || baseUrl.trim() === '')) {
    throw new TypeError('createFakeGatewayHandlers: baseUrl must be the API root, e.g. "/api/2fa".');
  }
  // `*` is MSW's wildcard: any origin and any prefix, as the server handler serves a path.
  const root = baseUrl === undefined ? '*' : baseUrl.trim().replace(/\/+$/, '');

  const handler = (operation: TwoFactorOperation, path: string) =>
    http.post(`${root}${path}`, async ({ request }) => {
      const received = { url: request.url, headers: new Headers(request.headers), text: await request.text() };
      const reply = await script.reply(operation, received, request.signal);
      if (reply.type === 'network') return HttpResponse.error();
      if (reply.type === 'answer') return toHttpResponse(reply.answer);
      throw new TypeError(`createFakeGatewayHandlers: a ${reply.type} reply answers nothing.`);
    });

  const { send, verify } = script.paths;
  return {
    handlers: [handler('send', send as string), ...(verify === undefined ? [] : [handler('verify', verify)])],
    calls: script.calls,
    verifyCalls: script.verifyCalls,
  };
}
