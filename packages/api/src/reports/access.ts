import type { AreaIndex, Plan } from '@pcmbn/domain';
import { canReadPlan, canWritePlan } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';

type ScopeUser = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;

/**
 * Reports an officer deals with: a province admin (or anyone without an agency) sees every sending agency; an
 * agency or district officer sees its own agency's reports.
 */
export function reportAgencyFilter(user: ScopeUser): string | null {
  if (user.role === 'province_admin' || user.role === 'viewer') return null;
  return user.agencyId;
}

/**
 * May the user mark a report of `agencyId` as submitted (or undo it)? A province admin who may write the plan; an
 * agency or district officer for its own agency on a plan it may read; never a viewer. Built on scope.ts.
 */
export function canSubmitReport(user: ScopeUser, plan: Plan, agencyId: string, areas: AreaIndex): boolean {
  if (user.role === 'province_admin') return canWritePlan(user, plan, areas);
  if (user.role === 'agency_officer' || user.role === 'district_officer')
    return user.agencyId === agencyId && canReadPlan(user, plan, areas);
  return false;
}
