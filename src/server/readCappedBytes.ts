/**
 * Reads a body stream up to `maxBytes`. A stream that grows past the cap is
 * cancelled at the first chunk over it, so a huge or endless body costs at
 * most one chunk more.
 *
 * @returns the bytes, or `undefined` when the body is larger than `maxBytes`.
 * @throws what the stream throws (a dropped connection, an abort).
 */
export async function readCappedBytes(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
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
