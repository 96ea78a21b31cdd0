import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** A `redis-server` this test started, on loopback, with nothing written to disk. */
export interface RedisServer {
  port: number;
  /** Stops the server (its own process only) and waits until it has exited. */
  stop(): Promise<void>;
}

const installHint =
  'The Redis tests need Debian’s redis-server: apt-get install -y redis-server (as .ci/run does), or put a redis-server on PATH.';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('No free loopback port.');
  return address.port;
}

/**
 * Starts Debian's `redis-server` on a free loopback port with persistence off (`--save ''
 * --appendonly no`), and resolves once it accepts connections. A missing `redis-server` fails with
 * how to install it: the tests never skip.
 *
 * @param port the port to start on (to start one again where it was), else a free one.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) throw new Error(installHint);
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    'redis-server',
    ['--save', '', '--appendonly', 'no', '--port', String(chosen), '--bind', '127.0.0.1', '--dir', '/tmp'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${chosen}:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    port: chosen,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
