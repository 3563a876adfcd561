import {
  coverageGrid,
  evaluatePlan,
  progressByArea,
  progressByComponent,
  progressOverTime,
  recordCountTable,
  type ActivityRecord,
  type CountedRecord,
} from '@pcmbn/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { recordFromRow } from '../db/mappers.js';
import { loadPlan, rollUpRecords, type LoadedPlan } from './load.js';
import { dataVersion, forgetKeptTallies, keepTalliesWarm, keptTallyVersion, refreshKeptTallies } from './tally.js';

/**
 * The path plan.status, the dashboards and public.planProgress take (tallies from RecordTallyMonth and RecordTally,
 * tally.ts) gives what the rules give over the records themselves (the path before issue 18), on Lai Châu's plan
 * with records of every status on random days, for days inside months, at their ends and around the plan's edges.
 */

let db: Db;
let sql: pg.Client;
let loaded: LoadedPlan;

beforeAll(async () => {
  const { url } = await createSeededDatabase('tallypath');
  db = createDb(url, { max: 2 });
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
  await sql.query(`SELECT setseed(0.42)`);
  await generate(4000);
  loaded = await loadPlan(db, 'lc2228');
});
afterAll(async () => {
  await sql.end();
  await db.$disconnect();
});

/** n records of Lai Châu's plan, of every status, on random days and areas (one statement: a bulk change). */
async function generate(n: number): Promise<void> {
  await sql.query(
    `
    WITH acts AS (SELECT array_agg(a->>'id' ORDER BY a->>'id') AS ids, array_agg(a->>'type' ORDER BY a->>'id') AS types
                  FROM "Plan", jsonb_array_elements(document->'activities') a WHERE id = 'lc2228'),
         ar AS (SELECT array_agg(code ORDER BY code) AS codes FROM "Area"
                WHERE "provinceCode" = '12' AND structure = '2016-11-09')
    INSERT INTO "ActivityRecord" (id, "planId", "activityId", type, date, "areaCode", "areaStructure", quantity,
                                  reached, status, "updatedAt")
    SELECT gen_random_uuid(), 'lc2228',
           CASE WHEN u1 < 0.7 THEN acts.ids[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int] END,
           CASE WHEN u1 < 0.7 THEN acts.types[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int]
                ELSE (ARRAY['leaflet', 'training', 'conference', 'billboard'])[1 + floor((u1 - 0.7) / 0.3 * 4)::int] END,
           date '2016-10-20' + floor(u2 * 850)::int, ar.codes[1 + floor(u3 * cardinality(ar.codes))::int],
           date '2016-11-09', CASE WHEN u4 < 0.5 THEN floor(u4 * 20)::int END,
           CASE WHEN u5 < 0.3 THEN jsonb_build_object('total', floor(u5 * 300)::int, 'women', floor(u5 * 100)::int) END,
           (ARRAY['approved', 'approved', 'approved', 'draft', 'submitted', 'rejected']::"RecordStatus"[])[1 + floor(u6 * 6)::int],
           now()
    FROM (SELECT random() u1, random() u2, random() u3, random() u4, random() u5, random() u6
          FROM generate_series(1, $1::int)) r, acts, ar`,
    [n],
  );
}

/** The path before: every approved record through Prisma and zod. */
async function records(): Promise<ActivityRecord[]> {
  const rows = await db.activityRecord.findMany({ where: { planId: 'lc2228', status: 'approved' } });
  return rows.map(recordFromRow);
}

function everything(list: readonly CountedRecord[], asOf: string) {
  const { plan, index } = loaded;
  const areas = index.areas;
  const results = evaluatePlan(plan, { areas, records: list, asOf });
  return {
    results,
    byArea: progressByArea(plan, { areas, records: list, asOf, level: 'commune' }),
    byComponent: progressByComponent(plan, results, list, { asOf }),
    grids: plan.targets.map((t) => coverageGrid(plan, t, { areas, records: list, asOf })),
    counts: recordCountTable(plan, { areas, records: list, asOf }),
  };
}

describe('tallies give what the records give', () => {
  for (const asOf of [
    '2016-11-20',
    '2017-03-31',
    '2017-06-15',
    '2017-12-31',
    '2018-02-28',
    '2018-09-09',
    '2019-05-01',
  ]) {
    it(`as of ${asOf}`, async () => {
      const tallies = await rollUpRecords(db, loaded.plan, { to: asOf });
      expect(tallies.length).toBeLessThan(4000);
      expect(everything(tallies, asOf)).toEqual(everything(await records(), asOf));
    });
  }

  it('over time, from a day inside a month', async () => {
    const request = { from: '2017-02-14', to: '2018-07-20' };
    const run = (list: readonly CountedRecord[]) =>
      progressOverTime(loaded.plan, { areas: loaded.index.areas, records: list, ...request, every: 'month' });
    expect(run(await rollUpRecords(db, loaded.plan, request))).toEqual(run(await records()));
  });

  it('after changes of every kind, the next reads see them (kept tallies patched, not read again)', async () => {
    await sql.query(
      `UPDATE "ActivityRecord" SET status = 'approved' WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'draft' LIMIT 100)`,
    );
    await sql.query(
      `UPDATE "ActivityRecord" SET status = 'submitted' WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id LIMIT 80)`,
    );
    await sql.query(
      `UPDATE "ActivityRecord" SET date = date + 9, quantity = coalesce(quantity, 0) + 2
       WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id DESC LIMIT 80)`,
    );
    await sql.query(
      `DELETE FROM "ActivityRecord" WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY date LIMIT 50)`,
    );
    // Days inside months read before (their day tallies kept), month ends and a new day.
    for (const asOf of ['2017-06-15', '2018-09-09', '2018-12-31', '2017-08-17']) {
      expect(everything(await rollUpRecords(db, loaded.plan, { to: asOf }), asOf)).toEqual(
        everything(await records(), asOf),
      );
    }
  });

  it('after a bulk change touching more tallies than a patch takes, the kept set is brought up to date in the background and gives what the records give', async () => {
    const ids = ['lc2228'];
    await rollUpRecords(db, loaded.plan, { to: '2018-09-09' });
    expect(keptTallyVersion(ids)).toBe(await dataVersion(db, ids));
    const touched = async () =>
      (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "RecordTallyChange" WHERE "planId" = 'lc2228'`))
        .rows[0]?.n ?? 0;
    const before = await touched();
    await generate(30000);
    // More than PATCH_AT_MOST (5,000) touched (plan, activity, type, area, month)s in one statement.
    expect((await touched()) - before).toBeGreaterThan(5000);
    expect(keptTallyVersion(ids)).not.toBe(await dataVersion(db, ids));
    const warm = keepTalliesWarm(db, { everyMs: 20 });
    try {
      await vi.waitFor(async () => expect(keptTallyVersion(ids)).toBe(await dataVersion(db, ids)), {
        timeout: 60_000,
        interval: 50,
      });
    } finally {
      await warm.stop();
    }
    expect(await refreshKeptTallies(db)).toBe(0);
    const all = await records();
    for (const asOf of ['2017-06-15', '2018-09-09', '2018-12-31']) {
      expect(everything(await rollUpRecords(db, loaded.plan, { to: asOf }), asOf)).toEqual(everything(all, asOf));
    }
    // A one-record change afterwards: patched, and refreshKeptTallies says the set was behind.
    await sql.query(
      `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) + 5 WHERE id = (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id LIMIT 1)`,
    );
    expect(await refreshKeptTallies(db)).toBe(1);
    expect(keptTallyVersion(ids)).toBe(await dataVersion(db, ids));
    expect(everything(await rollUpRecords(db, loaded.plan, { to: '2018-09-09' }), '2018-09-09')).toEqual(
      everything(await records(), '2018-09-09'),
    );
  });

  it("a set first read in a transaction is patched in the background with the next plain read's client", async () => {
    const change = () =>
      sql.query(
        `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) + 1 WHERE id = (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id DESC LIMIT 1)`,
      );
    forgetKeptTallies();
    await db.$transaction((tx) => rollUpRecords(tx, loaded.plan, { to: '2018-09-09' }));
    await change();
    // The transaction has ended: no client to patch the set with.
    expect(await refreshKeptTallies(db)).toBe(0);
    await rollUpRecords(db, loaded.plan, { to: '2018-09-09' });
    await change();
    expect(await refreshKeptTallies(db)).toBe(1);
    expect(keptTallyVersion(['lc2228'])).toBe(await dataVersion(db, ['lc2228']));
    expect(everything(await rollUpRecords(db, loaded.plan, { to: '2018-09-09' }), '2018-09-09')).toEqual(
      everything(await records(), '2018-09-09'),
    );
  });
});
