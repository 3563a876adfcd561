import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { startApiProcess, stopChild, type Child } from '../../test/processes.js';
import { acknowledgedBeforeKill, on, sharedStateTests, signInOn } from '../../test/replicas.js';
import { createDb, type Db } from '../db/client.js';

/**
 * Two API replicas — two processes, as systemd runs them (docs/deploy.md) — on one PostgreSQL, over real HTTP.
 * Nothing but the database is shared between them: what one knows, the other must learn through it.
 */

let db: Db;
let a: Child;
let b: Child;
let databaseUrl: string;

// Ten minutes of memory: a change seen on the other replica can only have come through the bus.
const startReplica = (name: string) =>
  startApiProcess(name, { DATABASE_URL: databaseUrl, PCMBN_PUBLIC_CACHE_MS: '600000' });

beforeAll(async () => {
  ({ url: databaseUrl } = await createSeededDatabase('replicas'));
  db = createDb(databaseUrl, { max: 2 });
  [a, b] = await Promise.all([startReplica('A'), startReplica('B')]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((replica) => stopChild(replica)));
  await db?.$disconnect();
});

describe('two API replicas on one database', () => {
  sharedStateTests(() => ({ db, a, b }));

  it('content changed through one is served by the other, whose answer was in memory', async () => {
    const { token } = await signInOn(db, a);
    const article = { slug: 'goi-tro-giup', lang: 'vi' as const };
    const before = (await on(b).public.article.query(article)).title;
    const row = (await on(a, token).content.list.query({ kind: 'article', lang: 'vi' })).find(
      (item) => item.slug === article.slug,
    )!;
    const changed = `${before} (sửa trên bản sao A)`;
    const started = Date.now();
    await on(a, token).content.update.mutate({ id: row.id, version: row.version, title: changed });
    let seen = before;
    while (seen !== changed) seen = (await on(b).public.article.query(article)).title;
    // The bound the issue asks for is printed, not asserted (speed goals belong to `pnpm bench`).
    console.log(`replica B served the change ${Date.now() - started} ms after A committed it (goal < 1,000 ms)`);
  });

  it('a replica killed under load loses no acknowledged write', async () => {
    // A bound for a saturated machine (a third process starts and migrates), not a speed goal.
    const acknowledged = await acknowledgedBeforeKill(db, await startReplica('C'));
    expect(await db.activityRecord.count({ where: { id: { in: acknowledged } } })).toBe(acknowledged.length);
  }, 120_000);

  it('rate limits are shared: one address gets one budget, not one per replica', async () => {
    // Kiosk code requests: a burst of 30 per address (src/routers/kiosk.ts), alternating the two replicas.
    const from = '198.51.100.23';
    const answers = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => on(i % 2 ? a : b, null, from).kiosk.requestPairing.mutate()),
    );
    // Per replica, each would have taken 20 of its own 30 and refused none.
    const refused = answers.filter((r) => r.status === 'rejected').length;
    expect(refused).toBeGreaterThanOrEqual(5);
  });
});
