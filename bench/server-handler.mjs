// The server handler's runtime cost (issue 20): throughput and p50/p99 latency of createTwoFactorHandler
// behind node:http against a bare pass-through proxy to the same loopback gateway, in the same run,
// interleaved round by round; the handler once with its built-in limits (the default memory limiters)
// and once without (`limits: { send: false, verify: false }`); requests spread over 10,000 people, so
// that the limits let every one through; and the heap after 20,000 requests.
//
//   npm run build && node bench/server-handler.mjs            # prints the tables
//   node bench/server-handler.mjs --profile                   # and where the handler's time goes (CPU profile)
//
// The servers run in a child process (this file with --serve), the load from this one: the client's work
// is not counted against either side. Loopback only; every loop is bounded.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const people = 10_000;
// Many short rounds, interleaved: on a shared machine the load drifts, and each variant sees the same drift.
const rounds = 20;
const perRound = 250;
// The limits-on handler gets this many in all (the rounds, then untimed ones) before its heap is read:
// about 2 per person, under the default 5 per 600 s.
const heapAfter = 20_000;
const concurrency = 16;
const sendPath = '/api/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson';
const body = JSON.stringify({ Medium: 'sms', Language: 'en', TwoFactorId: 'tf-1' });

async function serve() {
  const { getRequestListener } = await import('@hono/node-server');
  const { createTwoFactorHandler } = await import(join(root, 'dist/server/index.js'));
  const listen = (listener) =>
    new Promise((resolve) => {
      const server = createServer(listener);
      server.keepAliveTimeout = 60_000;
      server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
  // The gateway: answers a hint at once.
  const gatewayPort = await listen((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"Hint":"Sent to +32 4** ** ** 12"}');
    });
  });
  const gateway = `http://127.0.0.1:${gatewayPort}/2fa/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson`;
  // The bare proxy: the same Fetch adapter and the same fetch, nothing else.
  const proxy = await listen(
    getRequestListener(async (request) => {
      const answer = await fetch(gateway, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Ocp-Apim-Subscription-Key': 'bench-key' },
        body: await request.text(),
      });
      return new Response(await answer.text(), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  const handler = (limits) =>
    createTwoFactorHandler({
      baseUrl: `http://127.0.0.1:${gatewayPort}/2fa`,
      subscriptionKey: 'bench-key',
      resolvePerson: (request) => ({ personId: request.headers.get('X-Person') ?? 'nobody' }),
      ...(limits === false && { limits: { send: false, verify: false } }),
    });
  const limitsOn = await listen(getRequestListener(handler(true)));
  const limitsOff = await listen(getRequestListener(handler(false)));
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpu: user + system });
    }
    if (message === 'heap') {
      globalThis.gc?.();
      process.send({ heap: process.memoryUsage().heapUsed });
    }
  });
  process.send({ ports: { proxy, 'handler, limits on': limitsOn, 'handler, limits off': limitsOff } });
}

/** `count` requests, `concurrency` at a time, each for the next person; the elapsed time and each latency. */
async function load(port, count, firstPerson, inFlight = concurrency) {
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const person = (firstPerson + next++) % people;
        const start = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}${sendPath}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Person': `person-${person}` },
          body,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - start);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, statuses };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = (values) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

async function main() {
  const profile = process.argv.includes('--profile');
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--expose-gc', ...(profile ? ['--cpu-prof', '--cpu-prof-dir', join(root, 'node_modules/.cache/server-bench')] : [])],
  });
  const ask = (message) => new Promise((resolve) => child.once('message', resolve) && message && child.send(message));
  const { ports } = await ask();
  const variants = Object.keys(ports);
  const heapBefore = (await ask('heap')).heap;

  // Warm-up (JIT, connections) on people the measured rounds do not use twice as often as the others.
  for (const variant of variants) await load(ports[variant], 500, 0);
  const results = Object.fromEntries(variants.map((variant) => [variant, { throughput: [], cpu: [], latencies: [], statuses: new Map() }]));
  for (let round = 0; round < rounds; round++) {
    // Each round rotates the order, so that no variant always runs after the same one (and its garbage).
    const order = [...variants.slice(round % variants.length), ...variants.slice(0, round % variants.length)];
    for (const variant of round % 2 ? order.reverse() : order) {
      const cpuBefore = (await ask('cpu')).cpu;
      const { seconds, latencies, statuses } = await load(ports[variant], perRound, 500 + round * perRound);
      // The server process's CPU time per request: what its throughput is once its core is saturated,
      // and, unlike the wall clock, not what the machine's other processes take.
      results[variant].cpu.push(((await ask('cpu')).cpu - cpuBefore) / perRound);
      results[variant].throughput.push(perRound / seconds);
      results[variant].latencies.push(...latencies);
      for (const [status, count] of statuses) results[variant].statuses.set(status, (results[variant].statuses.get(status) ?? 0) + count);
    }
  }
  const limitsOnSoFar = 500 + rounds * perRound;
  await load(ports['handler, limits on'], heapAfter - limitsOnSoFar, limitsOnSoFar, 64);
  const heap = (await ask('heap')).heap;

  const proxyThroughput = median(results.proxy.throughput);
  const proxyCpu = median(results.proxy.cpu);
  console.log(
    `Server handler against a bare proxy, same loopback gateway, ${rounds} interleaved rounds of ${perRound} sends each, ${concurrency} in flight, over ${people} people (Node ${process.version}):\n`,
  );
  console.log(
    '| variant | server CPU µs per request: median (range) of rounds | throughput from CPU ÷ proxy | requests/s, wall clock (median of rounds) | ÷ proxy | p50 ms | p99 ms | statuses |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const ratios = {};
  for (const variant of variants) {
    const { throughput, cpu, latencies, statuses } = results[variant];
    const sorted = latencies.sort((a, b) => a - b);
    const perSecond = median(throughput);
    const cpuPerRequest = median(cpu);
    ratios[variant] = { cpu: proxyCpu / cpuPerRequest, wall: perSecond / proxyThroughput };
    console.log(
      `| ${variant} | ${cpuPerRequest.toFixed(0)} (${Math.min(...cpu).toFixed(0)}–${Math.max(...cpu).toFixed(0)}) | ${ratios[variant].cpu.toFixed(2)} | ${perSecond.toFixed(0)} | ${ratios[variant].wall.toFixed(2)} | ${quantile(sorted, 0.5).toFixed(2)} | ${quantile(sorted, 0.99).toFixed(2)} | ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')} |`,
    );
  }
  const on = ratios['handler, limits on'];
  const off = ratios['handler, limits off'];
  console.log(
    `\nThe built-in limits lower the ratio by ${(off.cpu - on.cpu).toFixed(2)} from the CPU time, ${(off.wall - on.wall).toFixed(2)} from the wall clock (target: at most 0.05).`,
  );
  console.log(
    `Heap of the server process (all three servers and the gateway), after gc: ${(heapBefore / 1e6).toFixed(1)} MB before, ${(heap / 1e6).toFixed(1)} MB after ${heapAfter} requests to the limits-on handler over ${people} people and ${500 + rounds * perRound} to each of the others.`,
  );
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  if (profile) printProfile();
}

/** Self time of the server process by where the code comes from, from its CPU profile. */
function printProfile() {
  const directory = join(root, 'node_modules/.cache/server-bench');
  const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
  const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(directory, file), 'utf8'));
  rmSync(directory, { recursive: true });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (const [index, id] of samples.entries()) self.set(id, (self.get(id) ?? 0) + (timeDeltas[index] ?? 0));
  const part = ({ callFrame: { url, functionName } }) => {
    if (url.includes('/dist/server/')) return `handler: ${url.slice(url.lastIndexOf('/') + 1)}`;
    if (url.includes('/dist/core/')) return `core: ${url.slice(url.lastIndexOf('/') + 1)}`;
    if (url.includes('rate-limiter-flexible')) return 'rate-limiter-flexible';
    if (url.includes('@hono/node-server')) return '@hono/node-server (Node ⇄ Fetch)';
    if (url.includes('undici')) return 'undici (fetch, Request, Response, streams)';
    if (url.includes('internal/webstreams')) return 'web streams';
    if (url.includes('internal/crypto')) return 'Web Crypto (HMAC)';
    if (url.includes('_http_') || url.includes('internal/http')) return 'node:http';
    if (url.startsWith('node:') || url.startsWith('internal')) return 'other Node internals';
    if (url.includes('server-handler.mjs')) return 'bench gateway and proxy';
    return functionName.startsWith('(') ? functionName : `(${functionName || 'native'})`;
  };
  const parts = new Map();
  let all = 0;
  for (const [id, microseconds] of self) {
    const name = part(byId.get(id));
    parts.set(name, (parts.get(name) ?? 0) + microseconds);
    all += microseconds;
  }
  const busy = all - (parts.get('(idle)') ?? 0);
  console.log('\nSelf time of the server process by part (CPU profile of the whole run; shares of the busy time):\n');
  console.log('| part | share |');
  console.log('| --- | ---: |');
  for (const [name, microseconds] of [...parts].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1])) {
    if (microseconds / busy >= 0.005) console.log(`| ${name} | ${((100 * microseconds) / busy).toFixed(1)} % |`);
  }
}

if (process.argv.includes('--serve')) {
  // A profile is written when the process exits: SIGINT ends it through process.exit.
  process.on('SIGINT', () => process.exit(0));
  await serve();
} else {
  await main();
}
