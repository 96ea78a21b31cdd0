import { readCappedBytes } from './readCappedBytes.js';

/** What reading a request body gave: its text, or why it was refused. */
export type RequestBodyReading = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'unreadable' };

/**
 * Reads a request body as UTF-8 text, at most `maxBytes`. A declared
 * `Content-Length` over the cap is refused before anything is read.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<RequestBodyReading> {
  if (Number(request.headers.get('Content-Length') ?? 0) > maxBytes) return { ok: false, problem: 'too-large' };
  try {
    const bytes = await readCappedBytes(request.body, maxBytes);
    if (!bytes) return { ok: false, problem: 'too-large' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // A dropped connection, or bytes that are not UTF-8.
    return { ok: false, problem: 'unreadable' };
  }
}
