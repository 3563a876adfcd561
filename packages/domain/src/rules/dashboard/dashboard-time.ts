import type { Area, Plan, Target, TargetKind } from '../../model/index.js';
import { prepareDashboard, recordsOf, selectedAreas, type DashboardData } from './dashboard-data.js';
import { daysInMonth, isoOf, maxIso, minIso } from '../dates.js';
import { DomainError, assertIsoDate } from '../errors.js';
import { countOf, type CountedRecord } from '../records/record-tally.js';

export interface ProgressBucket {
  /** '2019-03' or '2019-Q1'. */
  label: string;
  from: string;
  to: string;
}

export interface ProgressSeries {
  targetId: string;
  kind: TargetKind;
  /** percent: share at each bucket end; quantity / count: totals. */
  unit: 'percent' | 'quantity' | 'count';
  /** true: value at each bucket end since the target's start; false: value inside each bucket (cadence). */
  cumulative: boolean;
  /** What the target asks: percent, quantity, records per cadence period, or 1 (deadline). */
  threshold: number;
  values: number[];
}

export interface ProgressOverTime {
  buckets: ProgressBucket[];
  /** Approved records of the plan, cumulative from the plan's start, at each bucket end. */
  records: number[];
  series: ProgressSeries[];
}

const MAX_BUCKETS = 1200;

/**
 * Cumulative progress per target at the end of every month or quarter from `from` to `to` (the calendar buckets
 * meeting that range, the last one ending at `to`). Records before `from` count toward the first bucket: values are
 * totals to date, not since `from`.
 *
 * - area_coverage: share of its areas covered (≥ minRecordsPerArea records) by each bucket end;
 * - population_reach: people reached over the population of its tagged areas, capped per area (areas nested in a
 *   measured one count in the outer one, as in evaluatePlan);
 * - output_count: cumulative quantity; deadline: 1 from the bucket of the first record on time;
 * - cadence: records inside each bucket (not cumulative: a cadence is judged per period).
 *
 * Cost: one pass over the records per target's types, plus buckets × areas for coverage and reach.
 */
export function progressOverTime(
  plan: Plan,
  input: {
    areas?: readonly Area[];
    records: readonly CountedRecord[];
    from: string;
    to: string;
    every: 'month' | 'quarter';
  },
): ProgressOverTime {
  assertIsoDate(input.from, 'from');
  assertIsoDate(input.to, 'to');
  const buckets = bucketsOf(input.from, input.to, input.every);
  const data = prepareDashboard(plan, input.areas ?? [], input.records, input.to);
  const ends = buckets.map((b) => b.to);
  const bucketOf = (date: string): number => {
    // Binary search over bucket ends: the first bucket whose end is on or after date.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as string) >= date) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const B = buckets.length;
  const records = new Array<number>(B).fill(0);
  for (const r of data.kept) add(records, bucketOf(r.date), countOf(r));
  accumulate(records);
  return { buckets, records, series: plan.targets.map((t) => seriesOf(data, t, B, bucketOf)) };
}

function seriesOf(data: DashboardData, target: Target, B: number, bucketOf: (date: string) => number): ProgressSeries {
  const values = new Array<number>(B).fill(0);
  const base = { targetId: target.id, kind: target.kind };
  switch (target.kind) {
    case 'cadence': {
      const winFrom = target.window ? target.window.from : '01-01';
      const winTo = target.window ? target.window.to : '12-31';
      for (const r of recordsOf(data, target, target.period.from, target.period.to)) {
        const md = r.date.slice(5);
        if (md >= winFrom && md <= winTo) add(values, bucketOf(r.date), countOf(r));
      }
      return { ...base, unit: 'count', cumulative: false, threshold: target.minPerPeriod, values };
    }
    case 'output_count': {
      const roots = target.areaCodes;
      for (const r of recordsOf(data, target, target.period.from, target.period.to)) {
        if (roots && !roots.some((root) => data.within(r.areaCode, root))) continue;
        add(values, bucketOf(r.date), r.quantity ?? 1);
      }
      return { ...base, unit: 'quantity', cumulative: true, threshold: target.minQuantity, values: accumulate(values) };
    }
    case 'deadline': {
      let first: string | undefined;
      for (const r of recordsOf(data, target, target.period.from, minIso(target.dueDate, target.period.to)))
        if (first === undefined || r.date < first) first = r.date;
      if (first !== undefined) values.fill(1, bucketOf(first));
      return { ...base, unit: 'count', cumulative: true, threshold: 1, values };
    }
    case 'area_coverage': {
      const areas = selectedAreas(data, target, target.level);
      const slot = new Map(areas.map((a, i) => [a.code, i]));
      const perBucket = new Int32Array(areas.length * B);
      for (const r of recordsOf(data, target, target.period.from, target.period.to)) {
        const at = data.ancestorAt(r.areaCode, target.level);
        const i = at === undefined ? undefined : slot.get(at);
        if (i !== undefined) add(perBucket, i * B + bucketOf(r.date), countOf(r));
      }
      const newlyCovered = new Array<number>(B).fill(0);
      for (let i = 0; i < areas.length; i++) {
        let sum = 0;
        for (let b = 0; b < B; b++) {
          sum += perBucket[i * B + b] as number;
          if (sum >= target.minRecordsPerArea) {
            add(newlyCovered, b, 1);
            break;
          }
        }
      }
      accumulate(newlyCovered);
      const share = newlyCovered.map((n) => (areas.length === 0 ? 0 : (n * 100) / areas.length));
      return { ...base, unit: 'percent', cumulative: true, threshold: target.thresholdPercent, values: share };
    }
    case 'population_reach': {
      const group = target.group;
      const tagged = selectedAreas(data, target, 'commune').concat(
        selectedAreas(data, target, 'district'),
        selectedAreas(data, target, 'province'),
      );
      const measured = new Map(tagged.filter((a) => a.population?.[group] !== undefined).map((a) => [a.code, a]));
      // Owner: the outermost measured area at or above the record's area.
      const ownerMemo = new Map<string, string | undefined>();
      const ownerOf = (code: string): string | undefined => {
        if (ownerMemo.has(code)) return ownerMemo.get(code);
        let owner = measured.has(code) ? code : undefined;
        for (const a of data.index.ancestorCodes(code)) if (measured.has(a)) owner = a;
        ownerMemo.set(code, owner);
        return owner;
      };
      const owners = [...measured.keys()].filter((code) => ownerOf(code) === code);
      const slot = new Map(owners.map((c, i) => [c, i]));
      const perBucket = new Float64Array(owners.length * B);
      for (const r of recordsOf(data, target, target.period.from, target.period.to)) {
        const o = ownerOf(r.areaCode);
        const i = o === undefined ? undefined : slot.get(o);
        if (i !== undefined) add(perBucket, i * B + bucketOf(r.date), r.reached?.[group] ?? 0);
      }
      let denominator = 0;
      const numerator = new Array<number>(B).fill(0);
      owners.forEach((code, i) => {
        const population = measured.get(code)?.population?.[group] ?? 0;
        denominator += population;
        let sum = 0;
        for (let b = 0; b < B; b++) {
          sum += perBucket[i * B + b] as number;
          add(numerator, b, Math.min(sum, population));
        }
      });
      const share = numerator.map((n) => (denominator === 0 ? 0 : (n * 100) / denominator));
      return { ...base, unit: 'percent', cumulative: true, threshold: target.thresholdPercent, values: share };
    }
  }
}

/** values[i] += by, for arrays and typed arrays under noUncheckedIndexedAccess. */
function add(values: { [i: number]: number }, i: number, by: number): void {
  values[i] = (values[i] as number) + by;
}

function accumulate(values: number[]): number[] {
  for (let i = 1; i < values.length; i++) values[i] = (values[i] as number) + (values[i - 1] as number);
  return values;
}

/** Calendar months or quarters meeting [from, to], clipped to it. */
export function bucketsOf(from: string, to: string, every: 'month' | 'quarter'): ProgressBucket[] {
  if (to < from)
    throw new DomainError('DATE_INVALID', `Ngày kết thúc ${to} trước ngày bắt đầu ${from}.`, {
      messageEn: `End ${to} is before start ${from}.`,
      details: { from, to },
    });
  const span = every === 'month' ? 1 : 3;
  const key = (iso: string) => Math.floor((Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1) / span);
  const first = key(from);
  const last = key(to);
  if (last - first + 1 > MAX_BUCKETS)
    throw new DomainError('DATE_INVALID', `Khoảng thời gian quá dài (tối đa ${MAX_BUCKETS} kỳ).`, {
      messageEn: `Range too long (at most ${MAX_BUCKETS} buckets).`,
    });
  const out: ProgressBucket[] = [];
  for (let k = first; k <= last; k++) {
    const y = Math.floor((k * span) / 12);
    const m0 = ((k * span) % 12) + 1;
    const m1 = m0 + span - 1;
    out.push({
      label: every === 'month' ? `${y}-${String(m0).padStart(2, '0')}` : `${y}-Q${(m0 - 1) / 3 + 1}`,
      from: maxIso(isoOf(y, m0, 1), from),
      to: minIso(isoOf(y, m1, daysInMonth(y, m1)), to),
    });
  }
  return out;
}
