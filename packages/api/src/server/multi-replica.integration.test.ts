import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Child, type Cluster } from '../../test/cluster.js';
import { acknowledgedBeforeKill, eventually, leaflet, on, sharedStateTests, signInOn } from '../../test/replicas.js';
import { createDb, type Db } from '../db/client.js';

/**
 * The deployment of docs/deploy.md on one machine (test/cluster.ts): a PostgreSQL primary and its streaming replica
 * (Debian's PostgreSQL 15, pg_basebackup -R), two API replicas reading stale-tolerant answers from the replica, two
 * public app replicas (each on its own API replica) behind Debian's nginx. Needs the built public app (`pnpm build`
 * runs before the suites in `pnpm test`). Nothing but PostgreSQL is shared: what one replica knows, the others must
 * learn through it.
 */

let cluster: Cluster;
let primary: Db;
let a: Child;
let b: Child;

async function onReplica<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.replicaUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  cluster = await startCluster();
  [a, b] = cluster.apis as [Child, Child];
  primary = createDb(cluster.primaryUrl, { max: 2 });
}, 300_000);

afterAll(async () => {
  await primary?.$disconnect();
  await cluster?.stop();
}, 120_000);

describe('two API replicas, two public app replicas behind nginx, a primary and a streaming replica', () => {
  it('the replica streams from the primary', async () => {
    const [row] = await onReplica<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    expect(row?.standby).toBe(true);
  });

  sharedStateTests(() => ({ db: primary, a, b }));

  it('an article changed through one API replica is served by both public app replicas and through nginx', async () => {
    const { token } = await signInOn(primary, a);
    const path = '/kien-thuc/goi-tro-giup';
    // Every page is in the public apps' memory (and each API's) before the change.
    for (const app of [...cluster.publics, { url: cluster.nginxUrl }])
      expect((await fetch(app.url + path)).status).toBe(200);
    const row = (await on(a, token).content.list.query({ kind: 'article', lang: 'vi' })).find(
      (item) => item.slug === 'goi-tro-giup',
    )!;
    const changed = `${row.title} (sửa trên bản sao A ${Date.now()})`;
    await on(a, token).content.update.mutate({ id: row.id, version: row.version, title: changed });
    const serves = (url: string) => async () => (await (await fetch(url + path)).text()).includes(changed);
    for (const app of cluster.publics) await eventually(`${app.name} serves the change`, serves(app.url));
    // nginx alternates the two: both answers carry the change.
    for (let i = 0; i < 4; i++) expect(await serves(cluster.nginxUrl)()).toBe(true);
  });

  it('dashboards answer from the streaming replica; plan.status from the primary', async () => {
    const author = await signInOn(primary, a);
    const approver = await signInOn(primary, b);
    const records = async () => {
      const { rows, outside } = await on(b, approver.token).dashboard.byArea.query({ planId: 'tv651' });
      return rows.reduce((sum, row) => sum + row.records, outside.records);
    };
    const before = await records();
    const draft = await on(a, author.token).record.create.mutate(leaflet);
    const submitted = await on(a, author.token).record.submit.mutate({ id: draft.id, version: draft.version });
    // The replica stops applying WAL: whatever is approved now exists on the primary only.
    await onReplica('SELECT pg_wal_replay_pause()');
    try {
      await on(b, approver.token).record.approve.mutate({ id: submitted.id, version: submitted.version });
      const approved = await primary.activityRecord.count({ where: { id: draft.id, status: 'approved' } });
      expect(approved).toBe(1);
      expect(await records()).toBe(before);
    } finally {
      await onReplica('SELECT pg_wal_replay_resume()');
    }
    await eventually('the dashboard counts the approval once the replica replays it', async () => {
      return (await records()) === before + 1;
    });
  });

  it('an API replica killed (SIGKILL) under write load loses no acknowledged write', async () => {
    const ids = await acknowledgedBeforeKill(primary, await cluster.startApi('C'));
    expect(await primary.activityRecord.count({ where: { id: { in: ids } } })).toBe(ids.length);
    // And on the streaming replica, once it has replayed them.
    await eventually('the replica holds every acknowledged write', async () => {
      const [row] = await onReplica<{ n: string }>('SELECT count(*) AS n FROM "ActivityRecord" WHERE id = ANY($1)', [
        ids,
      ]);
      return Number(row?.n) === ids.length;
    });
    // The survivors go on answering.
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
