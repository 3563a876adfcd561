/**
 * `pnpm bench` (packages/api): the multi-replica run of issue 18 goals 5 and 7, on the deployment of docs/deploy.md
 * (test/cluster.ts: a PostgreSQL 15 primary and its streaming replica, two API replicas, two public app replicas
 * behind nginx). Prints, beside their goals:
 * - content propagation: an article changed through API replica A, until each public app replica (one on A, one on
 *   B) and nginx serve the new title — BENCH_ROUNDS (default 5) changes, median and worst; goal < 1,000 ms;
 * - the replica's own lag for the same change (the streaming replica holds the new title);
 * - the sign-in throttle across replicas: wrong passwords alternating A and B until the account locks (the lock
 *   counts one streak, wherever the failures land); and kiosk pairing requests from one address alternating both
 *   (one budget of 30, not 30 per replica).
 * Needs the built public app (`pnpm bench` builds first), Debian's PostgreSQL 15 and nginx-light.
 */
import pg from 'pg';
import { createUser, PASSWORD } from '../test/auth.js';
import { startCluster, type Child } from '../test/cluster.js';
import { createApiClient } from '../src/client.js';
import { createDb } from '../src/db/client.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const GOAL_MS = 1000;
const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : `MISSED by ${(ms / GOAL_MS).toFixed(1)}×`);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;

let ip = 0;
const on = (replica: Child, token: string | null = null, from?: string) =>
  createApiClient(replica.url, { token, forwardedFor: from ?? `10.79.${(ip >> 8) & 255}.${ip++ & 255}` });

async function main() {
  const started = Date.now();
  // The production default for the API's memory of public answers (PCMBN_PUBLIC_CACHE_MS unset: 5 s).
  const cluster = await startCluster({ publicCacheMs: 5000 });
  console.log(`cluster up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const db = createDb(cluster.primaryUrl, { max: 2 });
  const replica = new pg.Client({ connectionString: cluster.replicaUrl });
  await replica.connect();
  try {
    const [a, b] = cluster.apis as [Child, Child];
    const user = await createUser(db, { role: 'province_admin', scopeAreaCode: null });
    const { token } = await on(a).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
    const path = '/kien-thuc/goi-tro-giup';
    const targets = [
      ...cluster.publics.map((p) => ({
        name: `public app ${p.name.slice(-1)} (API ${p === cluster.publics[0] ? 'A' : 'B'})`,
        url: p.url,
      })),
      { name: 'nginx (both apps)', url: cluster.nginxUrl },
    ];
    const times = new Map<string, number[]>([
      ...targets.map((t) => [t.name, []] as [string, number[]]),
      ['API replica A: public.article', []],
      ['API replica B: public.article', []],
      ['streaming replica', []],
    ]);
    for (let round = 0; round < ROUNDS; round++) {
      // Every answer in memory before the change.
      for (const t of targets) await (await fetch(t.url + path)).text();
      for (const api of [a, b]) await on(api).public.article.query({ slug: 'goi-tro-giup', lang: 'vi' });
      const row = (await on(a, token).content.list.query({ kind: 'article', lang: 'vi' })).find(
        (item) => item.slug === 'goi-tro-giup',
      )!;
      const title = `${row.title.replace(/ \(bench \d+\)$/, '')} (bench ${round})`;
      await on(a, token).content.update.mutate({ id: row.id, version: row.version, title });
      const t0 = performance.now();
      await Promise.all([
        ...targets.map(async (t) => {
          // nginx alternates the apps: two answers in a row with the change.
          let inARow = 0;
          while (inARow < (t.url === cluster.nginxUrl ? 2 : 1)) {
            inARow = (await (await fetch(t.url + path)).text()).includes(title) ? inARow + 1 : 0;
          }
          times.get(t.name)!.push(performance.now() - t0);
        }),
        ...[a, b].map(async (api, i) => {
          const name = `API replica ${i ? 'B' : 'A'}: public.article`;
          while ((await on(api).public.article.query({ slug: 'goi-tro-giup', lang: 'vi' })).title !== title);
          times.get(name)!.push(performance.now() - t0);
        }),
        (async () => {
          for (;;) {
            const { rows } = await replica.query<{ n: number }>(
              'SELECT count(*)::int AS n FROM "Content" WHERE id = $1::uuid AND title = $2',
              [row.id, title],
            );
            if (rows[0]?.n === 1) break;
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          times.get('streaming replica')!.push(performance.now() - t0);
        })(),
      ]);
    }
    console.log(`\n### Content propagation (${ROUNDS} changes through API replica A; goal < 1,000 ms)\n`);
    console.log('| served by | median ms | worst ms | goal |');
    console.log('|---|---|---|---|');
    for (const [name, xs] of times)
      console.log(
        `| ${name} | ${median(xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} | ${name === 'streaming replica' ? '(replication lag)' : `< 1,000 ms (${verdict(Math.max(...xs))})`} |`,
      );

    // The sign-in throttle: one streak of failures, wherever they land.
    const victim = await createUser(db, { role: 'viewer', scopeAreaCode: '84' });
    let failures = 0;
    let lockedAfter = 0;
    for (let i = 0; i < 20 && lockedAfter === 0; i++) {
      const replicaOf = i % 2 ? b : a;
      try {
        await on(replicaOf).auth.login.mutate({
          email: victim.email,
          password: 'not the password at all',
          transport: 'token',
        });
      } catch (error) {
        const code = (error as { data?: { appCode?: string } }).data?.appCode;
        if (code === 'ACCOUNT_LOCKED') lockedAfter = failures;
        else failures++;
      }
    }
    const right = await on(b)
      .auth.login.mutate({ email: victim.email, password: PASSWORD, transport: 'token' })
      .then(
        () => 'signed in',
        (error: { data?: { appCode?: string } }) => error.data?.appCode ?? 'error',
      );
    console.log(
      `\nSign-in throttle across replicas: wrong passwords alternating A and B — ${lockedAfter ? `the account locked at wrong password ${lockedAfter + 1} (one streak counted across both; each replica had seen ${Math.ceil(lockedAfter / 2)} before)` : `never locked in ${failures} wrong passwords`}; the right password then on B: ${right} (goal: ACCOUNT_LOCKED).`,
    );
    const from = '198.51.100.99';
    const answers = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => on(i % 2 ? a : b, null, from).kiosk.requestPairing.mutate()),
    );
    const ok = answers.filter((r) => r.status === 'fulfilled').length;
    console.log(
      `Shared rate limit: 60 kiosk pairing requests from one address alternating A and B — ${ok} answered, ${60 - ok} refused (burst 30 per address plus what refills meanwhile; per replica it would be 60 answered).`,
    );
  } finally {
    await replica.end();
    await db.$disconnect();
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
