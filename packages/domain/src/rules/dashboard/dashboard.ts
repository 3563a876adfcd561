import type { Area, AreaLevel, Plan, PopulationGroup, Target, TargetResult, TargetStatus } from '../../model/index.js';
import { TargetStatusSchema } from '../../model/index.js';
import {
  addToTally,
  emptyTally,
  minDate,
  prepareDashboard,
  recordsOf,
  selectedAreas,
  type DashboardData,
  type Tally,
} from './dashboard-data.js';
import { assertIsoDate } from '../errors.js';
import { countOf, type CountedRecord } from '../records/record-tally.js';
import { NO_COMPONENT, componentOfRecord } from '../records/record-component.js';
import { atLeast } from '../targets/status.js';

export { progressOverTime, type ProgressOverTime, type ProgressSeries, type ProgressBucket } from './dashboard-time.js';
export type { Tally as ProgressTally } from './dashboard-data.js';
export { countOf, dateSplits, monthTallies, tallyRecords, type CountedRecord } from '../records/record-tally.js';

/**
 * Aggregations for the admin dashboard and the public progress pages. Like evaluatePlan, only approved records of
 * the plan count, dated from the plan's start and not after asOf; each call is one pass over the records plus one
 * over the areas (and one more pass over the records of each area_coverage target's types).
 */

const LEVEL_DEPTH: Record<AreaLevel, number> = { province: 0, district: 1, commune: 2 };

export interface AreaProgressRow extends Tally {
  code: string;
  name: string;
  parentCode?: string;
  /**
   * (target, area) pairs of the plan's area_coverage targets measured at this row's level or below, rolled up to
   * the row: `covered` of `applicable`; share in percent, null when no target applies here.
   */
  coverage: { covered: number; applicable: number; share: number | null };
}

export interface AreaProgress {
  level: 'district' | 'commune';
  rows: AreaProgressRow[];
  /** Records above `level` (a province-wide broadcast) or at an area outside the list: counted, not placed. */
  outside: Tally;
}

export function progressByArea(
  plan: Plan,
  input: { areas: readonly Area[]; records: readonly CountedRecord[]; asOf: string; level: 'district' | 'commune' },
): AreaProgress {
  assertIsoDate(input.asOf, 'asOf');
  const data = prepareDashboard(plan, input.areas, input.records, input.asOf);
  const { level } = input;
  const rows = new Map<string, AreaProgressRow>();
  for (const area of data.index.areas) {
    if (area.level !== level || !data.within(area.code, data.scopeCode)) continue;
    rows.set(area.code, {
      code: area.code,
      name: area.name,
      ...(area.parentCode === undefined ? {} : { parentCode: area.parentCode }),
      ...emptyTally(),
      coverage: { covered: 0, applicable: 0, share: null },
    });
  }
  const outside = emptyTally();
  for (const r of data.kept) {
    const at = data.ancestorAt(r.areaCode, level);
    const row = at === undefined ? undefined : rows.get(at);
    addToTally(row ?? outside, r);
  }
  for (const target of plan.targets) {
    if (target.kind !== 'area_coverage' || LEVEL_DEPTH[target.level] < LEVEL_DEPTH[level]) continue;
    const counts = coverageCounts(data, target, input.asOf);
    for (const area of selectedAreas(data, target, target.level)) {
      const at = data.ancestorAt(area.code, level);
      const row = at === undefined ? undefined : rows.get(at);
      if (!row) continue;
      row.coverage.applicable += 1;
      if ((counts.get(area.code) ?? 0) >= target.minRecordsPerArea) row.coverage.covered += 1;
    }
  }
  for (const row of rows.values()) {
    const { covered, applicable } = row.coverage;
    row.coverage.share = applicable === 0 ? null : (covered * 100) / applicable;
  }
  return { level, rows: [...rows.values()].sort((a, b) => a.code.localeCompare(b.code)), outside };
}

/** Records of an area_coverage target per area at its level, inside its period up to asOf. */
function coverageCounts(
  data: DashboardData,
  target: Extract<Target, { kind: 'area_coverage' }>,
  asOf: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of recordsOf(data, target, target.period.from, minDate(target.period.to, asOf))) {
    const at = data.ancestorAt(r.areaCode, target.level);
    if (at !== undefined) counts.set(at, (counts.get(at) ?? 0) + countOf(r));
  }
  return counts;
}

export interface ComponentProgress extends Tally {
  /** null for work outside every component. */
  componentId: string | null;
  title: string;
  leadAgencyId?: string;
  activities: { planned: number; withRecords: number };
  targets: { total: number; byStatus: Record<TargetStatus, number> };
}

/** Per component (tiểu đề án), then one row for work and targets outside every component when there are any. */
export function progressByComponent(
  plan: Plan,
  results: readonly TargetResult[],
  records: readonly CountedRecord[],
  options: { asOf?: string } = {},
): ComponentProgress[] {
  const until = options.asOf ?? plan.period.to;
  const data = prepareDashboard(plan, [], records, until);
  const of = componentOfRecord(plan);
  const empty = (componentId: string | null, title: string, leadAgencyId?: string): ComponentProgress => ({
    componentId,
    title,
    ...(leadAgencyId === undefined ? {} : { leadAgencyId }),
    ...emptyTally(),
    activities: { planned: 0, withRecords: 0 },
    targets: {
      total: 0,
      byStatus: Object.fromEntries(TargetStatusSchema.options.map((s) => [s, 0])) as Record<TargetStatus, number>,
    },
  });
  const rows = new Map<string, ComponentProgress>(
    plan.components.map((c) => [c.id, empty(c.id, c.title, c.leadAgencyId)]),
  );
  const other = empty(null, 'Hoạt động khác và chỉ tiêu chung');
  const rowOf = (id: string | undefined) => (id === undefined || id === NO_COMPONENT ? other : (rows.get(id) ?? other));

  const done = new Set<string>();
  for (const r of data.kept) {
    addToTally(rowOf(of(r)), r);
    if (r.activityId !== undefined) done.add(r.activityId);
  }
  for (const a of plan.activities) {
    const row = rowOf(a.componentId);
    row.activities.planned += 1;
    if (done.has(a.id)) row.activities.withRecords += 1;
  }
  const statusOf = new Map(results.map((r) => [r.targetId, r.status]));
  for (const t of plan.targets) {
    const status = statusOf.get(t.id);
    const row = rowOf(t.componentId);
    row.targets.total += 1;
    if (status !== undefined) row.targets.byStatus[status] += 1;
  }
  const out = [...rows.values()];
  if (other.records > 0 || other.activities.planned > 0 || other.targets.total > 0) out.push(other);
  return out;
}

export interface CoverageCell {
  code: string;
  name: string;
  parentCode?: string;
  parentName?: string;
  records: number;
  quantity: number;
  /** population_reach: people of the target's group reached (uncapped) and the area's figure. */
  reached?: number;
  population?: number;
  covered: boolean;
}

export interface CoverageGrid {
  targetId: string;
  level: AreaLevel;
  cells: CoverageCell[];
  covered: number;
  total: number;
  /** Percent of cells covered; null with no cell. */
  share: number | null;
}

/**
 * Per area of a target, covered or not, for a map or grid coloured by coverage. area_coverage: the target's areas
 * at its level, covered with ≥ minRecordsPerArea records. population_reach: its tagged communes, covered when the
 * reach meets the threshold (an area without a figure is never covered). Other kinds: the plan's communes (or
 * those inside the target's areaCodes), covered with one record.
 */
export function coverageGrid(
  plan: Plan,
  target: Target,
  input: { areas: readonly Area[]; records: readonly CountedRecord[]; asOf: string },
): CoverageGrid {
  assertIsoDate(input.asOf, 'asOf');
  const data = prepareDashboard(plan, input.areas, input.records, input.asOf);
  const level: AreaLevel = target.kind === 'area_coverage' ? target.level : 'commune';
  let areas: Area[];
  if (target.kind === 'area_coverage' || target.kind === 'population_reach') areas = selectedAreas(data, target, level);
  else if (target.kind === 'output_count' && target.areaCodes !== undefined) {
    const roots = target.areaCodes;
    areas = data.index.areas.filter((a) => a.level === level && roots.some((root) => data.within(a.code, root)));
  } else areas = data.index.areas.filter((a) => a.level === level && data.within(a.code, data.scopeCode));

  const group: PopulationGroup | undefined = target.kind === 'population_reach' ? target.group : undefined;
  const tallies = new Map<string, { records: number; quantity: number; reached: number }>(
    areas.map((a) => [a.code, { records: 0, quantity: 0, reached: 0 }]),
  );
  const last = target.kind === 'deadline' ? minDate(target.dueDate, target.period.to) : target.period.to;
  for (const r of recordsOf(data, target, target.period.from, minDate(last, input.asOf))) {
    const at = data.ancestorAt(r.areaCode, level);
    const t = at === undefined ? undefined : tallies.get(at);
    if (!t) continue;
    t.records += countOf(r);
    t.quantity += r.quantity ?? 1;
    if (group !== undefined) t.reached += r.reached?.[group] ?? 0;
  }
  const min = target.kind === 'area_coverage' ? target.minRecordsPerArea : 1;
  const cells = areas
    .map((area): CoverageCell => {
      const t = tallies.get(area.code) as { records: number; quantity: number; reached: number };
      const parent = area.parentCode === undefined ? undefined : data.index.get(area.parentCode);
      const population = group === undefined ? undefined : area.population?.[group];
      const covered =
        target.kind === 'population_reach'
          ? population !== undefined &&
            population > 0 &&
            atLeast(Math.min(t.reached, population) * 100, target.thresholdPercent * population)
          : t.records >= min;
      return {
        code: area.code,
        name: area.name,
        ...(area.parentCode === undefined ? {} : { parentCode: area.parentCode }),
        ...(parent && parent.level !== 'province' ? { parentName: parent.name } : {}),
        records: t.records,
        quantity: t.quantity,
        ...(group === undefined ? {} : { reached: t.reached, ...(population === undefined ? {} : { population }) }),
        covered,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const covered = cells.filter((c) => c.covered).length;
  return {
    targetId: target.id,
    level,
    cells,
    covered,
    total: cells.length,
    share: cells.length === 0 ? null : (covered * 100) / cells.length,
  };
}
