import { fromApi } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';
import { isProvinceCode } from '@pcmbn/domain';
import type { AreaGroup } from './agency-form';

/** The value of one area in the form's area select: the code is ambiguous without its structure. */
export const areaValue = (structure: string, code: string) => `${structure}|${code}`;

/**
 * The areas an agency of one province may govern, grouped by structure and level (area.options for the admin's
 * scope); none for a national agency. One province at a time: the 34 provinces' lists together weighed ~260 kB of
 * the agencies page, which the form only ever shows one of (issue 15 item 4).
 */
export async function areaGroupsOf(provinceCode: string | null | undefined): Promise<AreaGroup[]> {
  if (!provinceCode || !isProvinceCode(provinceCode)) return [];
  const options = await fromApi((a) => areaOptions(a, { purpose: 'agency', provinceCode }));
  return options.groups.map((g) => ({
    provinceCode: g.provinceCode,
    label: g.label,
    areas: g.areas.map((a) => ({ value: areaValue(g.structure, a.code), name: a.name })),
  }));
}

/**
 * What the agency form offers: the agencies to link (parent, members, successor), the provinces, and the areas of
 * `provinceCode` (the province chosen in the form); another province's areas come from dia-ban.json.
 */
export async function agencyFormOptions(provinceCode: string | null | undefined) {
  const [agencies, provinces, areaGroups] = await Promise.all([
    fromApi((a) => a.agency.list.query({ all: true })),
    fromApi((a) => a.area.provinces.query()),
    areaGroupsOf(provinceCode),
  ]);
  return {
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, provinceCode: a.provinceCode ?? '' })),
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    areaGroups,
    all: agencies,
  };
}

/**
 * The names of the areas the listed agencies govern ("structure|code" → name), read for their provinces only;
 * `known` are groups already loaded for the form.
 */
export async function governedAreaNames(
  agencies: { provinceCode?: string | null; areaCode?: string | null }[],
  known: AreaGroup[],
): Promise<Map<string, string>> {
  const loaded = new Set(known.map((g) => g.provinceCode));
  const wanted = [
    ...new Set(
      agencies.flatMap((a) => (a.areaCode && a.provinceCode && !loaded.has(a.provinceCode) ? [a.provinceCode] : [])),
    ),
  ];
  const groups = [...known, ...(await Promise.all(wanted.map(areaGroupsOf))).flat()];
  return new Map(groups.flatMap((g) => g.areas.map((a) => [a.value, a.name] as const)));
}

/**
 * The agency form as sent by its "Xem địa bàn của tỉnh" button (a GET, so that choosing another province works
 * without JavaScript): the query string read as the posted form would be, or null on an ordinary visit.
 */
export function typedForm(params: URLSearchParams): FormData | null {
  if (!params.has('doi-tinh')) return null;
  const form = new FormData();
  for (const [name, value] of params) form.append(name, value);
  return form;
}
