/**
 * `pnpm bench` (packages/api): a load test of the public read API on loopback, beside a bare node:http server
 * answering the very same bytes — the difference is what tRPC, validation, the rate limiter and PostgreSQL cost.
 *
 * Starts a throw-away embedded PostgreSQL (migrated, seeded), the API on 127.0.0.1, runs autocannon for
 * BENCH_SECONDS (default 10) per endpoint and server, prints p50/p99 latency and requests per second, then stops
 * everything by itself. Loopback only; nothing leaves the machine. Answers held in memory are never rate-limited,
 * so the limit matters only when the 5 s memory expires; it is lifted anyway. The ratio API / bare is printed beside
 * issue 18's goal 3 (≥ 50 % for public.home and public.planProgress). Last, public.search with a new term and a new
 * address each time on an API keeping its real limits in PostgreSQL, beside goal 2's ≥ 1,000 req/s and the bare
 * server sending one search answer. Where the API's time goes: bench/cpu-profile.ts.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Issue 18 goal 3: cacheable public reads at ≥ 50 % of bare node:http serving the same bytes. */
const GOAL = 0.5;

const ENDPOINTS: { name: string; path: string; goal?: number; headers?: Record<string, string> }[] = [
  { name: 'public.home (vi)', path: trpcGet('public.home', { lang: 'vi' }), goal: GOAL },
  {
    name: 'public.home (vi), gzip',
    path: trpcGet('public.home', { lang: 'vi' }),
    goal: GOAL,
    headers: { 'accept-encoding': 'gzip' },
  },
  { name: 'public.article (goi-tro-giup, km)', path: trpcGet('public.article', { slug: 'goi-tro-giup', lang: 'km' }) },
  { name: 'public.planProgress (84)', path: trpcGet('public.planProgress', { provinceCode: '84' }), goal: GOAL },
];

interface Result {
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
}

async function load(
  url: string,
  headers: Record<string, string> = {},
  requests?: autocannon.Request[],
): Promise<Result> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    ...(requests ? { requests } : {}),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx };
}

/** Issue 18 goal 2: public.search with a new term each time. */
const SEARCH_GOAL_RPS = 1_000;

/** A new term and a new reader's address each time (the API believes X-Forwarded-For from loopback). */
function newTerms(): autocannon.Request[] {
  let n = 0;
  return [
    {
      method: 'GET',
      setupRequest: (req) => {
        n++;
        return {
          ...req,
          path: trpcGet('public.search', { q: `mua ban nguoi ${n.toString(36)}`, lang: 'vi' }),
          headers: {
            ...req.headers,
            'x-forwarded-for': `${10 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}.7`,
          },
        };
      },
    },
  ];
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
  const bodies = new Map<string, { body: Buffer; gzip: Buffer; type: string }>();
  await pg.createDatabase('pcmbn_bench');
  const databaseUrl = pg.databaseUrl('pcmbn_bench');
  await migrate(databaseUrl);
  await seed(databaseUrl);
  const api = await startApiServer({
    databaseUrl,
    port: 0,
    logger: pino({ level: 'silent' }),
    rateLimits: { public: { capacity: 1e9, refillPerSecond: 1e9 } },
  });
  // New search terms on an API with its real limits, kept in PostgreSQL for every replica (src/server/shared-limits.ts).
  const searchApi = await startApiServer({
    databaseUrl,
    port: 0,
    logger: pino({ level: 'silent' }),
    trustedProxies: 'loopback',
  });
  const SEARCH_SAMPLE = trpcGet('public.search', { q: 'mua ban nguoi lua dao', lang: 'vi' });
  {
    const res = await fetch(searchApi.url + SEARCH_SAMPLE, { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`public.search: HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    bodies.set(SEARCH_SAMPLE, { body, gzip: gzipSync(body), type: 'application/json' });
  }
  for (const e of ENDPOINTS) {
    const res = await fetch(api.url + e.path, { headers: { 'accept-encoding': 'identity' } });
    if (!res.ok) throw new Error(`${e.name}: HTTP ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    bodies.set(e.path, { body, gzip: gzipSync(body), type: res.headers.get('content-type') ?? 'application/json' });
  }
  // The same bytes (compressed ahead when asked) from a server that does nothing else: the floor for this machine.
  const bare = createServer((req, res) => {
    const hit = bodies.get(req.url ?? '');
    const gzip = !!hit && String(req.headers['accept-encoding'] ?? '').includes('gzip');
    res.writeHead(hit ? 200 : 404, {
      'content-type': hit?.type ?? 'text/plain',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? hit.gzip : (hit?.body ?? 'not found'));
  });
  const bareUrl = await listen(bare);

  const rows: string[][] = [];
  try {
    for (const e of ENDPOINTS) {
      const viaApi = await load(api.url + e.path, e.headers);
      const viaBare = await load(bareUrl + e.path, e.headers);
      const kb = (bodies.get(e.path)!.body.length / 1024).toFixed(1);
      const ratio = viaApi.rps / viaBare.rps;
      rows.push([
        e.name,
        `${kb} KB`,
        `${viaApi.p50} / ${viaApi.p99}`,
        viaApi.rps.toFixed(0),
        `${viaBare.p50} / ${viaBare.p99}`,
        viaBare.rps.toFixed(0),
        `${(ratio * 100).toFixed(0)} %`,
        e.goal === undefined
          ? '—'
          : `≥ ${e.goal * 100} %: ${ratio >= e.goal ? 'met' : `missed by ${((e.goal - ratio) * 100).toFixed(0)} points`}`,
        String(viaApi.non2xx),
      ]);
    }
    const search = await load(searchApi.url, {}, newTerms());
    const searchBare = await load(bareUrl + SEARCH_SAMPLE);
    rows.push([
      'public.search, a new term and address each time (shared limits)',
      `${(bodies.get(SEARCH_SAMPLE)!.body.length / 1024).toFixed(1)} KB`,
      `${search.p50} / ${search.p99}`,
      search.rps.toFixed(0),
      `${searchBare.p50} / ${searchBare.p99}`,
      searchBare.rps.toFixed(0),
      `${((search.rps / searchBare.rps) * 100).toFixed(0)} %`,
      `≥ ${SEARCH_GOAL_RPS.toLocaleString('en')} req/s: ${search.rps >= SEARCH_GOAL_RPS ? 'met' : `missed by ${(SEARCH_GOAL_RPS - search.rps).toFixed(0)} req/s`}`,
      String(search.non2xx),
    ]);
  } finally {
    await new Promise<void>((resolve) => bare.close(() => resolve()));
    bare.closeAllConnections();
    await api.close();
    await searchApi.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
  const head = [
    'endpoint',
    'body',
    'API p50/p99 ms',
    'API req/s',
    'bare p50/p99 ms',
    'bare req/s',
    'API / bare',
    'goal',
    'API non-2xx',
  ];
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
