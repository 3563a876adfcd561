/**
 * Periods as people read them: a period key ('2019-03', '2019-Q2', '2019'), a date range, and the phrase a report
 * names its period by. One wording everywhere: 'tháng 3/2019', 'quý II/2019', 'năm 2019', '01/01/2019 – 31/12/2019'.
 */
import type { Period } from '../model/index.js';
import { daysInMonth, isoOf, maxIso, minIso } from '../rules/dates.js';
import { dateShortVi, formatDateVi } from './dates.js';

/** Quarters as Vietnamese documents number them: quý I … quý IV. */
export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** 1 → 'I', 4 → 'IV'. */
export function quarterRoman(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN_QUARTERS[quarter - 1] as string;
}

/**
 * A period key as people read it: '2019-03' → 'tháng 3/2019', '2019-Q2' → 'quý II/2019', '2019' → 'năm 2019';
 * anything else unchanged. Cadence targets and the dashboard's buckets name their periods by these keys.
 */
export function periodKeyVi(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `tháng ${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `quý ${quarterRoman(Number(quarter[2]) as 1 | 2 | 3 | 4)}/${quarter[1]}`;
  if (/^\d{4}$/.test(key)) return `năm ${key}`;
  return key;
}

/** A date range: { from: '2019-01-01', to: '2019-12-31' } → '01/01/2019 – 31/12/2019' (en dash, spaced). */
export function formatPeriodVi(period: { from: string | Date; to: string | Date }): string {
  return `${formatDateVi(period.from)} – ${formatDateVi(period.to)}`;
}

/**
 * How a report names its period: 'năm 2019', '6 tháng đầu năm 2019', 'quý II năm 2019', 'tháng 3 năm 2019', else
 * 'từ ngày 06/4/2018 đến ngày 31/12/2018'. A calendar bucket clipped by the plan period keeps its name (the 2018
 * yearly report of a plan signed on 06/4/2018 is still "năm 2018").
 */
export function periodPhraseVi(period: Period, planPeriod?: Period): string {
  const y = Number(period.from.slice(0, 4));
  const clip = (from: string, to: string) => ({
    from: planPeriod ? maxIso(from, planPeriod.from) : from,
    to: planPeriod ? minIso(to, planPeriod.to) : to,
  });
  const is = (m0: number, m1: number) => {
    const c = clip(isoOf(y, m0, 1), isoOf(y, m1, daysInMonth(y, m1)));
    return (
      (c.from === period.from && c.to === period.to) ||
      (period.from === isoOf(y, m0, 1) && period.to === isoOf(y, m1, daysInMonth(y, m1)))
    );
  };
  if (is(1, 12)) return `năm ${y}`;
  if (is(1, 6)) return `6 tháng đầu năm ${y}`;
  if (is(7, 12)) return `6 tháng cuối năm ${y}`;
  for (let q = 0; q < 4; q++) if (is(q * 3 + 1, q * 3 + 3)) return `quý ${ROMAN_QUARTERS[q]} năm ${y}`;
  for (let m = 1; m <= 12; m++) if (is(m, m)) return `tháng ${m} năm ${y}`;
  return `từ ngày ${dateShortVi(period.from)} đến ngày ${dateShortVi(period.to)}`;
}
