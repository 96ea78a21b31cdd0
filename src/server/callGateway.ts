import { readCappedBytes } from './readCappedBytes.js';

/** How a gateway call ended, as far as the handler needs to know. */
export type GatewayOutcome =
  | { type: 'answer'; status: number; body: Record<string, unknown>; retryAfter: string | null }
  | { type: 'unreadable'; status: number }
  | { type: 'redirect'; status: number }
  | { type: 'unreachable'; cause: unknown }
  | { type: 'timeout'; cause: unknown }
  | { type: 'aborted'; cause: unknown };

/** What the handler sends to the gateway. */
export interface GatewayCall {
  url: string;
  headers: Headers;
  body: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  /** The incoming request's signal: a browser that went away stops the call. */
  signal: AbortSignal;
  maxBytes: number;
}

function parseObject(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** POSTs to the gateway: no redirect followed, the timeout covering the body, the answer read up to `maxBytes`. */
export async function callGateway(call: GatewayCall): Promise<GatewayOutcome> {
  const timeout = AbortSignal.timeout(call.timeoutMs);
  const signal = AbortSignal.any([call.signal, timeout]);
  const failed = (): GatewayOutcome | undefined => {
    if (timeout.aborted) return { type: 'timeout', cause: timeout.reason };
    if (call.signal.aborted) return { type: 'aborted', cause: call.signal.reason };
    return undefined;
  };
  let response: Response;
  try {
    response = await call.fetch(call.url, { method: 'POST', headers: call.headers, body: call.body, redirect: 'manual', signal });
  } catch (error) {
    return failed() ?? { type: 'unreachable', cause: error };
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    response.body?.cancel().catch(() => {});
    return { type: 'redirect', status };
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCappedBytes(response.body, call.maxBytes);
  } catch {
    // The gateway answered, then the body broke off: the code may have gone out.
    return failed() ?? { type: 'unreadable', status };
  }
  const body = parseObject(bytes);
  if (!body) return { type: 'unreadable', status };
  return { type: 'answer', status, body, retryAfter: response.headers.get('Retry-After') };
}
