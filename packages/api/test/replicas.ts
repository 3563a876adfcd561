import { once } from 'node:events';
import { expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../src/client.js';
import type { Db } from '../src/db/client.js';
import { apiError, createUser, PASSWORD } from './auth.js';
import type { Child } from './processes.js';

/**
 * What the two replica tests check alike (src/server/replicas.integration.test.ts: two API replicas on one
 * database; multi-replica.integration.test.ts: the whole deployment of docs/deploy.md): nothing but PostgreSQL is
 * shared between replicas, so what one knows — a session, a sign-in failure, a file — the other learns through it.
 */

export interface TwoReplicas {
  /** The database the replicas write to (the primary). */
  db: Db;
  a: Child;
  b: Child;
}

let ip = 0;
/** A client of one replica; each from a new address unless `from` says, so that sign-ins never throttle each other. */
export const on = (replica: Child, token?: string | null, from?: string): ApiClient =>
  createApiClient(replica.url, {
    token: token ?? null,
    forwardedFor: from ?? `10.77.${(ip >> 8) & 255}.${ip++ & 255}`,
  });

/** A new administrator of every province, signed in on `replica`. */
export async function signInOn(db: Db, replica: Child) {
  const user = await createUser(db, { role: 'province_admin', scopeAreaCode: null });
  const { token } = await on(replica).auth.login.mutate({ email: user.email, password: PASSWORD, transport: 'token' });
  return { user, token: token! };
}

/** A record any province officer may enter. */
export const leaflet = {
  planId: 'tv651',
  type: 'leaflet' as const,
  date: '2018-06-01',
  areaCode: '29242',
  quantity: 1,
};

/** Polls until `check` holds; a generous bound for a saturated machine, never a speed goal (those are in the bench). */
export async function eventually(what: string, check: () => Promise<boolean>, boundMs = 60_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > boundMs) throw new Error(`${what}: not within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}

/** Four writers on `doomed` until ten records are acknowledged, then SIGKILL: the ids it acknowledged. */
export async function acknowledgedBeforeKill(db: Db, doomed: Child): Promise<string[]> {
  const { token } = await signInOn(db, doomed);
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
  return [...acknowledged];
}

/** The tests both files run: sessions, the sign-in throttle and files, each made on A and seen on B. */
export function sharedStateTests(replicas: () => TwoReplicas): void {
  it('a session made on one API replica works on the other, and ends on both', async () => {
    const { db, a, b } = replicas();
    const { user, token } = await signInOn(db, a);
    expect((await on(b, token).auth.me.query()).email).toBe(user.email);
    await on(b, token).auth.logout.mutate();
    expect((await apiError(on(a, token).auth.me.query())).httpStatus).toBe(401);
  });

  it('the sign-in throttle counts across both API replicas: failures on A and on B lock the account', async () => {
    const { db, a, b } = replicas();
    const user = await createUser(db, { role: 'viewer', scopeAreaCode: '84' });
    const wrong = (replica: Child) =>
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

  it('a file uploaded through one API replica is read through the other', async () => {
    const { db, a, b } = replicas();
    const { token } = await signInOn(db, a);
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
}
