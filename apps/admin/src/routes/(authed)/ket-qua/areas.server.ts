import { areaIndex, type Plan } from '@pcmbn/domain';
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
