/**
 * Who may read and change what. Every authorisation decision of a feature router goes through these functions
 * (pure: they get the user, the row and an AreaIndex for the row's administrative structure).
 *
 * - province_admin: everything inside its scope area (a province; null = every province).
 * - agency_officer: reads its province; changes the plan parts (components, activities, duties) its agency leads
 *   or cooperates on, and the records of those activities or entered for its agency.
 * - district_officer: reads and changes records of the communes of its district; district plans of its district.
 * - viewer: reads its province.
 */
import { areaIndex, mayApproveRecord, mayRejectRecord, succeedsAny, type AreaIndex, type Plan } from '@pcmbn/domain';
import { loadAreaLinks } from '../areas/successions.js';
import type { Db, DbClient } from '../db/client.js';
import { areaFromRow } from '../db/mappers.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import type { AuthUser } from './session.js';

type ScopeUser = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;
type PlanLike = Pick<Plan, 'provinceCode' | 'scopeAreaCode'> &
  Partial<Pick<Plan, 'components' | 'activities' | 'duties'>>;
export interface RecordLike {
  areaCode: string;
  activityId?: string | null;
  agencyId?: string | null;
  createdById?: string | null;
  /** Everyone who entered or changed the content; none of them may approve it (four eyes). */
  editorIds?: readonly string[] | null;
  /** Who submitted it last; may not approve it either. */
  submittedById?: string | null;
}

/** `areaCode` is inside `rootCode` (or is it). Province codes are the first two digits everywhere, so a province
 * check needs no index; deeper checks follow the tree. */
function within(areas: AreaIndex, areaCode: string, rootCode: string): boolean {
  if (areaCode === rootCode) return true;
  if (rootCode.length === 2 && !areas.has(areaCode)) return false;
  return areas.isWithin(areaCode, rootCode);
}

function provinceOf(areas: AreaIndex, code: string): string | undefined {
  return code.length === 2 ? code : areas.ancestorAt(code, 'province')?.code;
}

/** The user's province (for a district officer, the province of its district); null = every province. */
export function userProvince(user: ScopeUser, areas?: AreaIndex): string | null {
  const scope = user.scopeAreaCode;
  if (scope === null) return null;
  if (scope.length === 2) return scope;
  return areas ? (provinceOf(areas, scope) ?? null) : null;
}

/** May the user see data of `areaCode` (an area, or something located there)? */
export function canReadArea(user: ScopeUser, areaCode: string, areas: AreaIndex): boolean {
  if (user.scopeAreaCode === null) return user.role !== 'district_officer';
  if (user.role === 'district_officer') {
    // Its district and what lies below; also the district's ancestors so it can open the provincial plan.
    return within(areas, areaCode, user.scopeAreaCode) || areas.ancestorCodes(user.scopeAreaCode).includes(areaCode);
  }
  return within(areas, areaCode, user.scopeAreaCode);
}

/** May the user read the plan (its document, status, aggregates)? */
export function canReadPlan(user: ScopeUser, plan: PlanLike, areas: AreaIndex): boolean {
  return canReadArea(user, plan.scopeAreaCode ?? plan.provinceCode, areas);
}

/** May the user edit the whole plan document (create, edit, archive, copy)? */
export function canWritePlan(user: ScopeUser, plan: PlanLike, areas: AreaIndex): boolean {
  const planArea = plan.scopeAreaCode ?? plan.provinceCode;
  if (user.role === 'province_admin') return user.scopeAreaCode === null || within(areas, planArea, user.scopeAreaCode);
  if (user.role === 'district_officer') {
    return (
      user.scopeAreaCode !== null &&
      plan.scopeAreaCode !== undefined &&
      within(areas, plan.scopeAreaCode, user.scopeAreaCode)
    );
  }
  return false;
}

/** The agency leads or cooperates on the activity (directly, or through its component). */
export function agencyWorksOnActivity(agencyId: string, plan: PlanLike, activityId: string): boolean {
  const activity = plan.activities?.find((a) => a.id === activityId);
  if (!activity) return false;
  if (activity.leadAgencyId === agencyId || activity.cooperatingAgencyIds.includes(agencyId)) return true;
  const component = activity.componentId ? plan.components?.find((c) => c.id === activity.componentId) : undefined;
  if (component && (component.leadAgencyId === agencyId || component.cooperatingAgencyIds.includes(agencyId)))
    return true;
  return (plan.duties ?? []).some(
    (d) =>
      d.agencyId === agencyId && activity.componentId !== undefined && d.componentIds.includes(activity.componentId),
  );
}

/** The agency leads or cooperates on the component. */
export function agencyWorksOnComponent(agencyId: string, plan: PlanLike, componentId: string): boolean {
  const component = plan.components?.find((c) => c.id === componentId);
  if (component && (component.leadAgencyId === agencyId || component.cooperatingAgencyIds.includes(agencyId)))
    return true;
  return (plan.duties ?? []).some((d) => d.agencyId === agencyId && d.componentIds.includes(componentId));
}

/** May the user change this part of the plan (an activity or component)? Province admins and writers of the plan may change any part. */
export function canWritePlanPart(
  user: ScopeUser,
  plan: PlanLike,
  part: { activityId?: string; componentId?: string },
  areas: AreaIndex,
): boolean {
  if (canWritePlan(user, plan, areas)) return true;
  if (user.role !== 'agency_officer' || !user.agencyId || !canReadPlan(user, plan, areas)) return false;
  if (part.activityId) return agencyWorksOnActivity(user.agencyId, plan, part.activityId);
  if (part.componentId) return agencyWorksOnComponent(user.agencyId, plan, part.componentId);
  return false;
}

/** May the user create or change (edit, submit, attach to, delete) this record of `plan`? */
export function canWriteRecord(user: ScopeUser, record: RecordLike, plan: PlanLike, areas: AreaIndex): boolean {
  if (!areas.has(record.areaCode) || !areas.inScope(record.areaCode, plan)) return false;
  switch (user.role) {
    case 'province_admin':
      return user.scopeAreaCode === null || within(areas, record.areaCode, user.scopeAreaCode);
    case 'district_officer':
      return user.scopeAreaCode !== null && within(areas, record.areaCode, user.scopeAreaCode);
    case 'agency_officer': {
      if (!user.agencyId || !canReadArea(user, record.areaCode, areas)) return false;
      if (record.agencyId === user.agencyId) return true;
      return record.activityId ? agencyWorksOnActivity(user.agencyId, plan, record.activityId) : false;
    }
    default:
      return false;
  }
}

/** Province admins in scope, and district officers for their communes: the reviewers of a record. */
function isReviewer(user: ScopeUser, record: RecordLike, plan: PlanLike, areas: AreaIndex): boolean {
  if (user.role !== 'province_admin' && user.role !== 'district_officer') return false;
  return canWriteRecord(user, record, plan, areas);
}

/** May the user approve this record? A reviewer who neither entered, changed nor submitted it (four eyes: domain
 * approvalRefusal). */
export function canApproveRecord(user: ScopeUser, record: RecordLike, plan: PlanLike, areas: AreaIndex): boolean {
  return mayApproveRecord(user.id, record) && isReviewer(user, record, plan, areas);
}

/** May the user reject (send back) this record? A reviewer who did not enter it (domain mayRejectRecord). */
export function canRejectRecord(user: ScopeUser, record: RecordLike, plan: PlanLike, areas: AreaIndex): boolean {
  return mayRejectRecord(user.id, record) && isReviewer(user, record, plan, areas);
}

/** May the user read this record? Anyone who may read its area. */
export function canReadRecord(user: ScopeUser, record: RecordLike, areas: AreaIndex): boolean {
  return canReadArea(user, record.areaCode, areas);
}

/**
 * Whether a district officer's district (`districtCode`) covers `commune`, a commune of a structure that may have
 * no districts (01/07/2025): the commune lies in the district in its own structure, or it is a successor (domain
 * succeedsAny, following AreaLink) of a commune of the district as it last stood in an earlier structure.
 */
export async function districtCoversCommune(
  db: DbClient,
  districtCode: string,
  commune: { code: string; structure: string },
): Promise<boolean> {
  if ((await areaIndexFor(db, commune.structure)).isWithin(commune.code, districtCode)) return true;
  const district = await db.area.findFirst({
    where: { code: districtCode, level: 'district', structure: { lt: toDbDate(commune.structure) } },
    orderBy: { structure: 'desc' },
    select: { structure: true },
  });
  if (!district) return false;
  const index = await areaIndexFor(db, fromDbDate(district.structure));
  const communes = index
    .descendantsOf(districtCode)
    .filter((a) => a.level === 'commune')
    .map((a) => ({ code: a.code, structure: fromDbDate(district.structure) }));
  return succeedsAny(commune, communes, await loadAreaLinks(db));
}

// Area trees change only through the admin screens; cache them per structure for a short time.
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; index: Promise<AreaIndex> }>();

/** The AreaIndex of one administrative structure ('2016-01-01'), cached for a minute. */
export function areaIndexFor(db: Db | DbClient, structure: string): Promise<AreaIndex> {
  const hit = cache.get(structure);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.index;
  const index = db.area
    .findMany({ where: { structure: toDbDate(structure) }, orderBy: { code: 'asc' } })
    .then((rows) => areaIndex(rows.map(areaFromRow)));
  index.catch(() => cache.delete(structure));
  cache.set(structure, { at: Date.now(), index });
  return index;
}

/** Forget cached area trees (after an area edit, and in tests). */
export function clearAreaIndexCache(): void {
  cache.clear();
}
