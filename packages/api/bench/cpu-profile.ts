/**
 * Where the API's time goes when it serves public answers (issue 18 goal 3): starts a throw-away embedded PostgreSQL
 * (migrated, seeded), runs the API in a child process under `node --cpu-prof`, loads public.home and
 * public.planProgress — and public.search with a new term and address each time — with autocannon from this
 * process for PROFILE_SECONDS (default 10) each (PROFILE_CASES=home,progress,search picks some), stops the child (which
 * writes its profile) and prints the functions with the most self time, grouped by file. `pnpm bench:profile`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { migrate } from '../src/db/migrate.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { seed } from '../src/seed/index.js';

const SECONDS = Number(process.env['PROFILE_SECONDS'] ?? 10);
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO = join(PACKAGE_DIR, '../..');

const trpcGet = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (and per file, to see tRPC vs node:http vs ours), in % of all samples. */
export function summarise(profile: Profile, top = 20): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (url: string) => {
    if (!url) return '(native)';
    const path = url.startsWith('file://') ? relative(REPO, fileURLToPath(url)) : url;
    const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return pkg ? `npm:${pkg[1]}` : path;
  };
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const file = where(node.callFrame.url);
    const fn = `${node.callFrame.functionName || '(anonymous)'}  ${file}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${pct(us)}  ${name}`)
      .join('\n');
  return `self time by function (top ${top}):\n${list(fns)}\n\nself time by file or package (top ${top}):\n${list(files)}`;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-profile-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data') });
  try {
    await pg.createDatabase('pcmbn_profile');
    const databaseUrl = pg.databaseUrl('pcmbn_profile');
    await migrate(databaseUrl);
    await seed(databaseUrl);
    const port = await freePort();
    const profiles = join(dir, 'profiles');
    const child = spawn(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${profiles}`, '--import', 'tsx', 'src/main.ts'],
      {
        cwd: PACKAGE_DIR,
        // Loopback is the proxy: the search case's X-Forwarded-For is each reader's address.
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          API_PORT: String(port),
          LOG_LEVEL: 'warn',
          PCMBN_TRUSTED_PROXIES: 'loopback',
        },
        stdio: 'inherit',
      },
    );
    const url = `http://127.0.0.1:${port}`;
    while (
      !(await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await new Promise((r) => setTimeout(r, 100));
    const rows: string[] = [];
    const cases = (process.env['PROFILE_CASES'] ?? 'home,progress,search').split(',');
    for (const path of [
      ...(cases.includes('home') ? [trpcGet('public.home', { lang: 'vi' })] : []),
      ...(cases.includes('progress') ? [trpcGet('public.planProgress', { provinceCode: '84' })] : []),
    ]) {
      const result = await autocannon({ url: url + path, connections: 10, duration: SECONDS });
      rows.push(`${decodeURIComponent(path).slice(0, 60)}: ${result.requests.average.toFixed(0)} req/s`);
    }
    if (cases.includes('search')) {
      // A new term each time from another reader's address (X-Forwarded-For is believed from loopback): the
      // answer is never in memory, so the limiter takes a token and the index is searched every time.
      let n = 0;
      const sample = await fetch(url + trpcGet('public.search', { q: 'mua ban nguoi', lang: 'vi' }), {
        headers: { 'x-forwarded-for': '10.255.255.255' },
      });
      if (!sample.ok) throw new Error(`public.search: HTTP ${sample.status} ${await sample.text()}`);
      const result = await autocannon({
        url,
        connections: 10,
        duration: SECONDS,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              n++;
              return {
                ...req,
                path: trpcGet('public.search', { q: `mua ban nguoi ${n.toString(36)}`, lang: 'vi' }),
                headers: { ...req.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
              };
            },
          },
        ],
      });
      rows.push(
        `public.search, a new term each time: ${result.requests.average.toFixed(0)} req/s (${result.non2xx} not 2xx)`,
      );
    }
    child.kill('SIGTERM');
    await once(child, 'exit');
    const [file] = (await readdir(profiles)).filter((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(await readFile(join(profiles, file!), 'utf8')) as Profile;
    console.log(`\nAPI under load (${SECONDS} s each, 10 connections, Node ${process.version}):\n${rows.join('\n')}\n`);
    console.log(summarise(profile));
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
