import { untilAborted } from '../core/http/untilAborted.js';

/**
 * Reads a body stream up to `maxBytes`, until `signal` aborts. A stream that
 * grows past the cap is cancelled at the first chunk over it, so a huge or
 * endless body costs at most one chunk more.
 *
 * When `signal` aborts, the read stops at once and the stream is released,
 * not cancelled: cancelling a Node request stream destroys its socket, and the
 * server adapter must still be able to send the answer (`408`).
 *
 * @returns the bytes, or `undefined` when the body is larger than `maxBytes`.
 * @throws what the stream throws (a dropped connection), or the signal's reason.
 */
export async function readCappedBytes(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const read = reader.read();
    // Released below, a pending read rejects; nobody waits for it then.
    read.catch(() => {});
    let chunk: Awaited<typeof read>;
    try {
      chunk = await untilAborted(read, signal);
    } catch (error) {
      if (signal.aborted) {
        try {
          reader.releaseLock();
        } catch {
          // A stream of an older spec refuses to release with a read pending: it stays locked, unread.
        }
      }
      throw error;
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: a slow sender must not hold the answer.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
