import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';

/**
 * RecordTally and RecordTallyMonth (migrations record_tally, record_tally_month), and the same per agency who entered
 * the records, RecordTallyAgency and RecordTallyAgencyMonth (migration record_tally_agency: a sender's report), must
 * always equal a recount of the approved records, whatever writes them: bulk and single inserts, approvals and
 * withdrawals, edits of approved records (area, day, quantity, reached, activity, agency), an agency deleted (its
 * records keep no agency), deletions, and concurrent transactions of which one rolls back. PlanDataVersion moves with every
 * change to approved records and never repeats a number handed to a rolled-back transaction.
 */

const RECOUNT = `
  SELECT "planId", coalesce("activityId", '') AS "activityId", "type", "areaCode", to_char("date", 'YYYY-MM-DD') AS "date",
         count(*)::int AS "records", sum(coalesce("quantity", 1))::float8 AS "quantity",
         sum(coalesce(("reached"->>'total')::float8, 0)) AS "reachedTotal",
         sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS "reachedAged14to60",
         sum(coalesce(("reached"->>'women')::float8, 0)) AS "reachedWomen",
         sum(coalesce(("reached"->>'children')::float8, 0)) AS "reachedChildren"
  FROM "ActivityRecord" WHERE "status" = 'approved' GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
const TALLIES = `
  SELECT "planId", "activityId", "type", "areaCode", to_char("date", 'YYYY-MM-DD') AS "date", "records", "quantity",
         "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren"
  FROM "RecordTally" ORDER BY 1, 2, 3, 4, 5`;

// 400 records of Lai Châu's plan over 6 communes, 4 days, 3 types, two activities or none, three agencies or none,
// mixed statuses.
const GENERATE = `
  WITH a AS (SELECT array_agg(code ORDER BY code) AS codes FROM "Area"
             WHERE "provinceCode" = '12' AND structure = '2016-11-09' AND level = 'commune'),
       g AS (SELECT array_agg(id ORDER BY id) AS ids FROM (SELECT id FROM "Agency" WHERE "provinceCode" = '12'
                                                         ORDER BY id LIMIT 3) x)
  INSERT INTO "ActivityRecord" (id, "planId", "activityId", type, date, "areaCode", "areaStructure", quantity, reached,
                                status, "agencyId", "updatedAt")
  SELECT gen_random_uuid(), 'lc2228',
         (ARRAY[NULL, 'lc2228-a-2016-1-1-1', 'lc2228-a-2016-1-2'])[1 + i % 3],
         (ARRAY['leaflet', 'training', 'conference'])[1 + (i / 3) % 3],
         date '2017-03-29' + (i % 5), codes[1 + (i * 7) % 6], date '2016-11-09',
         CASE WHEN i % 5 = 0 THEN NULL ELSE i % 7 END,
         CASE WHEN i % 4 = 0 THEN jsonb_build_object('total', i % 50, 'women', i % 9) END,
         (ARRAY['approved', 'approved', 'draft', 'submitted', 'rejected']::"RecordStatus"[])[1 + i % 5],
         g.ids[1 + (i / 2) % 4], now()
  FROM generate_series(1, $1::int) i, a, g`;

const MONTH_RECOUNT = `
  SELECT "planId", coalesce("activityId", '') AS "activityId", "type", "areaCode",
         to_char(date_trunc('month', "date"), 'YYYY-MM-DD') AS "month", to_char(min("date"), 'YYYY-MM-DD') AS "firstDate",
         count(*)::int AS "records", sum(coalesce("quantity", 1))::float8 AS "quantity",
         sum(coalesce(("reached"->>'total')::float8, 0)) AS "reachedTotal",
         sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS "reachedAged14to60",
         sum(coalesce(("reached"->>'women')::float8, 0)) AS "reachedWomen",
         sum(coalesce(("reached"->>'children')::float8, 0)) AS "reachedChildren"
  FROM "ActivityRecord" WHERE "status" = 'approved' GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
const MONTH_TALLIES = `
  SELECT "planId", "activityId", "type", "areaCode", to_char("month", 'YYYY-MM-DD') AS "month",
         to_char("firstDate", 'YYYY-MM-DD') AS "firstDate", "records", "quantity", "reachedTotal", "reachedAged14to60",
         "reachedWomen", "reachedChildren"
  FROM "RecordTallyMonth" ORDER BY 1, 2, 3, 4, 5`;

const AGENCY_RECOUNT = `
  SELECT "planId", coalesce("agencyId", '') AS "agencyId", "areaCode", to_char("date", 'YYYY-MM-DD') AS "date",
         coalesce("activityId", '') AS "activityId", "type",
         count(*)::int AS "records", sum(coalesce("quantity", 1))::float8 AS "quantity",
         sum(coalesce(("reached"->>'total')::float8, 0)) AS "reachedTotal",
         sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS "reachedAged14to60",
         sum(coalesce(("reached"->>'women')::float8, 0)) AS "reachedWomen",
         sum(coalesce(("reached"->>'children')::float8, 0)) AS "reachedChildren"
  FROM "ActivityRecord" WHERE "status" = 'approved' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;
const AGENCY_TALLIES = `
  SELECT "planId", "agencyId", "areaCode", to_char("date", 'YYYY-MM-DD') AS "date", "activityId", "type", "records",
         "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren"
  FROM "RecordTallyAgency" ORDER BY 1, 2, 3, 4, 5, 6`;
const AGENCY_MONTH_RECOUNT = `
  SELECT "planId", coalesce("agencyId", '') AS "agencyId", "areaCode",
         to_char(date_trunc('month', "date"), 'YYYY-MM-DD') AS "month", coalesce("activityId", '') AS "activityId",
         "type", to_char(min("date"), 'YYYY-MM-DD') AS "firstDate",
         count(*)::int AS "records", sum(coalesce("quantity", 1))::float8 AS "quantity",
         sum(coalesce(("reached"->>'total')::float8, 0)) AS "reachedTotal",
         sum(coalesce(("reached"->>'aged14to60')::float8, 0)) AS "reachedAged14to60",
         sum(coalesce(("reached"->>'women')::float8, 0)) AS "reachedWomen",
         sum(coalesce(("reached"->>'children')::float8, 0)) AS "reachedChildren"
  FROM "ActivityRecord" WHERE "status" = 'approved' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`;
const AGENCY_MONTH_TALLIES = `
  SELECT "planId", "agencyId", "areaCode", to_char("month", 'YYYY-MM-DD') AS "month", "activityId", "type",
         to_char("firstDate", 'YYYY-MM-DD') AS "firstDate", "records", "quantity", "reachedTotal", "reachedAged14to60",
         "reachedWomen", "reachedChildren"
  FROM "RecordTallyAgencyMonth" ORDER BY 1, 2, 3, 4, 5, 6`;

let url: string;
let db: pg.Client;
const version = async (c: pg.ClientBase = db) =>
  (await c.query<{ version: string }>(`SELECT version FROM "PlanDataVersion" WHERE "planId" = 'lc2228'`)).rows[0]
    ?.version;
const expectRecount = async () => {
  const [tallies, recount, months, monthRecount, byAgency, agencyRecount, agencyMonths, agencyMonthRecount] =
    await Promise.all(
      [
        TALLIES,
        RECOUNT,
        MONTH_TALLIES,
        MONTH_RECOUNT,
        AGENCY_TALLIES,
        AGENCY_RECOUNT,
        AGENCY_MONTH_TALLIES,
        AGENCY_MONTH_RECOUNT,
      ].map((q) => db.query(q)),
    );
  expect(recount!.rows.length).toBeGreaterThan(0);
  expect(tallies!.rows).toEqual(recount!.rows);
  expect(months!.rows).toEqual(monthRecount!.rows);
  expect(byAgency!.rows).toEqual(agencyRecount!.rows);
  expect(agencyMonths!.rows).toEqual(agencyMonthRecount!.rows);
  // Not vacuous: records entered by agencies and without one.
  expect(new Set(agencyRecount!.rows.map((r: { agencyId: string }) => r.agencyId === '')).size).toBe(2);
};

beforeAll(async () => {
  ({ url } = await createSeededDatabase('tally'));
  db = new pg.Client({ connectionString: url });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

describe('RecordTally equals a recount', () => {
  it('after bulk and single inserts', async () => {
    await db.query(GENERATE, [400]);
    await db.query(GENERATE, [1]);
    await expectRecount();
  });

  it('after approvals, withdrawals and edits of approved records', async () => {
    const before = await version();
    await db.query(`UPDATE "ActivityRecord" SET status = 'approved' WHERE status = 'submitted'`);
    await expectRecount();
    expect(await version()).not.toBe(before);
    await db.query(
      `UPDATE "ActivityRecord" SET status = 'submitted' WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id LIMIT 50)`,
    );
    await expectRecount();
    await db.query(
      `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) + 3, date = date + 1,
         reached = jsonb_build_object('children', 4), "activityId" = NULL
       WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id DESC LIMIT 40)`,
    );
    await expectRecount();
    await db.query(
      `UPDATE "ActivityRecord" SET "areaCode" = (SELECT min("areaCode") FROM "ActivityRecord")
       WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id LIMIT 30)`,
    );
    await expectRecount();
  });

  it('after a change of who entered approved records, and an agency deleted', async () => {
    const before = await version();
    await db.query(
      `UPDATE "ActivityRecord" SET "agencyId" = CASE WHEN "agencyId" IS NULL
         THEN (SELECT min(id) FROM "Agency" WHERE "provinceCode" = '12') END
       WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id LIMIT 60)`,
    );
    await expectRecount();
    expect(await version()).not.toBe(before);
    await db.query(
      `INSERT INTO "Agency" (id, name, kind, "provinceCode", "updatedAt")
       VALUES ('lc-test-tally', 'Cơ quan thử', 'department', '12', now())`,
    );
    await db.query(
      `UPDATE "ActivityRecord" SET "agencyId" = 'lc-test-tally'
       WHERE id IN (SELECT id FROM "ActivityRecord" WHERE status = 'approved' ORDER BY id DESC LIMIT 25)`,
    );
    await expectRecount();
    expect((await db.query(`SELECT 1 FROM "RecordTallyAgency" WHERE "agencyId" = 'lc-test-tally'`)).rowCount).toBe(
      // The 25 records over a handful of (area, day, activity, type)s.
      (
        await db.query(
          `SELECT DISTINCT "areaCode", date, "activityId", type FROM "ActivityRecord" WHERE "agencyId" = 'lc-test-tally'`,
        )
      ).rowCount,
    );
    // ON DELETE SET NULL: its records are now entered without an agency.
    await db.query(`DELETE FROM "Agency" WHERE id = 'lc-test-tally'`);
    await expectRecount();
    expect((await db.query(`SELECT 1 FROM "RecordTallyAgency" WHERE "agencyId" = 'lc-test-tally'`)).rowCount).toBe(0);
  });

  it('an edit of a draft moves no version', async () => {
    const before = await version();
    await db.query(`UPDATE "ActivityRecord" SET note = 'nháp' WHERE status = 'draft'`);
    expect(await version()).toBe(before);
  });

  it('after deletions, down to no record at all', async () => {
    await db.query(`DELETE FROM "ActivityRecord" WHERE id IN (SELECT id FROM "ActivityRecord" ORDER BY id LIMIT 100)`);
    await expectRecount();
    await db.query(`DELETE FROM "ActivityRecord" WHERE "planId" = 'lc2228'`);
    expect((await db.query(TALLIES)).rows).toEqual([]);
    expect((await db.query(MONTH_TALLIES)).rows).toEqual([]);
    expect((await db.query(AGENCY_TALLIES)).rows).toEqual([]);
    expect((await db.query(AGENCY_MONTH_TALLIES)).rows).toEqual([]);
  });

  it('with concurrent transactions on the same tallies, one rolled back', async () => {
    await db.query(GENERATE, [200]);
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await Promise.all([a.query('BEGIN'), b.query('BEGIN')]);
      await a.query(`UPDATE "ActivityRecord" SET status = 'approved' WHERE status = 'draft'`);
      const seenInRolledBack = await version(a);
      const committed = b.query(GENERATE, [50]).then(() => b.query('COMMIT'));
      await a.query('ROLLBACK');
      await committed;
      await expectRecount();
      // The number the rolled-back transaction saw is never anyone's version.
      expect(await version()).not.toBe(seenInRolledBack);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});
