import type { ActivityRecord, Plan } from '../../model/index.js';

/*
 * Plan cascade (issue 4), second step: recordsForRollUp hands evaluatePlan(parent) the parent's records plus every
 * descendant plan's records, mapped onto the parent, so a result entered in a district plan counts for the
 * province's targets. The first step, deriving the child plan, is `derive-plan.ts`.
 */

/**
 * The records evaluatePlan(parent) should see for the roll-up: the parent's own, plus those of every plan in
 * `plans` that descends from it (parentPlanId, followed up any number of levels), re-labelled with the parent's
 * planId. A child's activityId becomes the parent activity it was copied from when the parent has it (ids are
 * re-prefixed by deriveScopedPlan), else it is left out. Records of other plans are dropped; the parent's own
 * records are passed through unchanged (same objects). Status and dates are untouched: only approved records
 * count, exactly as for the parent's own.
 *
 * A roll-up never crosses provinces: when the parent and a plan both say their `provinceCode` (or `areaStructure`)
 * and they differ, that plan is no descendant, nor is anything below it — whatever its parentPlanId claims.
 */
export function recordsForRollUp(
  parent: Pick<Plan, 'id' | 'activities'> & Partial<Pick<Plan, 'provinceCode' | 'areaStructure'>>,
  plans: ReadonlyArray<Pick<Plan, 'id' | 'parentPlanId'> & Partial<Pick<Plan, 'provinceCode' | 'areaStructure'>>>,
  records: readonly ActivityRecord[],
): ActivityRecord[] {
  const differs = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b;
  const sameProvince = plans.filter(
    (p) => !differs(p.provinceCode, parent.provinceCode) && !differs(p.areaStructure, parent.areaStructure),
  );
  const parentOf = new Map(sameProvince.map((p) => [p.id, p.parentPlanId]));
  const descendant = new Map<string, boolean>();
  const descends = (planId: string): boolean => {
    const known = descendant.get(planId);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let result = false;
    for (let up = parentOf.get(planId); up !== undefined && !seen.has(up); up = parentOf.get(up)) {
      if (up === parent.id) {
        result = true;
        break;
      }
      seen.add(up);
    }
    descendant.set(planId, result);
    return result;
  };
  const parentActivities = new Set(parent.activities.map((a) => a.id));
  const out: ActivityRecord[] = [];
  for (const record of records) {
    if (record.planId === parent.id) {
      out.push(record);
      continue;
    }
    if (!descends(record.planId)) continue;
    const { activityId, ...rest } = record;
    let mapped: string | undefined;
    if (activityId !== undefined && activityId.startsWith(`${record.planId}-`)) {
      const candidate = `${parent.id}-${activityId.slice(record.planId.length + 1)}`;
      if (parentActivities.has(candidate)) mapped = candidate;
    }
    out.push({ ...rest, planId: parent.id, ...(mapped === undefined ? {} : { activityId: mapped }) });
  }
  return out;
}
