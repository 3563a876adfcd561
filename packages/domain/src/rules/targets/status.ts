import type { Expectation, Period, Target, TargetStatus } from '../../model/index.js';
import { addDays, daysBetween, inclusiveDays } from '../dates.js';

/** Tolerance for comparing computed percentages (29 × 100 / 100 must equal 29, not fall a hair short). */
const EPSILON = 1e-9;

/** Days before a due date from which an unmet one-off output or deadline is shown as at risk (half a month to act). */
export const DUE_WARNING_DAYS = 15;

export function atLeast(value: number, bound: number): boolean {
  return value >= bound - EPSILON * Math.max(1, Math.abs(bound));
}

/** Share of `threshold` due by `asOf`: threshold × elapsed days / total days, both counted inclusively. */
export function expectedByNow(threshold: number, period: Period, asOf: string): number {
  const total = inclusiveDays(period.from, period.to);
  if (total === 0) return threshold;
  const elapsed = Math.min(total, inclusiveDays(period.from, asOf));
  return (threshold * elapsed) / total;
}

/**
 * How the expectation of a cumulative target grows: its own `expectation`, else derived. An output_count asking
 * for fewer units than the period has months (03 pano, 01 cuộc truyền thông, 08 lớp in a year) is a set of
 * one-off or dated outputs: `by_due_date`. More units than months (30.000 tờ rơi) and shares of areas or people
 * are cumulative work spread over the period: `linear`. Cadence and deadline targets have their own time rules.
 */
export function targetExpectation(target: Target): Expectation {
  if (target.kind === 'cadence' || target.kind === 'deadline') return { kind: 'by_due_date' };
  if (target.expectation !== undefined) return target.expectation;
  if (target.kind === 'output_count' && target.minQuantity < monthsTouched(target.period))
    return { kind: 'by_due_date' };
  return { kind: 'linear' };
}

function monthsTouched(period: Period): number {
  const y = (iso: string) => Number(iso.slice(0, 4));
  const m = (iso: string) => Number(iso.slice(5, 7));
  return (y(period.to) - y(period.from)) * 12 + m(period.to) - m(period.from) + 1;
}

/** The due date of a by_due_date expectation: its own, else the period's last day (never after it). */
export function dueDateOf(expectation: Expectation, period: Period): string {
  if (expectation.kind !== 'by_due_date' || expectation.dueDate === undefined) return period.to;
  return expectation.dueDate < period.to ? expectation.dueDate : period.to;
}

/**
 * Milestones: percent of the threshold by each date, linear from the period's start (0) to the first milestone
 * and between milestones (each segment counted inclusively from the day after the previous milestone), flat
 * after the last one. A milestone after the period's end is read at the period's end.
 */
export function expectedByMilestones(
  threshold: number,
  period: Period,
  milestones: ReadonlyArray<{ by: string; percent: number }>,
  asOf: string,
): number {
  let segmentFrom = period.from;
  let before = 0;
  for (const m of milestones) {
    const by = m.by < period.to ? m.by : period.to;
    if (asOf <= by) {
      const total = inclusiveDays(segmentFrom, by);
      const elapsed = asOf < segmentFrom ? 0 : Math.min(total, inclusiveDays(segmentFrom, asOf));
      const share = total <= 0 ? m.percent : before + ((m.percent - before) * elapsed) / total;
      return (threshold * share) / 100;
    }
    before = m.percent;
    segmentFrom = addDays(by, 1);
  }
  return (threshold * before) / 100;
}

/**
 * Status of a cumulative target (one whose value can only grow as records are added): not_started before the
 * period; from its last day on (asOf ≥ period.to) achieved or missed, never at risk; inside it achieved once met,
 * otherwise judged against what the expectation asks by now: linear and milestones — on track at or above it,
 * at risk from 80%, off track below; by_due_date — on track until the due window, at risk in the last
 * DUE_WARNING_DAYS days before the due date, off track after it (expected = threshold once due).
 */
export function cumulativeStatus(args: {
  period: Period;
  asOf: string;
  met: boolean;
  value: number;
  threshold: number;
  expectation?: Expectation;
}): { status: TargetStatus; expected?: number } {
  const { period, asOf, met, value, threshold } = args;
  const expectation = args.expectation ?? { kind: 'linear' };
  if (asOf < period.from) return { status: 'not_started' };
  if (met) return { status: 'achieved' };
  if (asOf >= period.to) return { status: 'missed' };
  if (expectation.kind === 'by_due_date') {
    const due = dueDateOf(expectation, period);
    if (asOf > due) return { status: 'off_track', expected: threshold };
    return { status: daysBetween(asOf, due) < DUE_WARNING_DAYS ? 'at_risk' : 'on_track' };
  }
  const expected =
    expectation.kind === 'milestones'
      ? expectedByMilestones(threshold, period, expectation.milestones, asOf)
      : expectedByNow(threshold, period, asOf);
  if (atLeast(value, expected)) return { status: 'on_track', expected };
  if (atLeast(value, 0.8 * expected)) return { status: 'at_risk', expected };
  return { status: 'off_track', expected };
}
