import type { ActivityRecord, Plan } from '../../model/index.js';
import { addDays, daysInMonth, isoOf } from '../dates.js';

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
  const byKey = new Map<string, Tally>();
  for (const r of records) if (r.status === 'approved') addTo(byKey, `${groupKey(r)}|${r.date}`, r, 'tally');
  return [...byKey.values()];
}

type Tally = CountedRecord & { quantity: number; count: number };

/** Plan, activity, type and area: what a tally shares besides its day or month. */
const groupKey = (r: CountedRecord) => `${r.planId}|${r.activityId ?? ''}|${r.type}|${r.areaCode}`;

/**
 * Adds `r` (a record or a tally) to the tally of `key`, made on first sight with id `<prefix>-<n>` and dated the
 * earliest day added; returns the tally when this call made it.
 */
function addTo(byKey: Map<string, Tally>, key: string, r: CountedRecord, prefix: string): Tally | undefined {
  let tally = byKey.get(key);
  const made = tally === undefined;
  if (!tally) {
    tally = {
      id: `${prefix}-${byKey.size}`,
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
  if (r.date < tally.date) tally.date = r.date;
  tally.count += countOf(r);
  tally.quantity += r.quantity ?? 1;
  if (r.reached) {
    const sum = { ...tally.reached };
    for (const group of ['total', 'aged14to60', 'women', 'children'] as const) {
      const v = r.reached[group];
      if (v !== undefined) sum[group] = (sum[group] ?? 0) + v;
    }
    (tally as { reached?: ActivityRecord['reached'] }).reached = sum;
  }
  return made ? tally : undefined;
}

/**
 * Days where a rule compares a record's date, as split points: records before such a day and records on or after
 * it may count differently. Every other pair of days of one month behaves the same under every rule, so the
 * records of a month with no split point inside it (its 1st aside) may be summed into one tally dated their
 * earliest day (monthTallies). `request`: the call's own days — `to` the last day counted (asOf), `from` the
 * first (progressOverTime). A rule that compares record dates with a new kind of day must add it here; the
 * property test (record-tally.test.ts) compares every rule over records and over month tallies.
 */
export function dateSplits(plan: Plan, request: { from?: string; to: string }): string[] {
  const splits = new Set<string>();
  const onOrAfter = (day: string) => splits.add(day);
  const after = (day: string) => splits.add(addDays(day, 1));
  onOrAfter(plan.period.from);
  after(plan.period.to);
  if (request.from !== undefined) onOrAfter(request.from);
  after(request.to);
  for (const activity of plan.activities) {
    onOrAfter(activity.period.from);
    after(activity.period.to);
  }
  for (const target of plan.targets) {
    onOrAfter(target.period.from);
    after(target.period.to);
    if (target.kind === 'deadline') after(target.dueDate);
    if (target.kind === 'cadence' && target.window) {
      const last = Number(target.period.to.slice(0, 4));
      for (let year = Number(target.period.from.slice(0, 4)); year <= last; year++) {
        splits.add(firstDayFrom(year, target.window.from));
        splits.add(firstDayAfter(year, target.window.to));
      }
    }
  }
  return [...splits].sort();
}

/** The first day of `year` whose month-day is at or after `md` ('MM-DD'; 29 February in a common year: 1 March). */
function firstDayFrom(year: number, md: string): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  return d <= daysInMonth(year, m) ? isoOf(year, m, d) : addDays(isoOf(year, m, daysInMonth(year, m)), 1);
}

/** The first day of `year` (or 1 January after it) whose month-day is after `md`. */
function firstDayAfter(year: number, md: string): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  return addDays(isoOf(year, m, Math.min(d, daysInMonth(year, m))), 1);
}

/**
 * Tallies (or records) summed per (plan, activity, type, area, month) for every month without a split point
 * inside it (dateSplits), dated the earliest day summed; the others as they are. What the API reads from
 * RecordTallyMonth and RecordTally for one call.
 */
export function monthTallies(records: readonly CountedRecord[], splits: readonly string[]): CountedRecord[] {
  const splitMonths = new Set(splits.filter((day) => !day.endsWith('-01')).map((day) => day.slice(0, 7)));
  const out: CountedRecord[] = [];
  const byKey = new Map<string, Tally>();
  for (const r of records) {
    if (r.status !== 'approved' || splitMonths.has(r.date.slice(0, 7))) {
      out.push(r);
      continue;
    }
    const made = addTo(byKey, `${groupKey(r)}|${r.date.slice(0, 7)}`, r, 'month');
    if (made) out.push(made);
  }
  return out;
}
