import type { Plan, Target } from '../../model/index.js';
import { ymdNumber } from '../dates.js';

/**
 * Which records of a target's types count by their activity (issue 14 item 5). A record that names an activity
 * counts only when dated inside that activity's own period (a 2017 record is not one of the 2018 Sìn Hồ event);
 * when the target names the activities it measures (`activityIds`), only records of those, and inside their
 * planned places when the plan names any. A record without an activity counts by its type alone.
 */
export interface ActivityGate {
  /** Per activity index (plan.activities order). */
  readonly allowed: Uint8Array;
  readonly fromYmd: Int32Array;
  readonly toYmd: Int32Array;
  /** Planned place codes per activity index, when the target names activities and the activity names places. */
  readonly places: readonly (readonly string[] | undefined)[];
}

const gates = new WeakMap<
  Plan,
  { periods: { from: Int32Array; to: Int32Array }; byTarget: Map<string, ActivityGate> }
>();

export function activityGate(plan: Plan, target: Target): ActivityGate {
  let cached = gates.get(plan);
  if (!cached) {
    const n = plan.activities.length;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    plan.activities.forEach((a, i) => {
      from[i] = ymdNumber(a.period.from);
      to[i] = ymdNumber(a.period.to);
    });
    cached = { periods: { from, to }, byTarget: new Map() };
    gates.set(plan, cached);
  }
  const hit = cached.byTarget.get(target.id);
  if (hit) return hit;
  const ids = target.activityIds === undefined ? undefined : new Set(target.activityIds);
  const allowed = new Uint8Array(plan.activities.length);
  const places: (readonly string[] | undefined)[] = [];
  plan.activities.forEach((a, i) => {
    allowed[i] = ids === undefined || ids.has(a.id) ? 1 : 0;
    const codes = a.places.flatMap((p) => (p.areaCode === undefined ? [] : [p.areaCode]));
    places[i] = ids !== undefined && codes.length > 0 ? codes : undefined;
  });
  const gate = { allowed, fromYmd: cached.periods.from, toYmd: cached.periods.to, places };
  cached.byTarget.set(target.id, gate);
  return gate;
}
