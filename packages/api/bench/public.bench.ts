/**
 * `pnpm bench` (packages/api): a load test of the public read API on loopback, beside a bare node:http server
 * answering the very same bytes — the difference is what tRPC, validation, the rate limiter and PostgreSQL cost.
 *
 * Starts a throw-away embedded PostgreSQL (migrated, seeded), the API on 127.0.0.1, runs autocannon for
 * BENCH_SECONDS (default 10) per endpoint and server, prints p50/p99 latency and requests per second, then stops
 * everything by itself. Loopback only; nothing leaves the machine. The public rate limit is lifted for the run
 * (it would otherwise measure 429 answers).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { migrate } from '../src/db/migrate.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { seed } from '../src/seed/index.js';
import { startApiServer } from '../src/server/http.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

const trpcGet = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

const ENDPOINTS = [
  { name: 'public.home (vi)', path: trpcGet('public.home', { lang: 'vi' }) },
  { name: 'public.article (goi-tro-giup, km)', path: trpcGet('public.article', { slug: 'goi-tro-giup', lang: 'km' }) },
  { name: 'public.planProgress (84)', path: trpcGet('public.planProgress', { provinceCode: '84' }) },
];

interface Result {
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
}

async function load(url: string): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-bench-pg-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data') });
  const api = await (async () => {
    await pg.createDatabase('pcmbn_bench');
    const databaseUrl = pg.databaseUrl('pcmbn_bench');
    await migrate(databaseUrl);
    await seed(databaseUrl);
    return startApiServer({
      databaseUrl,
      port: 0,
      logger: pino({ level: 'silent' }),
      rateLimits: { public: { capacity: 1e9, refillPerSecond: 1e9 } },
    });
  })();
  const bodies = new Map<string, { body: Buffer; type: string }>();
  for (const e of ENDPOINTS) {
    const res = await fetch(api.url + e.path);
    if (!res.ok) throw new Error(`${e.name}: HTTP ${res.status}`);
    bodies.set(e.path, {
      body: Buffer.from(await res.arrayBuffer()),
      type: res.headers.get('content-type') ?? 'application/json',
    });
  }
  // The same bytes from a server that does nothing else: the floor for this machine and Node version.
  const bare = createServer((req, res) => {
    const hit = bodies.get(req.url ?? '');
    res.writeHead(hit ? 200 : 404, { 'content-type': hit?.type ?? 'text/plain' });
    res.end(hit?.body ?? 'not found');
  });
  const bareUrl = await listen(bare);

  const rows: string[][] = [];
  try {
    for (const e of ENDPOINTS) {
      const viaApi = await load(api.url + e.path);
      const viaBare = await load(bareUrl + e.path);
      const kb = (bodies.get(e.path)!.body.length / 1024).toFixed(1);
      rows.push([
        e.name,
        `${kb} KB`,
        `${viaApi.p50} / ${viaApi.p99}`,
        viaApi.rps.toFixed(0),
        `${viaBare.p50} / ${viaBare.p99}`,
        viaBare.rps.toFixed(0),
        String(viaApi.non2xx),
      ]);
    }
  } finally {
    await new Promise<void>((resolve) => bare.close(() => resolve()));
    bare.closeAllConnections();
    await api.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
  const head = ['endpoint', 'body', 'API p50/p99 ms', 'API req/s', 'bare p50/p99 ms', 'bare req/s', 'API non-2xx'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(
    `\nPublic read API vs bare node:http (${CONNECTIONS} connections, ${SECONDS} s each, loopback, Node ${process.version})\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
