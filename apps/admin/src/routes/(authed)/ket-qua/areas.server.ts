import { areaIndex, carriedIndex, parseDateCell, planStructureOn, todayInHoChiMinh, type Plan } from '@pcmbn/domain';
import type { PickerArea } from '$lib/components/record/labels';
import type { ApiClient } from '$lib/server/api';

/**
 * The areas a record of `plan` may name, for the commune picker: communes of the plan's structure inside its scope,
 * and inside the user's district for a district officer (the API decides anyway; this only keeps the list short).
 */
export async function pickerAreas(
  api: ApiClient,
  plan: Plan,
  user: { role: string; scopeAreaCode: string | null },
  levels: Array<'district' | 'commune'> = ['commune'],
): Promise<PickerArea[]> {
  const areas = await api.area.list.query({ provinceCode: plan.provinceCode, structure: plan.areaStructure });
  const index = areaIndex(areas);
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  const userScope = user.role === 'district_officer' && user.scopeAreaCode ? user.scopeAreaCode : null;
  return areas
    .filter(
      (a) =>
        (levels as string[]).includes(a.level) &&
        index.isWithin(a.code, scope) &&
        (!userScope || index.isWithin(a.code, userScope)),
    )
    .map((a) => ({
      code: a.code,
      name: a.name,
      parentName: a.parentCode ? (index.get(a.parentCode)?.name ?? null) : null,
    }))
    .sort((a, b) => (a.parentName ?? '').localeCompare(b.parentName ?? '', 'vi') || a.name.localeCompare(b.name, 'vi'));
}

/**
 * The units a record of `plan` dated `date` may name (issue 14): a plan carried across a reform is entered in its
 * old units before the carry date and in the new units the carry mapped them to from it on (Phường Long Đức of
 * Vĩnh Long for Thành phố Trà Vinh after 01/07/2025), each new unit named with the old units it came from.
 * `structure` goes with the form, so a code picked from one list is never read in the other (codes are reused).
 */
export async function entryAreas(
  api: ApiClient,
  plan: Plan,
  user: { role: string; scopeAreaCode: string | null },
  date: string,
): Promise<{ structure: string; areas: PickerArea[] }> {
  const structure = planStructureOn(plan, date);
  if (!plan.carry || structure === plan.areaStructure) return { structure, areas: await pickerAreas(api, plan, user) };
  const carry = plan.carry;
  const [oldAreas, newAreas] = await Promise.all([
    api.area.list.query({ provinceCode: plan.provinceCode, structure: plan.areaStructure }),
    api.area.list.query({ provinceCode: carry.provinceCode, structure }),
  ]);
  const oldIndex = areaIndex(oldAreas);
  const seen = carriedIndex(areaIndex(newAreas), carry);
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  const userScope = user.role === 'district_officer' && user.scopeAreaCode ? user.scopeAreaCode : null;
  const cameFrom = new Map<string, string[]>();
  for (const [old, news] of Object.entries(carry.areaMap)) {
    if (oldIndex.get(old)?.level !== 'commune') continue;
    for (const n of news) cameFrom.set(n, [...(cameFrom.get(n) ?? []), oldIndex.get(old)!.name]);
  }
  return {
    structure,
    areas: newAreas
      .filter(
        (a) =>
          a.level === 'commune' &&
          seen.has(a.code) &&
          seen.isWithin(a.code, scope) &&
          (!userScope || seen.isWithin(a.code, userScope)),
      )
      .map((a) => ({ code: a.code, name: a.name, parentName: `từ ${(cameFrom.get(a.code) ?? []).join(', ')}` }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}

/** The date a form's list follows: the typed one when valid, else today, inside the plan's period. */
export function listDate(plan: Pick<Plan, 'period'>, typed: string | null | undefined): string {
  const date = (typed ? parseDateCell(typed) : undefined) ?? todayInHoChiMinh();
  return date < plan.period.from ? plan.period.from : date > plan.period.to ? plan.period.to : date;
}
