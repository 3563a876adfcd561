import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, PASSWORD } from '../../test/auth.js';
import { createSeededDatabase } from '../../test/database.js';
import { createApiClient, type ApiClient } from '../client.js';
import { createDb, type Db } from '../db/client.js';

/**
 * Two API replicas — two processes, as systemd runs them (docs/deploy.md) — on one PostgreSQL, over real HTTP.
 * Nothing but the database is shared between them: what one knows, the other must learn through it.
 */

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

interface Replica {
  url: string;
  process: ChildProcess;
  output: string[];
}

async function startReplica(databaseUrl: string, name: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PACKAGE_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PCMBN_TRUSTED_PROXIES: 'loopback',
      // Ten minutes of memory: a change seen on the other replica can only have come through the bus.
      PCMBN_PUBLIC_CACHE_MS: '600000',
      DATABASE_POOL_SIZE: '4',
      // Each its own folder: a file can reach the other replica only through the shared store.
      PCMBN_UPLOAD_DIR: join(tmpdir(), `pcmbn-replica-${name}-${port}`),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(`${name}: ${chunk.toString()}`));
  child.stderr.on('data', (chunk: Buffer) => output.push(`${name}: ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited: ${output.join('')}`);
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { url, process: child, output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let db: Db;
let a: Replica;
let b: Replica;
let ip = 0;
const on = (replica: Replica, token?: string | null, from?: string): ApiClient =>
  createApiClient(replica.url, {
    token: token ?? null,
    forwardedFor: from ?? `10.77.${(ip >> 8) & 255}.${ip++ & 255}`,
  });

let databaseUrl: string;

beforeAll(async () => {
  const { url } = await createSeededDatabase('replicas');
  databaseUrl = url;
  db = createDb(url, { max: 2 });
  [a, b] = await Promise.all([startReplica(url, 'A'), startReplica(url, 'B')]);
}, 120_000);

afterAll(async () => {
  for (const replica of [a, b]) replica?.process.kill('SIGTERM');
  await Promise.all(
    [a, b].filter((r) => r && r.process.exitCode === null).map(async (r) => void (await once(r.process, 'exit'))),
  );
  await db?.$disconnect();
});

describe('two API replicas on one database', () => {
  it('a session made on one works on the other', async () => {
    const user = await createUser(db, { role: 'province_admin', scopeAreaCode: null });
    const { token } = await on(a).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
    expect((await on(b, token).auth.me.query()).email).toBe(user.email);
    await on(b, token).auth.logout.mutate();
    expect((await apiError(on(a, token).auth.me.query())).httpStatus).toBe(401);
  });

  it('content changed through one is served by the other, whose answer was in memory', async () => {
    const user = await createUser(db, { role: 'province_admin', scopeAreaCode: null });
    const { token } = await on(a).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
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

  it('the sign-in throttle counts across both: failures on A and on B lock the account', async () => {
    const user = await createUser(db, { role: 'viewer', scopeAreaCode: '84' });
    const wrong = (replica: Replica) =>
      apiError(
        on(replica).auth.login.mutate({ email: user.email, password: 'not the password at all', transport: 'token' }),
      );
    for (const replica of [a, b, a, b]) expect((await wrong(replica)).appCode).toBe('INVALID_CREDENTIALS');
    // The fifth failure of the streak, wherever it lands, locks the account on both.
    await wrong(a);
    const locked = await apiError(
      on(b).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' }),
    );
    expect(locked).toMatchObject({ httpStatus: 429, appCode: 'ACCOUNT_LOCKED' });
  });

  it('a file uploaded through one is read through the other', async () => {
    const user = await createUser(db, { role: 'province_admin', scopeAreaCode: '84' });
    const { token } = await on(a).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
    const record = await on(a, token).record.create.mutate({
      planId: 'tv651',
      type: 'leaflet',
      date: '2018-06-01',
      areaCode: '29242',
      quantity: 3,
    });
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2_000, 7)]);
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

  it('a replica killed under load loses no acknowledged write', async () => {
    const doomed = await startReplica(databaseUrl, 'C');
    const user = await createUser(db, { role: 'province_admin', scopeAreaCode: '84' });
    const { token } = await on(doomed).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
    const acknowledged: string[] = [];
    let killed = false;
    const failures: unknown[] = [];
    const writer = async () => {
      while (!killed) {
        try {
          const record = await on(doomed, token).record.create.mutate({
            planId: 'tv651',
            type: 'leaflet',
            date: '2018-06-01',
            areaCode: '29242',
            quantity: 1,
          });
          acknowledged.push(record.id);
        } catch (error) {
          if (!killed) failures.push(error);
          return;
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (acknowledged.length < 10 && failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toEqual([]);
    const exited = doomed.process.exitCode === null ? once(doomed.process, 'exit') : Promise.resolve();
    doomed.process.kill('SIGKILL');
    killed = true;
    await Promise.all([exited, ...writers]);
    const stored = await db.activityRecord.count({ where: { id: { in: acknowledged } } });
    expect(stored).toBe(acknowledged.length);
    // A bound for a saturated machine (a third process starts and migrates), not a speed goal.
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
