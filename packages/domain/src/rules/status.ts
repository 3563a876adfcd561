import type { Period, TargetStatus } from '../model/index.js';
import { inclusiveDays } from './dates.js';

/** Tolerance for comparing computed percentages (29 × 100 / 100 must equal 29, not fall a hair short). */
const EPSILON = 1e-9;

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
 * Status of a cumulative target (one whose value can only grow as records are added): not_started before the
 * period; achieved or missed after it; inside it achieved once met, otherwise judged against time elapsed.
 */
export function cumulativeStatus(args: {
  period: Period;
  asOf: string;
  met: boolean;
  value: number;
  threshold: number;
}): { status: TargetStatus; expected?: number } {
  const { period, asOf, met, value, threshold } = args;
  if (asOf < period.from) return { status: 'not_started' };
  if (asOf > period.to) return { status: met ? 'achieved' : 'missed' };
  if (met) return { status: 'achieved' };
  const expected = expectedByNow(threshold, period, asOf);
  if (atLeast(value, expected)) return { status: 'on_track', expected };
  if (atLeast(value, 0.8 * expected)) return { status: 'at_risk', expected };
  return { status: 'off_track', expected };
}
