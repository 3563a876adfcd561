import {
  agencyAt,
  buildPeriodicReport,
  minIso,
  reportDataPeriod,
  reportSendersOf,
  reportsOf,
  type DueReport,
  type ReportDocument,
} from '@pcmbn/domain';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { mayReadRecord, type ScopeUser } from '../records/access.js';
import { areaIndexFor } from '../auth/scope.js';
import { renderReportDocx } from './docx.js';
import { buildSenderReport, placeOf } from './generate.js';
import { loadApprovedRecords, loadPlanContext, type PlanReportContext } from './load.js';

/**
 * Issue 18: a sender's report is made from the tallies by agency (RecordTallyAgency, RecordTallyAgencyMonth) and
 * must be what the record rows gave (the path before): the same document and the same DOCX bytes, for every sender
 * and the receiving body of both seed plans, on the seed records plus random ones — entered by senders or without an
 * agency, in every status, on random days — read by a province administrator and by a district officer.
 */

let db: Db;
let sql: pg.Client;
const contexts = new Map<string, PlanReportContext>();

/** `n` random records of the plan over its structure's areas and `agencies` (null: entered without one). */
async function addRecords(
  planId: string,
  structure: string,
  from: string,
  days: number,
  agencies: string[],
  n: number,
) {
  await sql.query(
    `WITH acts AS (SELECT array_agg(a->>'id' ORDER BY a->>'id') AS ids, array_agg(a->>'type' ORDER BY a->>'id') AS types
                   FROM "Plan", jsonb_array_elements(document->'activities') a WHERE id = $1),
          ar AS (SELECT array_agg(x.code ORDER BY x.code) AS codes FROM "Area" x JOIN "Plan" p ON p.id = $1
                 WHERE x."provinceCode" = p."provinceCode" AND x.structure = $2::date)
     INSERT INTO "ActivityRecord" (id, "planId", "activityId", type, date, "areaCode", "areaStructure", quantity,
                                   reached, status, "agencyId", "updatedAt")
     SELECT gen_random_uuid(), $1,
            CASE WHEN u1 < 0.7 THEN acts.ids[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int] END,
            CASE WHEN u1 < 0.7 THEN acts.types[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int]
                 ELSE (ARRAY['leaflet', 'training', 'inspection', 'billboard'])[1 + floor((u1 - 0.7) / 0.3 * 4)::int] END,
            $3::date + floor(u2 * $4::int)::int, ar.codes[1 + floor(u3 * cardinality(ar.codes))::int],
            $2::date, CASE WHEN u4 < 0.5 THEN floor(u4 * 20)::int END,
            CASE WHEN u5 < 0.3 THEN jsonb_build_object('total', floor(u5 * 300)::int, 'women', floor(u5 * 100)::int) END,
            (ARRAY['approved', 'approved', 'approved', 'draft', 'submitted', 'rejected']::"RecordStatus"[])[1 + floor(u6 * 6)::int],
            ($5::text[])[1 + floor(u7 * (cardinality($5::text[]) + 1))::int],
            now()
     FROM (SELECT random() u1, random() u2, random() u3, random() u4, random() u5, random() u6, random() u7
           FROM generate_series(1, $6::int)) r, acts, ar`,
    [planId, structure, from, days, agencies, n],
  );
}

beforeAll(async () => {
  const { url } = await createSeededDatabase('sendertallies');
  db = createDb(url, { max: 3 });
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
  await sql.query(`SELECT setseed(0.18)`);
  for (const [planId, structure, from, days] of [
    ['lc2228', '2016-11-09', '2016-10-20', 850],
    ['tv651', '2018-04-06', '2018-06-01', 1000],
  ] as const) {
    const { plan, agencies } = await loadPlanContext(db, planId);
    const senders = plan.reporting.flatMap((rule) =>
      reportSendersOf(plan, rule, agencies).senders.map((s) => s.agencyId),
    );
    await addRecords(planId, structure, from, days, [...new Set(senders)], 3000);
  }
  for (const planId of ['lc2228', 'tv651']) contexts.set(planId, await loadPlanContext(db, planId));
});
afterAll(async () => {
  await sql.end();
  await db.$disconnect();
});

/** The report as it was made before the tallies by agency: from the sender's record rows. */
async function fromRows(
  context: PlanReportContext,
  due: DueReport,
  agencyId: string,
  date: string,
  reader: ScopeUser,
  results: Parameters<typeof buildPeriodicReport>[0]['results'],
): Promise<ReportDocument> {
  const { plan, agencies, areas } = context;
  const rule = plan.reporting.find((r) => r.id === due.ruleId)!;
  const data = reportDataPeriod(rule, due, plan.period);
  const asOf = minIso(data.to, date);
  const sender = agencyAt(agencies, agencyId, date);
  const senderIds = [...new Set([agencyId, ...(sender ? [sender.id] : [])])];
  const index = await areaIndexFor(db, plan.areaStructure);
  const rows = await loadApprovedRecords(db, plan.id, { to: asOf }, senderIds);
  const province = areas.find((a) => a.level === 'province');
  return buildPeriodicReport({
    plan,
    agencies,
    areas,
    records: rows.filter((r) => mayReadRecord(reader, r, index)),
    results,
    period: due.period,
    dataPeriod: { from: data.from, to: data.to },
    dataNote: data.note.vi,
    consolidated: false,
    reportingAgencyId: agencyId,
    signerName: 'Nguyễn Văn An',
    signerTitle: 'GIÁM ĐỐC',
    place: placeOf(province?.name ?? plan.provinceCode),
    date,
    asOf,
  });
}

/** A DOCX's parts byte for byte, but the time it was made (docProps/core.xml dcterms:created and modified). */
const docxParts = (docx: Buffer) =>
  Object.entries(unzipSync(docx)).map(([name, bytes]) => [
    name,
    name === 'docProps/core.xml'
      ? strFromU8(bytes).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1')
      : Buffer.from(bytes).toString('base64'),
  ]);

const admin = (provinceCode: string): ScopeUser => ({
  id: 'reader',
  role: 'province_admin',
  agencyId: null,
  scopeAreaCode: provinceCode,
});

describe('a sender’s report from tallies by agency equals the report from its record rows', () => {
  for (const planId of ['lc2228', 'tv651']) {
    it(`every sender of ${planId}, first, middle and last report of each rule`, async () => {
      const context = contexts.get(planId)!;
      const { plan, agencies } = context;
      let compared = 0;
      let counted = 0;
      for (const rule of plan.reporting) {
        const dues = reportsOf(rule, plan.period);
        const picked = [...new Set([dues[0], dues[Math.floor(dues.length / 2)], dues.at(-1)])].filter(
          (d): d is DueReport => d !== undefined,
        );
        for (const due of picked) {
          for (const { agencyId, group } of reportSendersOf(plan, rule, agencies).senders) {
            if (group) continue;
            const date = due.dueDate;
            const made = await buildSenderReport(db, context, {
              reader: admin(plan.provinceCode),
              due,
              agencyId,
              date,
              signerName: 'Nguyễn Văn An',
              signerTitle: 'GIÁM ĐỐC',
            });
            const rows = await fromRows(context, due, agencyId, date, admin(plan.provinceCode), made.results);
            expect(made.document).toEqual(rows);
            expect(docxParts(await renderReportDocx(made.document))).toEqual(docxParts(await renderReportDocx(rows)));
            compared++;
            counted += (made.document.tallies ?? []).reduce((n, t) => n + t.records, 0);
          }
        }
      }
      expect(compared).toBeGreaterThan(10);
      // Not vacuous: the senders' reports count records.
      expect(counted).toBeGreaterThan(100);
    });
  }

  it('read by a district officer: only its district’s records, the same as the rows give', async () => {
    const context = contexts.get('lc2228')!;
    const { plan, agencies } = context;
    const rule = plan.reporting[0]!;
    const district = agencies.find((a) => a.kind === 'district_committee' && a.areaCode !== undefined)!;
    const reader: ScopeUser = {
      id: 'district',
      role: 'district_officer',
      agencyId: district.id,
      scopeAreaCode: district.areaCode!,
    };
    const others = reportSendersOf(plan, rule, agencies)
      .senders.filter((s) => !s.group)
      .slice(0, 6);
    let counted = 0;
    for (const due of reportsOf(rule, plan.period)) {
      for (const { agencyId } of [{ agencyId: district.id }, ...others]) {
        const made = await buildSenderReport(db, context, {
          reader,
          due,
          agencyId,
          date: due.dueDate,
          signerName: 'Nguyễn Văn An',
          signerTitle: 'GIÁM ĐỐC',
        });
        const rows = await fromRows(context, due, agencyId, due.dueDate, reader, made.results);
        expect(made.document).toEqual(rows);
        counted += (made.document.tallies ?? []).reduce((n, t) => n + t.records, 0);
      }
    }
    expect(counted).toBeGreaterThan(0);
  });
});
