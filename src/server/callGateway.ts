import { isTwoFactorError, TwoFactorError } from '../core/errors/TwoFactorError.js';
import { fetchAnswer } from '../core/http/fetchAnswer.js';

/** How a gateway call ended: a JSON object answer, or a failure (`timeout`, `network`, `invalid-response`, …) that holds no key. */
export type GatewayOutcome =
  | { ok: true; status: number; body: Record<string, unknown>; retryAfter: string | null }
  | { ok: false; error: TwoFactorError };

/** What the handler sends to the gateway. */
export interface GatewayCall {
  url: string;
  headers: Record<string, string>;
  body: string;
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  /** The incoming request's signal: a browser that went away stops the call. */
  signal: AbortSignal;
  maxBodyBytes: number;
  /** The subscription key, kept out of every error. */
  secrets: readonly string[];
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POSTs to the gateway through the library's transport (`fetchAnswer`): no
 * redirect followed, the timeout covering the body, at most `maxBodyBytes`
 * read, every failure a `TwoFactorError` without the key.
 */
export async function callGateway(call: GatewayCall): Promise<GatewayOutcome> {
  try {
    const answer = await fetchAnswer({
      url: call.url,
      setHeaders: call.headers,
      body: call.body,
      fetch: call.fetch,
      timeoutMs: call.timeoutMs,
      signal: call.signal,
      maxBodyBytes: call.maxBodyBytes,
      secrets: call.secrets,
    });
    const body = parseObject(answer.body);
    if (body) return { ok: true, status: answer.status, body, retryAfter: answer.headers.get('Retry-After') };
    const { status } = answer;
    return {
      ok: false,
      error: new TwoFactorError('invalid-response', {
        message: `The answer (HTTP ${status}) is not a JSON object.`,
        status,
        maybeSent: status >= 200 && status < 300,
      }),
    };
  } catch (error) {
    return { ok: false, error: isTwoFactorError(error) ? error : new TwoFactorError('unknown', { message: 'The gateway call failed.' }) };
  }
}
