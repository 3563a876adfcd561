import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';

// issue 5: "tables stay fast with 100,000 records (server-side paging)". No timing here (see bench/records.bench.ts);
// the proof is the plan PostgreSQL picks for the page query and a page that comes back whole.
const ROWS = 100_000;
let t: AuthTestApi;
let sql: pg.Client;

beforeAll(async () => {
  t = await startAuthTestApi();
  sql = new pg.Client({ connectionString: t.databaseUrl });
  await sql.connect();
  // Lai Châu communes of the 2016 structure, spread over three years of the plan, every status.
  await sql.query(
    `INSERT INTO "ActivityRecord" ("id", "planId", "type", "date", "areaCode", "areaStructure", "quantity", "status", "updatedAt")
     SELECT gen_random_uuid(), 'lc2228', 'community_event', DATE '2016-11-09' + (i % 780), a.code, a.structure, 1,
            (ARRAY['draft','submitted','approved','rejected']::"RecordStatus"[])[1 + i % 4], now()
       FROM generate_series(1, $1::int) AS i
       JOIN LATERAL (SELECT code, structure FROM "Area" WHERE "provinceCode" = '12' AND level = 'commune' AND structure = DATE '2016-11-09'
                     ORDER BY code OFFSET (i % 100) LIMIT 1) a ON true`,
    [ROWS],
  );
  await sql.query('ANALYZE "ActivityRecord"');
}, 180_000);
afterAll(async () => {
  await sql.end();
  await t.close();
});

async function plan(query: string, params: unknown[]): Promise<string> {
  const res = await sql.query(`EXPLAIN ${query}`, params);
  return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
}

describe('record.list at 100,000 records', () => {
  it('holds the rows', async () => {
    expect(Number((await sql.query('SELECT count(*) FROM "ActivityRecord"')).rows[0].count)).toBe(ROWS);
  });

  it('the first page of a plan, newest first, reads an index instead of sorting the table', async () => {
    const text = await plan(
      `SELECT * FROM "ActivityRecord" WHERE "planId" = $1 ORDER BY "date" DESC, "id" DESC LIMIT 25 OFFSET 0`,
      ['lc2228'],
    );
    expect(text).toMatch(/Index Scan Backward using "ActivityRecord_planId_date_id_idx"/);
    expect(text).not.toMatch(/Seq Scan/);
  });

  it('the whole province, newest first, and "created by me" use indexes too', async () => {
    const all = await plan(
      `SELECT * FROM "ActivityRecord" WHERE "planId" IN ($1, $2) ORDER BY "date" DESC, "id" DESC LIMIT 25`,
      ['lc2228', 'tv651'],
    );
    expect(all).toMatch(/Index (Only )?Scan/);
    expect(all).not.toMatch(/Seq Scan/);
    const mine = await plan(
      `SELECT * FROM "ActivityRecord" WHERE "createdById" = $1 ORDER BY "date" DESC, "id" DESC LIMIT 25`,
      ['00000000-0000-0000-0000-000000000000'],
    );
    expect(mine).toMatch(/ActivityRecord_createdById_date_idx/);
  });

  it('record.list pages through them with the total, for an admin and for a district officer', async () => {
    const admin = await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email);
    const first = await admin.api.record.list.query({ pageSize: 100 });
    expect(first.total).toBe(ROWS);
    expect(first.items).toHaveLength(100);
    expect(first.items[0]!.date).toBe('2018-12-28');
    const deep = await admin.api.record.list.query({ pageSize: 100, page: 200, status: ['approved'] });
    expect(deep.total).toBe(ROWS / 4);
    expect(deep.items).toHaveLength(100);
    expect(deep.items.every((i) => i.status === 'approved')).toBe(true);
    const officer = await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '106' })).email);
    const district = await officer.api.record.list.query({ pageSize: 50 });
    expect(district.total).toBeGreaterThan(0);
    expect(district.total).toBeLessThan(ROWS);
    expect(district.items.every((i) => i.areaParentName === 'Huyện Tam Đường')).toBe(true);
  });
});
