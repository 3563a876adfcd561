import { z } from 'zod';
import { bridgePick, firstBridge } from './suppression-bridges.js';

/**
 * Small-count suppression for the public read API (issue 4: "any non-zero count below 10 shown as '< 10', with
 * secondary suppression so a hidden cell cannot be recovered by subtraction").
 *
 * Readings:
 * - Zero is published as 0. The issue hides *non-zero* small counts: a zero says "nothing was done here", which
 *   identifies nobody, and hiding zeros would hide the very gaps a progress page exists to show.
 * - Totals are the sums of the cells (row totals, column totals, grand total) and are published cells like any
 *   other: a total below the threshold is itself suppressed.
 * - Every row and every column of the table *with its margin* is one equation (cells = total). A hidden entry is
 *   recoverable by subtraction when it is the only hidden entry of an equation; so every line must have 0 or ≥ 2
 *   hidden entries. Secondary suppression adds, to each line with exactly one, its smallest non-zero published cell
 *   (ties: first in order), a total only when no cell is left; repeated until no line has exactly one.
 * - Every suppressed entry carries the same label: telling primary from secondary cells apart would leak (a row
 *   [1, 10] with total 11: if the 10 were marked "hidden for protection", the 1 would follow). The label defaults to
 *   the issue's “< 10”; show SUPPRESSION_NOTE beside the table so that readers know a marked cell may also be a
 *   larger count hidden to protect a small one.
 * - Beyond single lines: a hidden cell can also be found by adding and subtracting several rows and columns when it
 *   lies on no cycle of hidden cells (a "bridge", see suppression-bridges.ts); such a cell gets one more hidden
 *   partner joining its two sides, and the line rule runs again, until no line and no bridge gives a value away.
 *   When every non-zero entry is hidden there is no bridge (each cell closes a cycle with its row total, column
 *   total and the grand total), so the loop ends. Not considered: what bounds on the values (≥ 0, or “< 10” taken
 *   at its word) add; they can narrow a hidden value to a range, not, in practice, to one number.
 */

export const SUPPRESSION_THRESHOLD = 10;
export const SUPPRESSED_LABEL = '< 10';
export const SUPPRESSION_NOTE = {
  vi: '“< 10”: số từ 1 đến 9, hoặc số được ẩn thêm để không thể tính ngược ra số nhỏ từ các số tổng.',
  en: '“< 10”: a count from 1 to 9, or a count hidden as well so that a small one cannot be worked out from the totals.',
} as const;

export type PublishedCount = { value: number } | { suppressed: true; label: string };

const CountSchema = z.number().int().nonnegative();

export const SuppressionTableSchema = z
  .object({
    rows: z.array(z.string()),
    cols: z.array(z.string()),
    cells: z.array(z.array(CountSchema)),
    threshold: z.number().int().positive().default(SUPPRESSION_THRESHOLD),
    label: z.string().min(1).default(SUPPRESSED_LABEL),
  })
  .refine((t) => t.cells.length === t.rows.length && t.cells.every((row) => row.length === t.cols.length), {
    error: 'Bảng số liệu phải có đúng số dòng và số cột đã khai báo',
  });
export type SuppressionTableInput = z.input<typeof SuppressionTableSchema>;

export interface SuppressedTable {
  rows: string[];
  cols: string[];
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  colTotals: PublishedCount[];
  grandTotal: PublishedCount;
}

/**
 * Suppresses a table with its margins. The work is on the (R+1)×(C+1) grid whose last row and column hold the
 * totals; each pass is O(R×C) and adds at least one hidden cell, so it ends after at most R×C passes.
 */
export function suppressTable(input: SuppressionTableInput): SuppressedTable {
  const { rows, cols, cells, threshold, label } = SuppressionTableSchema.parse(input);
  const R = rows.length;
  const C = cols.length;
  const grid: number[][] = Array.from({ length: R + 1 }, () => new Array<number>(C + 1).fill(0));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const v = cells[r]?.[c] ?? 0;
      (grid[r] as number[])[c] = v;
      (grid[r] as number[])[C] = ((grid[r] as number[])[C] as number) + v;
      (grid[R] as number[])[c] = ((grid[R] as number[])[c] as number) + v;
      (grid[R] as number[])[C] = ((grid[R] as number[])[C] as number) + v;
    }
  }
  const hidden = grid.map((line) => line.map((v) => isSmall(v, threshold)));
  const at = (r: number, c: number) => (grid[r] as number[])[c] as number;
  const isHidden = (r: number, c: number) => (hidden[r] as boolean[])[c] as boolean;
  const hide = (r: number, c: number) => ((hidden[r] as boolean[])[c] = true);

  for (;;) {
    for (let changed = true; changed;) {
      changed = false;
      for (let r = 0; r <= R; r++) {
        const line = Array.from({ length: C + 1 }, (_, c) => ({ value: at(r, c), hidden: isHidden(r, c) }));
        const pick = secondaryPick(line);
        if (pick !== undefined) {
          hide(r, pick);
          changed = true;
        }
      }
      for (let c = 0; c <= C; c++) {
        const line = Array.from({ length: R + 1 }, (_, r) => ({ value: at(r, c), hidden: isHidden(r, c) }));
        const pick = secondaryPick(line);
        if (pick !== undefined) {
          hide(pick, c);
          changed = true;
        }
      }
    }
    // Every line now has 0 or ≥ 2 hidden entries; a hidden entry may still be a bridge (see suppression-bridges).
    const bridge = firstBridge(hidden);
    const pick = bridge === undefined ? undefined : bridgePick(grid, hidden, bridge);
    if (pick === undefined) break;
    hide(pick[0], pick[1]);
  }

  const publish = (r: number, c: number): PublishedCount =>
    isHidden(r, c) ? { suppressed: true, label } : { value: at(r, c) };
  return {
    rows: [...rows],
    cols: [...cols],
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => publish(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => publish(r, C)),
    colTotals: Array.from({ length: C }, (_, c) => publish(R, c)),
    grandTotal: publish(R, C),
  };
}

export interface SuppressedCounts {
  counts: Record<string, PublishedCount>;
  /** Present when the total is published (the default). */
  total?: PublishedCount;
}

/**
 * One line of counts (per district, per activity type…), with its total unless `total: false`. Without a total
 * there is nothing to subtract from, so only primary suppression applies.
 */
export function suppressCounts(
  counts: Readonly<Record<string, number>>,
  options: { total?: boolean; threshold?: number; label?: string } = {},
): SuppressedCounts {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const label = options.label ?? SUPPRESSED_LABEL;
  const keys = Object.keys(counts);
  const values = keys.map((k) => CountSchema.parse(counts[k]));
  const withTotal = options.total !== false;
  const line = values.map((value) => ({ value, hidden: isSmall(value, threshold) }));
  if (withTotal) {
    const sum = values.reduce((a, b) => a + b, 0);
    line.push({ value: sum, hidden: isSmall(sum, threshold) });
    for (let pick = secondaryPick(line); pick !== undefined; pick = secondaryPick(line))
      (line[pick] as { hidden: boolean }).hidden = true;
  }
  const publish = (e: { value: number; hidden: boolean }): PublishedCount =>
    e.hidden ? { suppressed: true, label } : { value: e.value };
  const out: SuppressedCounts = {
    counts: Object.fromEntries(keys.map((k, i) => [k, publish(line[i] as { value: number; hidden: boolean })])),
  };
  if (withTotal) out.total = publish(line[line.length - 1] as { value: number; hidden: boolean });
  return out;
}

export function isSuppressed(count: PublishedCount): count is { suppressed: true; label: string } {
  return 'suppressed' in count;
}

function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/**
 * In a line whose last entry is its total: when exactly one entry is hidden, the index of the entry to hide next
 * (the smallest non-zero published cell, first on ties; the total only when no cell qualifies), else undefined.
 * A line with one hidden non-zero entry always has another non-zero entry (the total is at least that entry, and
 * a hidden total has a non-zero cell under it), so a pick exists whenever one is needed.
 */
function secondaryPick(line: ReadonlyArray<{ value: number; hidden: boolean }>): number | undefined {
  let hiddenCount = 0;
  for (const e of line) if (e.hidden) hiddenCount++;
  if (hiddenCount !== 1) return undefined;
  const last = line.length - 1;
  let best: number | undefined;
  for (let i = 0; i < last; i++) {
    const e = line[i] as { value: number; hidden: boolean };
    if (e.hidden || e.value === 0) continue;
    if (best === undefined || e.value < (line[best] as { value: number }).value) best = i;
  }
  if (best !== undefined) return best;
  const total = line[last] as { value: number; hidden: boolean };
  return !total.hidden && total.value > 0 ? last : undefined;
}
