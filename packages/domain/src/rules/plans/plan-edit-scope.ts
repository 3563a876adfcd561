import type { Activity, Component, Duty, Plan } from '../../model/index.js';

/**
 * Issue 4: an agency officer changes only "the plan parts their agency leads or cooperates on". The API cannot tell
 * that from the request (it sends a whole document), so it compares the document before and after: every change
 * must lie in a component, activity or duty the agency works on — in the old document (what it may change or
 * remove) and in the new one (what it may add or turn into). Everything else (header, objectives, targets,
 * reporting, observances, other agencies' parts) must be unchanged.
 */

export interface PlanEditViolation {
  /** Path of the part changed, e.g. ['targets'] or ['activities', 'tv651-a-iii-1a-1']. */
  path: (string | number)[];
  message: string;
  messageEn: string;
}

const PART_LISTS = ['components', 'activities', 'duties'] as const;
type PartList = (typeof PART_LISTS)[number];

/** Stable JSON: object keys sorted, so two equal documents compare equal whatever order their keys came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Components the agency leads or cooperates on, or has a duty in. */
function agencyComponents(plan: Plan, agencyId: string): Set<string> {
  const ids = new Set<string>();
  for (const c of plan.components)
    if (c.leadAgencyId === agencyId || c.cooperatingAgencyIds.includes(agencyId)) ids.add(c.id);
  for (const d of plan.duties) if (d.agencyId === agencyId) for (const id of d.componentIds) ids.add(id);
  return ids;
}

function worksOn(
  list: PartList,
  item: Component | Activity | Duty,
  agencyId: string,
  components: Set<string>,
): boolean {
  switch (list) {
    case 'components': {
      const c = item as Component;
      return components.has(c.id);
    }
    case 'activities': {
      const a = item as Activity;
      return (
        a.leadAgencyId === agencyId ||
        a.cooperatingAgencyIds.includes(agencyId) ||
        (a.componentId !== undefined && components.has(a.componentId))
      );
    }
    case 'duties': {
      const d = item as Duty;
      // Every component it names must be the agency's, so that a new duty cannot widen what the agency may edit.
      return d.componentIds.every((id) => components.has(id)) && (d.agencyId === agencyId || d.componentIds.length > 0);
    }
  }
}

const LIST_NOUNS: Record<PartList, { vi: string; en: string }> = {
  components: { vi: 'tiểu đề án/nội dung', en: 'component' },
  activities: { vi: 'hoạt động', en: 'activity' },
  duties: { vi: 'nhiệm vụ', en: 'duty' },
};

/**
 * The changes from `before` to `after` that an officer of `agencyId` may not make; empty when the edit stays inside
 * the agency's parts. Order of items inside a list is not a change.
 */
export function planEditViolations(before: Plan, after: Plan, agencyId: string): PlanEditViolation[] {
  const violations: PlanEditViolation[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if ((PART_LISTS as readonly string[]).includes(key)) continue;
    if (stableJson((before as Record<string, unknown>)[key]) !== stableJson((after as Record<string, unknown>)[key])) {
      violations.push({
        path: [key],
        message: `Cơ quan của bạn chỉ được sửa các phần do cơ quan chủ trì hoặc phối hợp; không được sửa “${key}”.`,
        messageEn: `Your agency may only edit the parts it leads or cooperates on, not "${key}".`,
      });
    }
  }
  // The agency's parts are those of the document it started from: an edit cannot widen them for itself.
  const components = agencyComponents(before, agencyId);
  for (const list of PART_LISTS) {
    const old = new Map<string, Component | Activity | Duty>(before[list].map((i) => [i.id, i]));
    const next = new Map<string, Component | Activity | Duty>(after[list].map((i) => [i.id, i]));
    for (const id of new Set([...old.keys(), ...next.keys()])) {
      const a = old.get(id);
      const b = next.get(id);
      if (a !== undefined && b !== undefined && stableJson(a) === stableJson(b)) continue;
      const mayOld = a === undefined || worksOn(list, a, agencyId, components);
      const mayNew = b === undefined || worksOn(list, b, agencyId, components);
      const addsComponent = list === 'components' && a === undefined;
      if (!mayOld || !mayNew || addsComponent) {
        violations.push({
          path: [list, id],
          message: `Cơ quan của bạn không chủ trì hoặc phối hợp ${LIST_NOUNS[list].vi} “${id}”, nên không được ${a === undefined ? 'thêm' : b === undefined ? 'xóa' : 'sửa'}.`,
          messageEn: `Your agency neither leads nor cooperates on ${LIST_NOUNS[list].en} "${id}", so it may not ${a === undefined ? 'add' : b === undefined ? 'remove' : 'change'} it.`,
        });
      }
    }
  }
  return violations;
}
