import { z } from 'zod';
import { addDays, endOfMonth, splitIsoDate } from '../dates.js';
import { assertIsoDate } from '../errors.js';
import { SUPPRESSED_LABEL, SUPPRESSION_THRESHOLD, type PublishedCount, type SuppressedTable } from './suppression.js';
import { quarterRoman } from '../../format/periods.js';

/**
 * The rule for every count the anonymous public API shows (issue 12 item 5: "a public number never reveals a small
 * group"). suppressTable (secondary suppression) protects one table; it does not protect two tables a caller can
 * ask for side by side: asOf 2018-08-31 and 2018-09-30 for Lai Châu showed Sìn Hồ × community event 0 then "< 10"
 * while the row total went 61 → 62, so the hidden cell was 1. Hence two rules together:
 *
 * 1. Fixed, closed periods (publicPeriod): the public answer is always as of the end of a closed calendar quarter,
 *    never an arbitrary day. Quarters rather than months: four differencing points a year instead of twelve, and
 *    a quarter's new records are more, so a change between two published periods is less often a single record.
 * 2. Rounding with a floor (publishCount): 0 is shown as 0 (it identifies nobody and shows the gaps); 1–9 as
 *    "< 10"; 10 and above rounded to the nearest multiple of 5 (10–12 → 10, 13–17 → 15, …).
 * 3. Totals from published values (publishTable): a row, column or grand total is the sum of its cells' rounded
 *    values — a "< 10" cell counts 5 when it is 1–7 and 10 when it is 8–9 (the nearest multiple of 5, never 0, so
 *    a total never reads 0 over non-zero cells) — not the rounding of the true sum. Rounding true sums is not safe:
 *    cells [9, 9] with a total 18 → 20 say "18 to 22", and two cells below 10 can only be 9 and 9 (the property
 *    test found exactly that). A total made of rounded cells tells nothing beyond those rounded cells, so every
 *    published figure, in any period, depends on each cell only through its class — 0, 1–7, 8–9, 10–12, 13–17, … —
 *    and each non-zero class holds two values or more; records only being added between periods cannot pin one
 *    down either (public-rounding.test.ts searches all tables behind two adjacent periods). The price: a total may
 *    differ from the true sum by up to 4 per small cell and 2 per other cell; the note says so.
 * No secondary suppression is needed on top, so fewer cells are blank than under suppressTable.
 *
 * Not covered here: a target's value (publishCount of its true value, issue item 5c) is rounded on its own; when a
 * target counts exactly the records of one row or column, its interval together with the "< 10" cells of that
 * line can still narrow them (cells 9 and 9 under a target value 20). See the package README.
 */

export const ROUNDING_BASE = 5;

export const PUBLIC_COUNT_NOTE = {
  vi: '“< 10”: số từ 1 đến 9. Các số khác (cả số tổng) được làm tròn đến bội số gần nhất của 5, nên tổng có thể lệch với tổng các ô.',
  en: '“< 10”: a count from 1 to 9. Other counts are rounded to the nearest multiple of 5; totals add up the rounded counts (a “< 10” cell counts as 5 or 10), so they may differ from the true sum.',
  km: '“< 10”: ចំនួនពី 1 ដល់ 9។ ចំនួនផ្សេងទៀតត្រូវបានបង្គត់ទៅពហុគុណជិតបំផុតនៃ 5; ចំនួនសរុបគឺជាផលបូកនៃចំនួនដែលបានបង្គត់។',
} as const;

/** One count as the public sees it: 0, "< 10" for 1–9, else the nearest multiple of 5. */
export function publishCount(
  value: number,
  options: { threshold?: number; label?: string; base?: number } = {},
): PublishedCount {
  const n = z.number().int().nonnegative().parse(value);
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const base = options.base ?? ROUNDING_BASE;
  if (n === 0) return { value: 0 };
  if (n < threshold) return { suppressed: true, label: options.label ?? SUPPRESSED_LABEL };
  return { value: Math.max(threshold, Math.round(n / base) * base) };
}

/** What a non-zero count adds to a published total: its nearest multiple of 5, at least 5 (0 stays 0). */
export function roundedForTotal(value: number, base: number = ROUNDING_BASE): number {
  return value === 0 ? 0 : Math.max(base, Math.round(value / base) * base);
}

/**
 * A published sum of rounded counts: always a multiple of 5, and 5 only when the line holds one count of 1–7 and
 * nothing else — shown, like that count, as "< 10".
 */
function publishRoundedSum(sum: number, label: string): PublishedCount {
  return sum > 0 && sum < SUPPRESSION_THRESHOLD ? { suppressed: true, label } : { value: sum };
}

/** A count table with its margins: cells by publishCount, totals summed from the cells' rounded values. */
export function publishTable(input: {
  rows: string[];
  cols: string[];
  cells: number[][];
  label?: string;
}): SuppressedTable {
  const { rows, cols } = input;
  const label = input.label ?? SUPPRESSED_LABEL;
  const cells = rows.map((_, r) =>
    cols.map((_c, c) =>
      z
        .number()
        .int()
        .nonnegative()
        .parse(input.cells[r]?.[c] ?? 0),
    ),
  );
  const rounded = cells.map((row) => row.map((v) => roundedForTotal(v)));
  const rowSums = rounded.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = cols.map((_, c) => rounded.reduce((s, row) => s + (row[c] as number), 0));
  return {
    rows: [...rows],
    cols: [...cols],
    cells: cells.map((row) => row.map((v) => publishCount(v, { label }))),
    rowTotals: rowSums.map((s) => publishRoundedSum(s, label)),
    colTotals: colSums.map((s) => publishRoundedSum(s, label)),
    grandTotal: publishRoundedSum(
      rowSums.reduce((a, b) => a + b, 0),
      label,
    ),
  };
}

export interface PublicPeriod {
  /** The last day of the quarter: the figures count everything up to and including it. */
  asOf: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  label: { vi: string; en: string; km: string };
}

function quarterEndOnOrBefore(iso: string): { year: number; quarter: 1 | 2 | 3 | 4; asOf: string } {
  const [y, m] = splitIsoDate(iso);
  let year = y;
  let quarter = Math.ceil(m / 3);
  if (endOfMonth(year, quarter * 3) !== iso) quarter -= 1; // the quarter of `iso` is not over on that day
  if (quarter === 0) {
    year -= 1;
    quarter = 4;
  }
  return { year, quarter: quarter as 1 | 2 | 3 | 4, asOf: endOfMonth(year, quarter * 3) };
}

/**
 * The period a public answer shows for a requested day: the end of the last quarter that ended on or before it, and
 * never later than the last quarter closed before `today` (a quarter is closed the day after its last day).
 */
export function publicPeriod(requested: string, today: string): PublicPeriod {
  assertIsoDate(requested, 'asOf');
  assertIsoDate(today, 'today');
  const asked = quarterEndOnOrBefore(requested);
  // Yesterday is the last day that is over; the last quarter end on or before it is the last closed one.
  const closed = quarterEndOnOrBefore(addDays(today, -1));
  const { year, quarter, asOf } = asked.asOf <= closed.asOf ? asked : closed;
  const roman = quarterRoman(quarter);
  return {
    asOf,
    year,
    quarter,
    label: {
      vi: `Số liệu đến hết quý ${roman}/${year}`,
      en: `Figures to the end of Q${quarter} ${year}`,
      km: `ទិន្នន័យគិតត្រឹមចុងត្រីមាសទី ${quarter} ឆ្នាំ ${year}`,
    },
  };
}
