import type { ActivityType, Area, Plan } from '../../model/index.js';
import { assertIsoDate } from '../errors.js';
import { prepareDashboard } from '../dashboard/dashboard-data.js';
import { countOf, type CountedRecord } from '../records/record-tally.js';

/**
 * The table behind the public "how our province is doing" page (issue 6): approved records of a plan up to asOf,
 * counted by area (rows: the plan's districts, or communes where the structure has no district level) and by
 * activity type (columns). Only counts leave: no record ids, dates, notes, agencies or people. The caller runs
 * suppressTable on it before publishing — a count table of small areas is exactly where a single case could be
 * recognised.
 */
export interface RecordCountTable {
  level: 'district' | 'commune';
  rows: { code: string; name: string }[];
  /** Activity types with at least one record somewhere (empty columns say nothing and widen the table). */
  cols: ActivityType[];
  cells: number[][];
  /** Records placed above the row level (a province-wide broadcast): counted here, not in any row. */
  provinceWide: number;
}

export function recordCountTable(
  plan: Plan,
  input: { areas: readonly Area[]; records: readonly CountedRecord[]; asOf: string },
): RecordCountTable {
  assertIsoDate(input.asOf, 'asOf');
  const data = prepareDashboard(plan, input.areas, input.records, input.asOf);
  const scoped = data.index.areas.filter((a) => data.within(a.code, data.scopeCode));
  // Since 1/7/2025 communes hang directly from the province: then the rows are communes.
  const level = scoped.some((a) => a.level === 'district') ? 'district' : 'commune';
  const rows = scoped.filter((a) => a.level === level).sort((a, b) => a.code.localeCompare(b.code));
  const rowIndex = new Map(rows.map((a, i) => [a.code, i]));
  const byType = new Map<ActivityType, number[]>();
  let provinceWide = 0;
  for (const r of data.kept) {
    const at = data.ancestorAt(r.areaCode, level);
    const i = at === undefined ? undefined : rowIndex.get(at);
    if (i === undefined) {
      provinceWide += countOf(r);
      continue;
    }
    let column = byType.get(r.type);
    if (!column) byType.set(r.type, (column = new Array<number>(rows.length).fill(0)));
    column[i] = (column[i] ?? 0) + countOf(r);
  }
  const cols = [...byType.keys()].sort();
  return {
    level,
    rows: rows.map((a) => ({ code: a.code, name: a.name })),
    cols,
    cells: rows.map((_, i) => cols.map((type) => byType.get(type)?.[i] ?? 0)),
    provinceWide,
  };
}
