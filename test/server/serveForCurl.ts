import { defaultSendPath } from '../../src/core/index.js';
import type { TwoFactorHandler } from '../../src/server/index.js';
import { serveHandler } from './serveHandler.js';

/** The verify path the served handlers use. */
export const verifyPath = '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode';

/** What a caller with nothing but `curl` gets back: the status, the headers and the parsed body. */
export interface CurlAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/**
 * Serves a handler from a real `node:http` server on loopback (through `@hono/node-server`, as the
 * README's Express recipe does) for the current test, and returns what a direct caller would use:
 * `send(body)` and `verify(body)` POST JSON through real `fetch`.
 */
export async function serveForCurl(handler: TwoFactorHandler) {
  const { origin } = await serveHandler(handler);
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<CurlAnswer> => {
    const response = await fetch(`${origin}/api/2fa${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  };
  return {
    /** `http://127.0.0.1:<port>/api/2fa`, for a browser adapter's `baseUrl`. */
    baseUrl: `${origin}/api/2fa`,
    send: (body: unknown = { Medium: 'sms', Language: 'en' }, headers?: Record<string, string>) => post(defaultSendPath, body, headers),
    verify: (body: unknown = { TwoFactorId: 'tf-1', Code: '000000' }, headers?: Record<string, string>) => post(verifyPath, body, headers),
  };
}

/** How many answers had each status, e.g. `{ 200: 5, 429: 15 }`. */
export function countStatuses(answers: readonly CurlAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
