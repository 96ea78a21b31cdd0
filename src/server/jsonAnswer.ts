/**
 * A JSON answer of the handler. Every answer has `Cache-Control: no-store`:
 * neither the browser nor a proxy keeps a hint or an error.
 */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * One of the handler's own answers, in API Management's `{ statusCode, message }`
 * shape that the browser reader already reads. `maybeSent` adds `"MaybeSent": true`:
 * the code may have gone out.
 */
export function handlerAnswer(
  status: number,
  message: string,
  { headers, maybeSent }: { headers?: Record<string, string>; maybeSent?: boolean } = {},
) {
  return jsonAnswer(status, { statusCode: status, message, ...(maybeSent && { MaybeSent: true }) }, headers);
}
