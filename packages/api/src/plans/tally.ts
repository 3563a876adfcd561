import type { ActivityType, CountedRecord } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { heavyWork } from './heavy.js';

/**
 * Approved records as the domain's tallies (CountedRecord), read from RecordTally — kept by PostgreSQL on every
 * change to ActivityRecord (migration 20261204204152_record_tally) — instead of loading every record: no Prisma
 * object and no zod per record; one JSON text per query, parsed once. Kept in memory per (plans, data version):
 * PlanDataVersion moves with every change to a plan's approved records, so a kept list is never stale, and
 * identical concurrent requests share one read. See README.md beside this file for the measurements behind it.
 */

/** Most plan sets kept at once (a set: a plan and the plans derived from it). */
const KEPT = 32;

interface Kept {
  version: string;
  tallies: Promise<CountedRecord[]>;
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

async function readTallies(db: DbClient, planIds: readonly string[]): Promise<CountedRecord[]> {
  const [row] = await db.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(json_build_array("planId", "activityId", "type", "areaCode", to_char("date", 'YYYY-MM-DD'),
             "records", "quantity", "reachedTotal", "reachedAged14to60", "reachedWomen", "reachedChildren")), '[]')::text
           AS "rows"
    FROM "RecordTally" WHERE "planId" = ANY(${[...planIds]}::text[])`;
  const rows = JSON.parse(row?.rows ?? '[]') as TallyRow[];
  const out = new Array<CountedRecord>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [planId, activityId, type, areaCode, date, count, quantity, total, aged14to60, women, children] = rows[
      i
    ] as TallyRow;
    const reached = total + aged14to60 + women + children > 0;
    out[i] = {
      id: `${planId}~${i}`,
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

/**
 * Tallies of the approved records of these plans, as of now. At most one read per (plans, version) at a time, and
 * reads wait their turn with the other heavy work (heavy.ts).
 */
export async function approvedTallies(db: DbClient, planIds: readonly string[]): Promise<CountedRecord[]> {
  const key = [...planIds].sort().join(',');
  const version = await dataVersion(db, planIds);
  const hit = kept.get(key);
  if (hit && hit.version === version) {
    // Most recently used last: the first key is the one to drop.
    kept.delete(key);
    kept.set(key, hit);
    return hit.tallies;
  }
  const tallies = heavyWork(() => readTallies(db, planIds));
  kept.delete(key);
  kept.set(key, { version, tallies });
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  // A failed read is not kept.
  tallies.catch(() => {
    if (kept.get(key)?.tallies === tallies) kept.delete(key);
  });
  return tallies;
}

/** How many records a list of tallies stands for. */
export function recordsIn(tallies: readonly CountedRecord[]): number {
  let n = 0;
  for (const t of tallies) n += t.count ?? 1;
  return n;
}
