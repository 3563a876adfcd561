/**
 * `pnpm bench` (tooling/scripts): the public site's pages from memory (issue 18 goal 2), beside a bare node:http
 * server answering the very same bytes and headers, and public.search with a new term each time.
 *
 * Starts the whole stack on free ports (throw-away embedded PostgreSQL, migrated and seeded; the built apps), warms
 * `/`, a province page (`/tinh/12`) and an article until each is served from memory, then runs autocannon for
 * BENCH_SECONDS (default 10) with BENCH_CONNECTIONS (default 20) per case. Each figure is printed beside its goal;
 * nothing here fails on a missed goal (speed goals are not test assertions). Loopback only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDb, freePort, startApiServer } from '@pcmbn/api';
import { REPO_ROOT, startStack } from './stack.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
const ACCEPT = 'br, gzip';

/** The part of autocannon used here (the package and its types belong to packages/api's bench). */
interface Request {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  setupRequest?: (req: Request) => Request;
}
interface Options {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: Request[];
}
interface Histogram {
  p50: number;
  p99: number;
  average: number;
}
interface Result {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}
const autocannon = createRequire(join(REPO_ROOT, 'packages', 'api', 'package.json'))('autocannon') as (
  options: Options,
) => Promise<Result>;

interface SearchDoc {
  slug: string;
  kind: string;
  category: string | null;
  title: string;
  summary: string | null;
  text: string;
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  bareRps: number;
  bareP99: number;
  failures: number;
  goal: string;
  met: boolean;
}

async function load(options: Omit<Options, 'connections' | 'duration'>, ok: '2xx' | '3xx' = '2xx') {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const total = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: total - r[ok] + r.errors };
}

function listen(server: ReturnType<typeof createServer>): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pcmbn-bench-pages-'));
  // PostgreSQL and the API from the stack; the public app alone (the admin and the kiosk have no part here).
  const stack = await startStack({
    dataDir,
    ports: { postgres: 0, api: 0, admin: 0, public: 0, kiosk: 0 },
    apps: false,
    durable: false,
  });
  const publicPort = await freePort();
  const publicUrl = `http://127.0.0.1:${publicPort}`;
  const site = spawn(process.execPath, [join(REPO_ROOT, 'apps', 'public', 'build', 'index.js')], {
    env: { ...process.env, PORT: String(publicPort), HOST: '127.0.0.1', ORIGIN: publicUrl, API_URL: stack.urls.api },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    const up = await fetch(publicUrl, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 600 || site.exitCode !== null) throw new Error('apps/public did not start (pnpm build first)');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rows: Row[] = [];
  let indexFigures: string | undefined;
  // The same bytes and headers, from a server that does nothing else: this machine's floor for these answers.
  const kept = new Map<string, { status: number; headers: OutgoingHttpHeaders; body: Buffer }>();
  const bare = createServer((req, res) => {
    const hit = kept.get(req.url ?? '');
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(hit.status, hit.headers);
    res.end(hit.body);
  });
  const bareUrl = await listen(bare);
  try {
    const pages = ['/', '/tinh/12', '/kien-thuc/goi-tro-giup'];
    for (const path of pages) {
      // The first asking renders the page; then it is served from memory.
      for (let i = 0; i < 50; i++) {
        const res = await fetch(publicUrl + path, { headers: { 'accept-encoding': ACCEPT } });
        await res.arrayBuffer();
        if (res.headers.get('x-cache') === 'hit') break;
      }
      const res = await fetch(publicUrl + path, { headers: { 'accept-encoding': ACCEPT } });
      if (res.headers.get('x-cache') !== 'hit') throw new Error(`${path} is not served from memory`);
      // fetch inflates the body: ask node:http for the encoded bytes.
      const raw = await rawGet(publicUrl + path, { 'accept-encoding': ACCEPT });
      kept.set(path, raw);
      const etag = String(raw.headers['etag']);

      const viaSite = await load({ url: publicUrl + path, headers: { 'accept-encoding': ACCEPT } });
      const viaBare = await load({ url: bareUrl + path, headers: { 'accept-encoding': ACCEPT } });
      const size = (raw.body.length / 1024).toFixed(1);
      rows.push({
        name: `${path} (br ${size} KB)`,
        ...viaSite,
        bareRps: viaBare.rps,
        bareP99: viaBare.p99,
        goal: '≥ 2,000/s, p99 < 50 ms',
        met: viaSite.rps >= 2000 && viaSite.p99 < 50,
      });

      const revalidate = await load(
        { url: publicUrl + path, headers: { 'accept-encoding': ACCEPT, 'if-none-match': etag } },
        '3xx',
      );
      kept.set(`${path}?304`, { status: 304, headers: { etag, 'cache-control': 'public' }, body: Buffer.alloc(0) });
      const revalidateBare = await load({ url: `${bareUrl}${path}?304` }, '3xx');
      rows.push({
        name: `${path} 304 (If-None-Match)`,
        ...revalidate,
        bareRps: revalidateBare.rps,
        bareP99: revalidateBare.p99,
        goal: '≥ 2,000/s, p99 < 50 ms',
        met: revalidate.rps >= 2000 && revalidate.p99 < 50,
      });
    }

    // public.search with a new term each time, each from another reader's address (the API believes
    // X-Forwarded-For from loopback): what 30 July's readers typing their own words cost.
    let n = 0;
    const searchPath = (q: string) =>
      `/trpc/public.search?input=${encodeURIComponent(JSON.stringify({ json: { q, lang: 'vi' } }))}`;
    const sample = await rawGet(stack.urls.api + searchPath('mua ban nguoi lua dao'), {});
    kept.set('/search', sample);
    const newTerms = (url: string) =>
      load({
        url,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              n++;
              return {
                ...req,
                path: searchPath(`mua ban nguoi ${n.toString(36)}`),
                headers: {
                  ...req.headers,
                  'x-forwarded-for': `${10 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}.7`,
                },
              };
            },
          },
        ],
      });
    const searchBare = await load({ url: `${bareUrl}/search` });
    const search = await newTerms(stack.urls.api);
    rows.push({
      name: 'API public.search, new term (shared PostgreSQL limiter)',
      ...search,
      bareRps: searchBare.rps,
      bareP99: searchBare.p99,
      goal: '≥ 1,000/s',
      met: search.rps >= 1000,
    });
    // The same API with its limits kept in the process (one replica): what the index and tRPC cost without the
    // limiter's statement per uncached answer.
    const local = await startApiServer({
      databaseUrl: stack.databaseUrl,
      port: 0,
      trustedProxies: 'loopback',
      rateLimitStore: 'memory',
      logLevel: 'silent',
    });
    try {
      const inProcess = await newTerms(local.url);
      rows.push({
        name: 'API public.search, new term (in-process limiter)',
        ...inProcess,
        bareRps: searchBare.rps,
        bareP99: searchBare.p99,
        goal: '≥ 1,000/s',
        met: inProcess.rps >= 1000,
      });
    } finally {
      await local.close();
    }

    // The index alone (no HTTP): a query against the seeded Vietnamese articles, beside the plain scan it replaced.
    const searchModule = (await import(
      pathToFileURL(join(REPO_ROOT, 'packages', 'api', 'dist', 'content', 'search.js')).href
    )) as {
      SearchIndex: new (docs: SearchDoc[]) => { search(q: string): unknown[] };
      searchContent(docs: SearchDoc[], q: string): unknown[];
    };
    const db = createDb(stack.databaseUrl, { max: 1 });
    const articles = await db.content.findMany({ where: { kind: 'article', status: 'published', lang: 'vi' } });
    await db.$disconnect();
    const docs = articles.map((r) => ({
      slug: r.slug,
      kind: r.kind,
      category: r.category,
      title: r.title,
      summary: r.summary,
      text: r.body,
    }));
    const index = new searchModule.SearchIndex(docs);
    const perSecond = (run: (i: number) => void, ms = 2_000) => {
      const start = performance.now();
      let i = 0;
      while (performance.now() - start < ms) run(i++);
      return (i * 1000) / (performance.now() - start);
    };
    const viaIndex = perSecond((i) => index.search(`mua ban nguoi ${i.toString(36)}`));
    const viaScan = perSecond((i) => searchModule.searchContent(docs, `mua ban nguoi ${i.toString(36)}`));
    indexFigures = `Index alone, a new term each time over ${docs.length} Vietnamese articles: ${viaIndex.toFixed(0)} searches/s (plain scan it replaced: ${viaScan.toFixed(0)}/s).`;
  } finally {
    await new Promise<void>((resolve) => bare.close(() => resolve()));
    bare.closeAllConnections();
    site.kill();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const head = ['case', 'req/s', 'p50 / p99 ms', 'bare req/s', 'bare p99 ms', 'of bare', 'failed', 'goal', 'met'];
  const cells = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    `${r.p50} / ${r.p99}`,
    r.bareRps.toFixed(0),
    String(r.bareP99),
    `${((100 * r.rps) / r.bareRps).toFixed(0)} %`,
    String(r.failures),
    r.goal,
    r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  console.log(
    `\nPublic pages from memory and search (${CONNECTIONS} connections × ${SECONDS} s each, loopback; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version})\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  if (indexFigures) console.log(`\n${indexFigures}`);
}

/** One GET through node:http, the body as sent (not inflated). */
async function rawGet(url: string, headers: Record<string, string>) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: OutgoingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const kept: OutgoingHttpHeaders = {};
        for (const [k, v] of Object.entries(res.headers))
          if (k !== 'date' && k !== 'connection' && k !== 'keep-alive') kept[k] = v;
        resolve({ status: res.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
