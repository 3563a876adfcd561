import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, PASSWORD } from '../../test/auth.js';
import { startCluster, type Child, type Cluster } from '../../test/cluster.js';
import { createApiClient, type ApiClient } from '../client.js';
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
let ip = 0;
const on = (replica: Child, token?: string | null, from?: string): ApiClient =>
  createApiClient(replica.url, {
    token: token ?? null,
    forwardedFor: from ?? `10.78.${(ip >> 8) & 255}.${ip++ & 255}`,
  });

async function signIn(replica: Child, role: 'province_admin' | 'viewer' = 'province_admin') {
  const user = await createUser(primary, { role, scopeAreaCode: role === 'viewer' ? '84' : null });
  const { token } = await on(replica).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
  return { user, token: token! };
}

/** Polls until `check` holds; a generous bound for a saturated machine, never a speed goal (those are in the bench). */
async function eventually(what: string, check: () => Promise<boolean>, boundMs = 60_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > boundMs) throw new Error(`${what}: not within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}

async function onReplica<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.replicaUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const leaflet = { planId: 'tv651', type: 'leaflet' as const, date: '2018-06-01', areaCode: '29242', quantity: 1 };

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

  it('a session made on one API replica works on the other, and ends on both', async () => {
    const { user, token } = await signIn(a);
    expect((await on(b, token).auth.me.query()).email).toBe(user.email);
    await on(b, token).auth.logout.mutate();
    expect((await apiError(on(a, token).auth.me.query())).httpStatus).toBe(401);
  });

  it('an article changed through one API replica is served by both public app replicas and through nginx', async () => {
    const { token } = await signIn(a);
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

  it('the sign-in throttle counts across both API replicas', async () => {
    const user = await createUser(primary, { role: 'viewer', scopeAreaCode: '84' });
    const wrong = (replica: Child) =>
      apiError(
        on(replica).auth.login.mutate({ email: user.email, password: 'not the password at all', transport: 'token' }),
      );
    for (const replica of [a, b, a, b]) expect((await wrong(replica)).appCode).toBe('INVALID_CREDENTIALS');
    await wrong(a);
    const locked = await apiError(
      on(b).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' }),
    );
    expect(locked).toMatchObject({ httpStatus: 429, appCode: 'ACCOUNT_LOCKED' });
  });

  it('a file uploaded through one API replica is read through the other', async () => {
    const { token } = await signIn(a);
    const record = await on(a, token).record.create.mutate(leaflet);
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2_000, 9)]);
    const uploaded = await fetch(`${a.url}/files/records/${record.id}/attachments?name=anh.jpg`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: photo,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const read = await fetch(`${b.url}/files/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('dashboards answer from the streaming replica; plan.status from the primary', async () => {
    const author = await signIn(a);
    const approver = await signIn(b);
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
    const doomed = await cluster.startApi('C');
    const { token } = await signIn(doomed);
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let killed = false;
    const writer = async () => {
      while (!killed) {
        try {
          acknowledged.push((await on(doomed, token).record.create.mutate(leaflet)).id);
        } catch (error) {
          if (!killed) failures.push(error);
          return;
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    await eventually('ten writes acknowledged', async () => acknowledged.length >= 10 || failures.length > 0);
    expect(failures).toEqual([]);
    const exited = once(doomed.process, 'exit');
    doomed.process.kill('SIGKILL');
    killed = true;
    await Promise.all([exited, ...writers]);
    const ids = [...acknowledged];
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
