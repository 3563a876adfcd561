import type { ActivityType, CountedRecord } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { heavyWork } from './heavy.js';

/**
 * Approved records as the domain's tallies (CountedRecord), read from RecordTallyMonth and RecordTally — kept by
 * PostgreSQL on every change to ActivityRecord (migrations record_tally, record_tally_month) — instead of loading
 * every record: no Prisma object and no zod per record; one JSON text per query, parsed once. Kept in memory per
 * (plans, data version):
 * PlanDataVersion moves with every change to a plan's approved records, so a kept list is never stale, and
 * identical concurrent requests share one read. See README.md beside this file for the measurements behind it.
 */

/** Most plan sets kept at once (a set: a plan and the plans derived from it). */
const KEPT = 32;

interface Kept {
  version: string;
  /** Every month tally of the plans, dated its earliest day. */
  months: Promise<CountedRecord[]>;
  /** Day tallies by month ('YYYY-MM'), read when a call splits that month. */
  days: Map<string, Promise<CountedRecord[]>>;
}
const kept = new Map<string, Kept>();

/** "planId:version,…" over the plans, in id order; a plan without approved records has version 0. */
export async function dataVersion(db: DbClient, planIds: readonly string[]): Promise<string> {
  const rows = await db.$queryRaw<{ planId: string; version: bigint }[]>`
    SELECT "planId", "version" FROM "PlanDataVersion" WHERE "planId" = ANY(${[...planIds]}::text[])`;
  const of = new Map(rows.map((r) => [r.planId, String(r.version)]));
  return [...planIds]
    .sort()
    .map((id) => `${id}:${of.get(id) ?? 0}`)
    .join(',');
}

type TallyRow = [string, string, ActivityType, string, string, number, number, number, number, number, number];

function toTallies(json: string | undefined, prefix: string): CountedRecord[] {
  const rows = JSON.parse(json ?? '[]') as TallyRow[];
  const out = new Array<CountedRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [planId, activityId, type, areaCode, date, count, quantity, total, aged14to60, women, children] = rows[
      i
    ] as TallyRow;
    const reached = total + aged14to60 + women + children > 0;
    out[i] = {
      id: `${prefix}${i}`,
      planId,
      ...(activityId === '' ? {} : { activityId }),
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

async function readMonths(db: DbClient, planIds: readonly string[]): Promise<CountedRecord[]> {
  const [row] = await db.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array("planId", "activityId", "type", "areaCode", to_char("firstDate", 'YYYY-MM-DD'),
             "records", "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")), '[]')::text
           AS "rows"
    FROM "RecordTallyMonth" WHERE "planId" = ANY(${[...planIds]}::text[])`;
  return toTallies(row?.rows, 'm');
}

async function readDays(db: DbClient, planIds: readonly string[], month: string): Promise<CountedRecord[]> {
  const first = `${month}-01`;
  const [row] = await db.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array("planId", "activityId", "type", "areaCode", to_char("date", 'YYYY-MM-DD'),
             "records", "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")), '[]')::text
           AS "rows"
    FROM "RecordTally"
    WHERE "planId" = ANY(${[...planIds]}::text[]) AND "date" >= ${first}::date
      AND "date" < (${first}::date + interval '1 month')::date AND "records" > 0`;
  return toTallies(row?.rows, `d${month}-`);
}

/** A failed read is not kept. */
function forgetOnFailure(key: string, entry: Kept, read: Promise<unknown>, month?: string): void {
  read.catch(() => {
    if (kept.get(key) !== entry) return;
    if (month === undefined) kept.delete(key);
    else entry.days.delete(month);
  });
}

/**
 * Tallies of the approved records of these plans, as of now, for a call whose rules split days `splits` (domain
 * dateSplits): month tallies (RecordTallyMonth) for the months no split falls inside, day tallies (RecordTally) for
 * the others — what domain monthTallies gives, so every rule counts as over the records. Month tallies are read
 * once per (plans, version), a month's day tallies when a call first splits it; at most one read of each at a
 * time, waiting their turn with the other heavy work (heavy.ts).
 */
export async function approvedTallies(
  db: DbClient,
  planIds: readonly string[],
  splits: readonly string[] | 'every day',
  version?: string,
): Promise<CountedRecord[]> {
  const key = [...planIds].sort().join(',');
  const current = version ?? (await dataVersion(db, planIds));
  let entry = kept.get(key);
  if (entry && entry.version === current) {
    // Most recently used last: the first key is the one to drop.
    kept.delete(key);
    kept.set(key, entry);
  } else {
    const months = heavyWork(() => readMonths(db, planIds));
    entry = { version: current, months, days: new Map() };
    kept.delete(key);
    kept.set(key, entry);
    while (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    forgetOnFailure(key, entry, months);
  }
  const splitMonths =
    splits === 'every day'
      ? [...new Set((await entry.months).map((t) => t.date.slice(0, 7)))]
      : [...new Set(splits.filter((day) => !day.endsWith('-01')).map((day) => day.slice(0, 7)))];
  const days = splitMonths.map((month) => {
    let read = entry.days.get(month);
    if (!read) {
      read = heavyWork(() => readDays(db, planIds, month));
      entry.days.set(month, read);
      forgetOnFailure(key, entry, read, month);
    }
    return read;
  });
  const split = new Set(splitMonths);
  const months = (await entry.months).filter((t) => !split.has(t.date.slice(0, 7)));
  return months.concat(...(await Promise.all(days)));
}

/** How many records a list of tallies stands for. */
export function recordsIn(tallies: readonly CountedRecord[]): number {
  let n = 0;
  for (const t of tallies) n += t.count ?? 1;
  return n;
}
