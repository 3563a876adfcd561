import { areaIndex, can, carriedIndex, planStructureOn, type Area, type Plan } from '@pcmbn/domain';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { assertReadable } from '../plans/access.js';
import { loadPlan } from '../plans/load.js';
import { listKey, readLists } from './lists.js';
import type { AreaOptions } from './options-schemas.js';

/** The pickers of a plan's pages: record entry and filter, and the districts a district plan may be made for. */

type User = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;
type PickerArea = { code: string; name: string; parentName: string | null };

async function readablePlan(db: DbClient, user: User, planId: string): Promise<Plan> {
  const loaded = await loadPlan(db, planId);
  assertReadable(user, loaded);
  return loaded.plan;
}

async function list(db: DbClient, provinceCode: string, structure: string): Promise<Area[]> {
  return (await readLists(db, [{ provinceCode, structure }])).get(listKey(provinceCode, structure)) ?? [];
}

/** A district officer's district: the list stays inside it (the API checks each record anyway). */
const districtOf = (user: User) => (user.role === 'district_officer' && user.scopeAreaCode) || null;

const byParentThenName = (a: PickerArea, b: PickerArea) =>
  (a.parentName ?? '').localeCompare(b.parentName ?? '', 'vi') || a.name.localeCompare(b.name, 'vi');

/** Units of the plan's own list inside its scope (and the officer's district), named with their parent. */
async function planAreas(db: DbClient, user: User, plan: Plan, levels: readonly Area['level'][]) {
  const areas = await list(db, plan.provinceCode, plan.areaStructure);
  const index = areaIndex(areas);
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  const district = districtOf(user);
  return areas
    .filter(
      (a) =>
        levels.includes(a.level) && index.isWithin(a.code, scope) && (!district || index.isWithin(a.code, district)),
    )
    .map((a) => ({
      code: a.code,
      name: a.name,
      parentName: a.parentCode ? (index.get(a.parentCode)?.name ?? null) : null,
    }))
    .sort(byParentThenName);
}

export async function recordFilterOptions(db: DbClient, user: User, planId: string): Promise<AreaOptions> {
  const plan = await readablePlan(db, user, planId);
  const areas = await planAreas(db, user, plan, ['district', 'commune']);
  return { purpose: 'record-filter', structure: plan.areaStructure, areas };
}

/**
 * The units a record dated `date` may name (issue 14): a plan carried across a reform is entered in its old units
 * before the carry date and in the new units the carry mapped them to from it on (Phường Long Đức of Vĩnh Long for
 * Thành phố Trà Vinh after 01/07/2025), each new unit named with the old units it came from.
 */
export async function recordEntryOptions(db: DbClient, user: User, planId: string, date: string): Promise<AreaOptions> {
  const plan = await readablePlan(db, user, planId);
  const structure = planStructureOn(plan, date);
  if (!plan.carry || structure === plan.areaStructure)
    return { purpose: 'record-entry', structure, areas: await planAreas(db, user, plan, ['commune']) };
  const carry = plan.carry;
  const [oldAreas, newAreas] = await Promise.all([
    list(db, plan.provinceCode, plan.areaStructure),
    list(db, carry.provinceCode, structure),
  ]);
  const oldIndex = areaIndex(oldAreas);
  const carried = carriedIndex(areaIndex(newAreas), carry);
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  const district = districtOf(user);
  const cameFrom = new Map<string, string[]>();
  for (const [old, news] of Object.entries(carry.areaMap)) {
    const unit = oldIndex.get(old);
    if (unit?.level !== 'commune') continue;
    for (const n of news) cameFrom.set(n, [...(cameFrom.get(n) ?? []), unit.name]);
  }
  const areas = newAreas
    .filter(
      (a) =>
        a.level === 'commune' &&
        carried.has(a.code) &&
        carried.isWithin(a.code, scope) &&
        (!district || carried.isWithin(a.code, district)),
    )
    .map((a) => ({ code: a.code, name: a.name, parentName: `từ ${(cameFrom.get(a.code) ?? []).join(', ')}` }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { purpose: 'record-entry', structure, areas };
}

/**
 * Districts a district plan may be derived for (rules/plans/derive-plan.ts): only from a provincial plan, only for those who
 * may derive, and for a district officer only its own district (plan.deriveDistrict refuses the others).
 */
export async function planDeriveOptions(db: DbClient, user: User, planId: string): Promise<AreaOptions> {
  const plan = await readablePlan(db, user, planId);
  const none: AreaOptions = { purpose: 'plan-derive', structure: plan.areaStructure, districts: [] };
  if (plan.scopeAreaCode || !can(user, 'plan.derive')) return none;
  const district = districtOf(user);
  const districts = (await list(db, plan.provinceCode, plan.areaStructure))
    .filter((a) => a.level === 'district' && (!district || a.code === district))
    .map((a) => ({ code: a.code, name: a.name }));
  return { ...none, districts };
}
