import type { Agency, Plan } from '../../model/index.js';
import { agencyNameAt } from '../effective.js';
import { assertIsoDate } from '../errors.js';

/** Every agency id a plan names (components, duties, activities, reporting rules), in order of first mention. */
export function planAgencyIds(plan: Pick<Plan, 'components' | 'duties' | 'activities' | 'reporting'>): string[] {
  const ids = new Set<string>();
  for (const c of plan.components) {
    ids.add(c.leadAgencyId);
    for (const id of c.cooperatingAgencyIds) ids.add(id);
  }
  for (const d of plan.duties) ids.add(d.agencyId);
  for (const a of plan.activities) {
    if (a.leadAgencyId !== undefined) ids.add(a.leadAgencyId);
    for (const id of a.cooperatingAgencyIds) ids.add(id);
  }
  for (const r of plan.reporting) {
    for (const id of r.fromAgencyIds) ids.add(id);
    ids.add(r.toAgencyId);
    if (r.consolidatedForAgencyId !== undefined) ids.add(r.consolidatedForAgencyId);
  }
  return [...ids];
}

/**
 * Agency id → the name to show on `date`, for every agency the plan names, following successors (agencyNameAt):
 * a 2018 plan read as of its issue date shows "Sở Thông tin và Truyền thông tỉnh Trà Vinh"; today's pages show the
 * body that carries the duty now. Ids unknown to `agencies` are left out (the caller shows the id).
 */
export function planAgencyNames(
  plan: Pick<Plan, 'components' | 'duties' | 'activities' | 'reporting'>,
  agencies: readonly Agency[],
  date: string,
): Map<string, string> {
  assertIsoDate(date, 'date');
  const names = new Map<string, string>();
  for (const id of planAgencyIds(plan)) {
    const name = agencyNameAt(agencies, id, date);
    if (name !== undefined) names.set(id, name);
  }
  return names;
}
