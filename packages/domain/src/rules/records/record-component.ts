import type { ActivityRecord, ActivityType, Plan } from '../../model/index.js';

/** Key for work outside every component (activities without one, or a type several components share). */
export const NO_COMPONENT = '__other__';

/**
 * Component (tiểu đề án) a record belongs to: its activity's; for a record without an activity, the one component
 * that has activities of its type (activities outside any component aside); else NO_COMPONENT.
 */
export function componentOfRecord(plan: Plan): (record: Pick<ActivityRecord, 'activityId' | 'type'>) => string {
  const byActivity = new Map(plan.activities.map((a) => [a.id, a.componentId ?? NO_COMPONENT]));
  const byType = new Map<ActivityType, Set<string>>();
  for (const a of plan.activities) {
    if (a.componentId === undefined) continue;
    const set = byType.get(a.type) ?? new Set<string>();
    set.add(a.componentId);
    byType.set(a.type, set);
  }
  const byTypeOnly = new Map<ActivityType, string>();
  for (const [type, set] of byType) if (set.size === 1) byTypeOnly.set(type, [...set][0] as string);
  return (r) => {
    const viaActivity = r.activityId === undefined ? undefined : byActivity.get(r.activityId);
    return viaActivity ?? byTypeOnly.get(r.type) ?? NO_COMPONENT;
  };
}
