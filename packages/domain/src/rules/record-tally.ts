import type { ActivityRecord } from '../model/index.js';

/**
 * A record, or a tally standing for `count` approved records that share plan, activity, type, area and day: its
 * `quantity` is their total (a record without one counts 1, as evaluatePlan counts output) and `reached` their
 * sums per group. The API reads tallies PostgreSQL keeps on approval (a few hundred thousand rows at most for a
 * province) instead of a million records; every rule that counts records counts `count` (countOf), so a tally and
 * the records it stands for give the same results (record-tally.test.ts).
 */
export type CountedRecord = ActivityRecord & { readonly count?: number };

/** How many records `r` stands for: 1 for a record, `count` for a tally. */
export function countOf(r: CountedRecord): number {
  return r.count ?? 1;
}

/**
 * Approved records as tallies, one per (plan, activity, type, area, day), in first-seen order, ids `tally-<n>`.
 * The same grouping as the database's RecordTally table (migration record_tally); ids must be distinct, as a
 * store's are.
 */
export function tallyRecords(records: readonly ActivityRecord[]): CountedRecord[] {
  const byKey = new Map<string, CountedRecord & { quantity: number; count: number }>();
  for (const r of records) {
    if (r.status !== 'approved') continue;
    const key = `${r.planId}|${r.activityId ?? ''}|${r.type}|${r.areaCode}|${r.date}`;
    let tally = byKey.get(key);
    if (!tally) {
      tally = {
        id: `tally-${byKey.size}`,
        planId: r.planId,
        ...(r.activityId === undefined ? {} : { activityId: r.activityId }),
        type: r.type,
        date: r.date,
        areaCode: r.areaCode,
        quantity: 0,
        status: 'approved',
        count: 0,
      };
      byKey.set(key, tally);
    }
    tally.count += 1;
    tally.quantity += r.quantity ?? 1;
    if (r.reached) {
      const sum = { ...tally.reached };
      for (const group of ['total', 'aged14to60', 'women', 'children'] as const) {
        const v = r.reached[group];
        if (v !== undefined) sum[group] = (sum[group] ?? 0) + v;
      }
      (tally as { reached?: ActivityRecord['reached'] }).reached = sum;
    }
  }
  return [...byKey.values()];
}
