import type { CadenceTarget, TargetResult, TargetStatus } from '../../model/index.js';
import type { MonthDayWindow } from '../../model/index.js';
import { daysInMonth, isoOf, maxIso, minIso } from '../dates.js';
import { forEachRecord, type EvaluationContext } from './evaluation-index.js';
import { activityPhrase, listSome, statusClause } from './explain.js';
import { recordWindow } from './window.js';
import { CADENCE_PERIOD_NOUNS } from '../../format/target-results.js';
import { formatDateVi } from '../../format/dates.js';
import { periodKeyVi } from '../../format/periods.js';

const MONTHS_PER_BUCKET: Record<CadenceTarget['every'], number> = { month: 1, quarter: 3, year: 12 };

/**
 * At least minPerPeriod records in every calendar month/quarter/year that intersects the period (the first and
 * last buckets may be partial: a plan starting 06/4 must still act in April). A bucket is elapsed once its last
 * day inside the period is before asOf; an elapsed bucket short of records can never be made up, so the target
 * is missed at once.
 *
 * value = buckets met so far (the current bucket counts once it has its records), threshold = all buckets,
 * expected (while on track) = buckets already elapsed, numerator/denominator = value/threshold.
 *
 * With a yearly `window` (MM-DD to MM-DD), a record counts only when its day of the year lies inside it; a bucket
 * counts only when the window meets it inside the period, and is elapsed once the window's last day in it has
 * passed (the 2019 campaign is missed from 02/8/2019, not from 01/01/2020). From the period's last day on every
 * bucket is judged: the target is achieved or missed, never still on track.
 */
export function evaluateCadence(ctx: EvaluationContext, target: CadenceTarget): TargetResult {
  const span = MONTHS_PER_BUCKET[target.every];
  const fromY = Number(target.period.from.slice(0, 4));
  const fromM = Number(target.period.from.slice(5, 7));
  const toY = Number(target.period.to.slice(0, 4));
  const toM = Number(target.period.to.slice(5, 7));
  const firstKey = Math.floor((fromY * 12 + fromM - 1) / span);
  const lastKey = Math.floor((toY * 12 + toM - 1) / span);
  const buckets = Math.max(0, lastKey - firstKey + 1);
  const counts = new Int32Array(buckets);
  const { ymd, weight } = ctx.records;
  const [from, to] = recordWindow(ctx, target.period);
  const win = target.window;
  const winFrom = win === undefined ? 0 : mdNumber(win.from);
  const winTo = win === undefined ? 1231 : mdNumber(win.to);
  forEachRecord(ctx, target, from, to, (k) => {
    const d = ymd[k] as number;
    const md = d % 10000;
    if (md < winFrom || md > winTo) return;
    const y = Math.floor(d / 10000);
    const m = Math.floor(d / 100) % 100;
    const b = Math.floor((y * 12 + m - 1) / span) - firstKey;
    counts[b] = (counts[b] as number) + (weight[k] as number);
  });

  const final = ctx.asOf >= target.period.to;
  let met = 0;
  let elapsed = 0;
  let counted = 0;
  const missing: string[] = [];
  for (let b = 0; b < buckets; b++) {
    const monthIndex = (firstKey + b) * span; // months since year 0 of the bucket's first month
    const y = Math.floor(monthIndex / 12);
    const m0 = (monthIndex % 12) + 1;
    const mEnd = m0 + span - 1;
    let bucketEnd = minIso(isoOf(y, mEnd, daysInMonth(y, mEnd)), target.period.to);
    if (win !== undefined) {
      const start = maxIso(maxIso(isoOf(y, m0, 1), target.period.from), dayOfYear(y, win.from));
      bucketEnd = minIso(bucketEnd, dayOfYear(y, win.to));
      if (start > bucketEnd) continue; // the window misses this bucket: nothing is asked of it
    }
    counted++;
    const ok = (counts[b] as number) >= target.minPerPeriod;
    if (ok) met++;
    if (bucketEnd < ctx.asOf || final) {
      elapsed++;
      if (!ok) missing.push(bucketLabel(target.every, y, m0));
    }
  }

  const asOf = ctx.asOf;
  let status: TargetStatus;
  let expected: number | undefined;
  if (asOf < target.period.from) status = 'not_started';
  else if (missing.length > 0) status = 'missed';
  else if (final) status = 'achieved';
  else {
    status = 'on_track';
    expected = elapsed;
  }

  const noun = CADENCE_PERIOD_NOUNS[target.every];
  const rule = `ít nhất ${target.minPerPeriod} hoạt động ${activityPhrase(target.activityTypes)} mỗi ${noun}`;
  const windowText = win === undefined ? '' : ` (trong khoảng ${windowPhrase(win)} hằng năm)`;
  let explanation = `Đã đạt ${met}/${counted} ${noun} có ${rule}${windowText}`;
  if (missing.length > 0) explanation += `; không đạt: ${listSome(missing.map(periodKeyVi))}`;
  else if (status === 'on_track')
    explanation += `; mọi ${noun} đã qua đều đạt, theo dõi đến ${formatDateVi(target.period.to)}`;
  explanation += `${status === 'not_started' ? statusClause(target, status, undefined, 'count') : ''}.`;

  return {
    targetId: target.id,
    kind: target.kind,
    status,
    value: met,
    threshold: counted,
    ...(expected === undefined ? {} : { expected }),
    numerator: met,
    denominator: counted,
    missing,
    explanation,
  };
}

function bucketLabel(every: CadenceTarget['every'], year: number, firstMonth: number): string {
  const y = String(year).padStart(4, '0');
  if (every === 'year') return y;
  if (every === 'quarter') return `${y}-Q${Math.floor((firstMonth - 1) / 3) + 1}`;
  return `${y}-${String(firstMonth).padStart(2, '0')}`;
}

function mdNumber(monthDay: string): number {
  return Number(monthDay.slice(0, 2)) * 100 + Number(monthDay.slice(3, 5));
}

/** 'MM-DD' in `year`; 02-29 is the last day of February in a common year. */
function dayOfYear(year: number, monthDay: string): string {
  const m = Number(monthDay.slice(0, 2));
  return isoOf(year, m, Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, m)));
}

/** '1/7–1/8' (the plans write days and months without leading zeros). */
export function windowPhrase(window: MonthDayWindow): string {
  const short = (md: string) => `${Number(md.slice(3, 5))}/${Number(md.slice(0, 2))}`;
  return `${short(window.from)}–${short(window.to)}`;
}
