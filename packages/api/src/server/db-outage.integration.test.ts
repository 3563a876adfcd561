import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';

/**
 * Issue 12 item 17 (g): while the database is gone, calls answer 503 SERVICE_UNAVAILABLE with a message saying so
 * (not 500 "internal error"), and the server recovers on its own when the database comes back.
 */
let t: AuthTestApi;
let admin: ApiClient;
let adminToken: string;
let superuser: pg.Client;
let dbName: string;

beforeAll(async () => {
  t = await startAuthTestApi();
  const s = await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email);
  admin = s.api;
  adminToken = s.token;
  dbName = new URL(t.databaseUrl).pathname.slice(1);
  superuser = new pg.Client({ connectionString: inject('postgresUrl') });
  await superuser.connect();
});
afterAll(async () => {
  await superuser.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
  await superuser.end();
  await t.close();
});

async function outage(): Promise<void> {
  await superuser.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
  await superuser.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [dbName],
  );
}

const record = {
  planId: 'lc2228',
  activityId: 'lc2228-a-2017-2-1-3',
  date: '2017-05-10',
  areaCode: '03394',
  quantity: 1,
};

describe('database outage', () => {
  it('writes and reads answer 503 DATABASE_UNAVAILABLE in Vietnamese and English, then recover', async () => {
    expect((await admin.record.create.mutate(record)).status).toBe('draft');
    await outage();
    try {
      const anonymous = createApiClient(t.server.url, { forwardedFor: freshIp() });
      const calls = [
        () => admin.record.create.mutate(record),
        () => anonymous.kiosk.requestPairing.mutate(),
        () => admin.plan.list.query({}),
        () => anonymous.area.provinces.query(),
      ];
      for (const call of calls) {
        const error = await apiError(call());
        expect(error).toMatchObject({ httpStatus: 503, appCode: 'DATABASE_UNAVAILABLE' });
        expect(error.messages.vi).toMatch(/cơ sở dữ liệu/i);
        expect(error.messages.en).toMatch(/database/i);
      }
    } finally {
      await superuser.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
    }
    const again = createApiClient(t.server.url, { token: adminToken, forwardedFor: freshIp() });
    expect((await again.record.create.mutate(record)).status).toBe('draft');
  });
});
