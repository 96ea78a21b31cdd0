import { readCappedBytes } from './readCappedBytes.js';

/** What reading a request body gave: its text, or the handler's refusal (status and message). */
export type RequestBodyReading = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413; message: string };

/** How much, and until when, `readRequestBody` reads. */
export interface ReadRequestBodyOptions {
  /** The most bytes read; a larger body is `413`. */
  maxBytes: number;
  /** The request's deadline: when it aborts, the read stops and the answer is `408`. */
  deadline: AbortSignal;
  /** The deadline's length, for the message. */
  timeoutMs: number;
}

const alreadyRead =
  'mount the handler before any body parser (such as express.json()): the body reaches it only when nothing read it before.';

/**
 * Reads a request body as UTF-8 text, at most `maxBytes`, within the
 * request's deadline and until `request.signal` aborts. A declared
 * `Content-Length` over the cap is refused before anything is read; a body
 * that something upstream already read (Express's `express.json()`) is
 * refused with a message that says so.
 */
export async function readRequestBody(
  request: Request,
  { maxBytes, deadline, timeoutMs }: ReadRequestBodyOptions,
): Promise<RequestBodyReading> {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > maxBytes) return { ok: false, status: 413, message: `The body is larger than ${maxBytes} bytes.` };
  if (request.bodyUsed) return { ok: false, status: 400, message: `The body was already read before this handler: ${alreadyRead}` };
  const signal = AbortSignal.any([request.signal, deadline]);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCappedBytes(request.body, maxBytes, signal);
  } catch {
    if (request.signal.aborted) return { ok: false, status: 408, message: 'The request was cancelled before its body arrived.' };
    if (deadline.aborted) return { ok: false, status: 408, message: `The body did not arrive within ${timeoutMs} ms.` };
    // A dropped connection.
    return { ok: false, status: 400, message: 'The body could not be read.' };
  }
  if (!bytes) return { ok: false, status: 413, message: `The body is larger than ${maxBytes} bytes.` };
  if (bytes.byteLength === 0) {
    // A Content-Length over 0 with nothing to read: a body parser before the handler took the bytes.
    return declared > 0
      ? { ok: false, status: 400, message: `The body was already read before this handler: ${alreadyRead}` }
      : { ok: false, status: 400, message: `The body is empty; it must be a JSON object. If it was sent, ${alreadyRead}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, message: 'The body could not be read as UTF-8 text.' };
  }
}
