import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSuppressed,
  suppressCounts,
  suppressTable,
  type PublishedCount,
  type SuppressedTable,
} from './suppression.js';

const v = (value: number): PublishedCount => ({ value });
const S: PublishedCount = { suppressed: true, label: '< 10' };

/** Lines of the published table with their totals, as [entries..., total]. */
function lines(t: SuppressedTable): PublishedCount[][] {
  const out: PublishedCount[][] = t.cells.map((row, r) => [...row, t.rowTotals[r] as PublishedCount]);
  out.push([...t.colTotals, t.grandTotal]);
  for (let c = 0; c < t.cols.length; c++)
    out.push([...t.cells.map((row) => row[c] as PublishedCount), t.colTotals[c] as PublishedCount]);
  out.push([...t.rowTotals, t.grandTotal]);
  return out;
}

/**
 * Hidden entries that lie on no cycle of hidden entries (rows and columns as nodes, margins included), found by
 * dropping each hidden edge and searching for another path between its ends: independent of the implementation.
 */
function bridges(t: SuppressedTable): Array<[number, number]> {
  const grid = [...t.cells.map((row, r) => [...row, t.rowTotals[r] as PublishedCount]), [...t.colTotals, t.grandTotal]];
  const hidden: Array<[number, number]> = [];
  grid.forEach((row, r) => row.forEach((e, c) => (isSuppressed(e) ? hidden.push([r, c]) : 0)));
  const R = grid.length;
  return hidden.filter(([r0, c0]) => {
    const seen = new Set<number>([r0]);
    const stack = [r0];
    while (stack.length > 0) {
      const u = stack.pop() as number;
      for (const [r, c] of hidden) {
        if (r === r0 && c === c0) continue;
        const v = u === r ? R + c : u === R + c ? r : -1;
        if (v >= 0 && !seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
    return !seen.has(R + c0);
  });
}

describe('suppressTable', () => {
  it('hides small non-zero counts, shows zeros, and protects a lone hidden cell in its row and column', () => {
    const t = suppressTable({
      rows: ['A', 'B'],
      cols: ['x', 'y', 'z'],
      cells: [
        [3, 40, 0],
        [25, 60, 12],
      ],
    });
    // 3 is primary; row A then hides 40 (smallest non-zero left); column x hides 25, column y hides 60.
    expect(t.cells[0]).toEqual([S, S, v(0)]);
    expect(t.cells[1]?.[0]).toEqual(S);
    expect(t.rowTotals).toEqual([v(43), v(97)]);
    expect(t.grandTotal).toEqual(v(140));
    for (const line of lines(t)) {
      const hidden = line.filter(isSuppressed).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });

  it('hides a total below the threshold and one more entry of its line', () => {
    const t = suppressTable({ rows: ['A'], cols: ['x', 'y'], cells: [[4, 5]] });
    expect(t.cells[0]).toEqual([S, S]);
    expect(t.rowTotals[0]).toEqual(S);
    expect(t.grandTotal).toEqual(S);
    expect(t.colTotals).toEqual([S, S]);
  });

  it('leaves a table without small counts untouched', () => {
    const t = suppressTable({
      rows: ['A', 'B'],
      cols: ['x'],
      cells: [
        [10, 0],
        [11, 200],
      ].map((r) => r.slice(0, 1)),
    });
    expect(t.cells).toEqual([[v(10)], [v(11)]]);
    expect(t.colTotals).toEqual([v(21)]);
  });

  it('rejects a ragged table and negative counts', () => {
    expect(() => suppressTable({ rows: ['A'], cols: ['x', 'y'], cells: [[1]] })).toThrow();
    expect(() => suppressTable({ rows: ['A'], cols: ['x'], cells: [[-1]] })).toThrow();
  });

  it('uses the same label for primary and secondary cells (no way to tell them apart)', () => {
    const t = suppressTable({ rows: ['A'], cols: ['x', 'y'], cells: [[1, 10]] });
    expect(t.cells[0]).toEqual([S, S]);
    expect(JSON.stringify(t)).not.toMatch(/"value":1[,}]/);
  });

  const tableArb = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([R, C]) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 60 })), {
        minLength: C,
        maxLength: C,
      }),
      {
        minLength: R,
        maxLength: R,
      },
    ),
  );
  const build = (cells: number[][]) =>
    suppressTable({ rows: cells.map((_, i) => `r${i}`), cols: (cells[0] ?? []).map((_, j) => `c${j}`), cells });

  it('property: every published line has 0 or at least 2 hidden entries', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        for (const line of lines(build(cells))) {
          const hidden = line.filter(isSuppressed).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: no hidden entry can be computed from several rows and columns (every one lies on a cycle)', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        expect(bridges(build(cells))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('breaks a bridge that the line rule alone leaves (found by the property above)', () => {
    // Line rule only: 4 and 6 hide each other in column x, and each pairs with its row total; the 6's row
    // [6, 10] then exposes that pair through the grand total. One more hidden cell closes a cycle.
    const t = build([
      [0, 10, 10, 10],
      [0, 10, 10, 0],
      [4, 0, 0, 0],
      [6, 10, 0, 0],
    ]);
    expect(bridges(t)).toEqual([]);
    expect(t.cells[2]?.[0]).toEqual(S);
    expect(t.cells[3]?.[0]).toEqual(S);
  });

  it('property: published values equal the input, small non-zero counts are hidden, zeros are shown', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const t = build(cells);
        cells.forEach((row, r) =>
          row.forEach((n, c) => {
            const out = t.cells[r]?.[c] as PublishedCount;
            if (n > 0 && n < 10) expect(isSuppressed(out)).toBe(true);
            if (n === 0) expect(out).toEqual(v(0));
            if (!isSuppressed(out)) expect(out.value).toBe(n);
          }),
        );
        const rowSums = cells.map((row) => row.reduce((a, b) => a + b, 0));
        t.rowTotals.forEach((out, r) => {
          if (!isSuppressed(out)) expect(out.value).toBe(rowSums[r]);
        });
        const grand = rowSums.reduce((a, b) => a + b, 0);
        if (!isSuppressed(t.grandTotal)) expect(t.grandTotal.value).toBe(grand);
      }),
      { numRuns: 500 },
    );
  });

  it('property: a hidden entry carries nothing but the flag and the label', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const t = build(cells);
        for (const entry of [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.grandTotal]) {
          if (isSuppressed(entry)) expect(Object.keys(entry).sort()).toEqual(['label', 'suppressed']);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('suppressCounts', () => {
  it('hides small counts and protects them from the total', () => {
    expect(suppressCounts({ a: 3, b: 50, c: 20, d: 0 })).toEqual({
      counts: { a: S, b: v(50), c: S, d: v(0) },
      total: v(73),
    });
  });

  it('without a total applies only primary suppression', () => {
    expect(suppressCounts({ a: 3, b: 50 }, { total: false })).toEqual({ counts: { a: S, b: v(50) } });
  });

  it('hides a small total with a cell', () => {
    expect(suppressCounts({ a: 0, b: 12 }, { threshold: 20 })).toEqual({ counts: { a: v(0), b: S }, total: S });
  });

  it('property: the line keeps 0 or ≥ 2 hidden entries', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 40 })),
        (counts) => {
          const out = suppressCounts(counts);
          const hidden = [...Object.values(out.counts), out.total as PublishedCount].filter(isSuppressed).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
