import type { ActivityType, Area, AreaLevel, Plan, PopulationGroup, Target } from '../../model/index.js';
import { areaIndex, areasForStructure, type AreaIndex } from '../areas/areas.js';
import type { CountedRecord } from '../records/record-tally.js';

/**
 * Shared preparation of the dashboard aggregations: one pass keeps the approved records of the plan (optionally up
 * to a day) grouped by type, and area lookups are memoised per code, so every aggregation stays linear in records
 * plus areas.
 */
export interface DashboardData {
  plan: Plan;
  index: AreaIndex;
  scopeCode: string;
  /**
   * Approved records of the plan dated from the plan's start to `until`, in input order, counted as evaluatePlan
   * counts them: each id once (the first copy), and — when areas are given — only at units inside the plan's scope.
   */
  kept: CountedRecord[];
  byType: Map<ActivityType, CountedRecord[]>;
  /** The area itself or its nearest ancestor at `level`, memoised per code. */
  ancestorAt(code: string, level: AreaLevel): string | undefined;
  /** `code` is `root` or lies below it, memoised per (root, code). */
  within(code: string, root: string): boolean;
}

export function prepareDashboard(
  plan: Plan,
  areas: readonly Area[],
  records: readonly CountedRecord[],
  until: string,
): DashboardData {
  const index = areaIndex(areasForStructure(areas, plan.areaStructure));
  const kept: CountedRecord[] = [];
  const byType = new Map<ActivityType, CountedRecord[]>();
  const from = plan.period.from;
  const scopeCode = plan.scopeAreaCode ?? plan.provinceCode;
  // Without areas (progressByComponent) there is no tree to place a record in: no scope check.
  const checkScope = index.areas.length > 0;
  const inScope = new Map<string, boolean>();
  const seen = new Set<string>();
  for (const r of records) {
    if (r.status !== 'approved' || r.planId !== plan.id) continue;
    if (checkScope) {
      let ok = inScope.get(r.areaCode);
      if (ok === undefined)
        inScope.set(
          r.areaCode,
          (ok = r.areaCode === scopeCode || (index.has(r.areaCode) && index.isWithin(r.areaCode, scopeCode))),
        );
      if (!ok) continue;
    }
    const size = seen.size;
    if (seen.add(r.id).size === size) continue;
    if (r.date < from || r.date > until) continue;
    kept.push(r);
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const ancestorMemo = new Map<AreaLevel, Map<string, string | undefined>>();
  const withinMemo = new Map<string, Map<string, boolean>>();
  return {
    plan,
    index,
    scopeCode,
    kept,
    byType,
    ancestorAt(code, level) {
      let memo = ancestorMemo.get(level);
      if (!memo) ancestorMemo.set(level, (memo = new Map<string, string | undefined>()));
      if (memo.has(code)) return memo.get(code);
      const found = index.ancestorAt(code, level)?.code;
      memo.set(code, found);
      return found;
    },
    within(code, root) {
      let memo = withinMemo.get(root);
      if (!memo) withinMemo.set(root, (memo = new Map<string, boolean>()));
      let hit = memo.get(code);
      if (hit === undefined) memo.set(code, (hit = index.isWithin(code, root)));
      return hit;
    },
  };
}

/** Records of the target's types dated inside [from, to], in no particular order. */
export function* recordsOf(
  data: DashboardData,
  target: Pick<Target, 'activityTypes'>,
  from: string,
  to: string,
): Generator<CountedRecord> {
  for (const type of new Set(target.activityTypes)) {
    for (const r of data.byType.get(type) ?? []) if (r.date >= from && r.date <= to) yield r;
  }
}

/** Areas a coverage or reach target is measured over: at `level`, inside its scope, carrying every tag. */
export function selectedAreas(
  data: DashboardData,
  target: { level?: AreaLevel; areaTags: readonly string[]; withinAreaCode?: string | undefined },
  level: AreaLevel,
): Area[] {
  const root = target.withinAreaCode ?? data.scopeCode;
  return data.index.areas.filter(
    (a) => a.level === level && data.within(a.code, root) && target.areaTags.every((t) => a.tags.includes(t)),
  );
}

export interface Tally {
  records: number;
  /** Sum of quantity, 1 for a record without one (as evaluatePlan counts output). */
  quantity: number;
  reached: Record<PopulationGroup, number>;
}

export const emptyTally = (): Tally => ({
  records: 0,
  quantity: 0,
  reached: { total: 0, aged14to60: 0, women: 0, children: 0 },
});

export function addToTally(t: Tally, r: CountedRecord): void {
  t.records += r.count ?? 1;
  t.quantity += r.quantity ?? 1;
  const reached = r.reached;
  if (reached) {
    t.reached.total += reached.total ?? 0;
    t.reached.aged14to60 += reached.aged14to60 ?? 0;
    t.reached.women += reached.women ?? 0;
    t.reached.children += reached.children ?? 0;
  }
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
