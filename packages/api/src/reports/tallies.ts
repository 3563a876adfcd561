import {
  areaIndex,
  areasForStructure,
  isSenderRecord,
  type ActivityType,
  type Agency,
  type Area,
  type CountedRecord,
  type Plan,
} from '@pcmbn/domain';
import { Prisma, type DbClient } from '../db/client.js';

/**
 * A sender's own work as the domain's tallies (CountedRecord with `agencyId`), read from RecordTallyAgencyMonth and
 * RecordTallyAgency (migration record_tally_agency, kept by PostgreSQL on every change to ActivityRecord) instead of
 * its record rows: month tallies for the months no rule splits, day tallies for the others (domain dateSplits, as
 * monthTallies composes them), up to `to`. Which tallies are its own is the domain's isSenderRecord: those entered
 * by one of `senderIds`, and those entered without an agency in the areas isSenderRecord gives to the sender (a
 * district committee: its district's communes) — the read is bounded by them; buildPeriodicReport applies
 * isSenderRecord again over what is read. A few thousand rows for a district at a million records.
 */
export async function senderTallies(
  db: DbClient,
  context: { plan: Plan; areas: readonly Area[] },
  sender: Agency | undefined,
  senderIds: readonly string[],
  splits: readonly string[],
  to: string,
): Promise<CountedRecord[]> {
  const { plan } = context;
  const index = areaIndex(areasForStructure(context.areas, plan.areaStructure));
  const ids = new Set(senderIds);
  const noAgency = sender
    ? index.areas.filter((a) => isSenderRecord({ areaCode: a.code }, sender, ids, index)).map((a) => a.code)
    : [];
  const last = to.slice(0, 7);
  const splitMonths = [
    ...new Set(splits.filter((d) => !d.endsWith('-01') && d.slice(0, 7) <= last).map((d) => `${d.slice(0, 7)}-01`)),
  ];
  const mine = (t: string) => Prisma.sql`
    ((${Prisma.raw(t)}."agencyId" = ANY(${[...ids]}::text[]))
     OR (${Prisma.raw(t)}."agencyId" = '' AND ${Prisma.raw(t)}."areaCode" = ANY(${noAgency}::text[])))`;
  const [row] = await db.$queryRaw<{ months: TallyRow[] | null; days: TallyRow[] | null }[]>`
    SELECT
      (SELECT json_agg(json_build_array(m."agencyId", m."areaCode", to_char(m."firstDate", 'YYYY-MM-DD'),
                                        m."activityId", m."type", m."records", m."quantity", m."reachedTotal",
                                        m."reachedAged14to60", m."reachedWomen", m."reachedChildren"))
       FROM "RecordTallyAgencyMonth" m
       WHERE m."planId" = ${plan.id} AND ${mine('m')} AND m."month" <= ${`${last}-01`}::date
         AND m."month" <> ALL(${splitMonths}::date[]) AND m."records" > 0) AS "months",
      (SELECT json_agg(json_build_array(t."agencyId", t."areaCode", to_char(t."date", 'YYYY-MM-DD'),
                                        t."activityId", t."type", t."records", t."quantity", t."reachedTotal",
                                        t."reachedAged14to60", t."reachedWomen", t."reachedChildren"))
       FROM unnest(${splitMonths}::date[]) s(month)
       JOIN "RecordTallyAgency" t ON t."planId" = ${plan.id} AND ${mine('t')}
         AND t."date" >= s.month AND t."date" < (s.month + interval '1 month')::date
       WHERE t."date" <= ${to}::date AND t."records" > 0) AS "days"`;
  return toTallies(plan.id, [...(row?.months ?? []), ...(row?.days ?? [])]);
}

type TallyRow = [string, string, string, string, ActivityType, number, number, number, number, number, number];

function toTallies(planId: string, rows: readonly TallyRow[]): CountedRecord[] {
  const out = new Array<CountedRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [agencyId, areaCode, date, activityId, type, count, quantity, total, aged14to60, women, children] = rows[
      i
    ] as TallyRow;
    const reached = total + aged14to60 + women + children > 0;
    out[i] = {
      id: `a${i}`,
      planId,
      ...(activityId === '' ? {} : { activityId }),
      ...(agencyId === '' ? {} : { agencyId }),
      type,
      date,
      areaCode,
      quantity,
      ...(reached ? { reached: { total, aged14to60, women, children } } : {}),
      status: 'approved',
      count,
    };
  }
  return out;
}
