import { connect, type Socket } from 'node:net';
import { afterEach } from 'vitest';

const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

/** An HTTP answer as read off the socket. */
export interface RawAnswer {
  status: number;
  body: string;
  /** Milliseconds from the first byte sent to the whole answer read. */
  elapsedMs: number;
}

/** A POST written by hand on a raw socket, so that its body can stall or drip as a hostile client's would. */
export interface RawPost {
  /** Writes more of the body. */
  write: (text: string) => void;
  /** Resolves with the answer once it is complete; rejects if the connection closes first. */
  answer: Promise<RawAnswer>;
  socket: Socket;
}

function parseAnswer(buffer: string): { status: number; body: string } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const head = buffer.slice(0, end);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const rest = buffer.slice(end + 4);
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
  if (length !== undefined) return Buffer.byteLength(rest) >= Number(length) ? { status, body: rest } : undefined;
  if (!/\r\ntransfer-encoding: *chunked/i.test(head)) return undefined;
  if (!rest.endsWith('0\r\n\r\n')) return undefined;
  let body = '';
  let at = 0;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n', at);
    const size = Number.parseInt(rest.slice(at, lineEnd), 16);
    if (!size) return { status, body };
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Opens a connection to `port` and sends a POST's head and the start of its
 * body; the rest is written with `write`, or never.
 */
export function rawPost(port: number, { path, headers, start }: { path: string; headers: Record<string, string>; start: string }): RawPost {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const startedAt = performance.now();
  let buffer = '';
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => {
      buffer += data;
      const parsed = parseAnswer(buffer);
      if (parsed) resolve({ ...parsed, elapsedMs: performance.now() - startedAt });
    });
    socket.on('error', () => {});
    socket.on('close', () => reject(new Error(`The connection closed before a complete answer: ${JSON.stringify(buffer.slice(0, 200))}`)));
  });
  const head = Object.entries({ Host: `127.0.0.1:${port}`, ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n${start}`);
  return {
    write: (text) => {
      if (!socket.destroyed) socket.write(text);
    },
    answer,
    socket,
  };
}
