import { fromApi } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';
import type { AreaGroup } from './agency-form';

/** The value of one area in the form's area select: the code is ambiguous without its structure. */
export const areaValue = (structure: string, code: string) => `${structure}|${code}`;

/**
 * What the agency form offers: the agencies to link (parent, members, successor), the provinces, and the areas
 * an agency may govern, grouped by province, structure and level (area.options reads them for the admin's scope).
 */
export async function agencyFormOptions() {
  const [agencies, options] = await Promise.all([
    fromApi((a) => a.agency.list.query({ all: true })),
    fromApi((a) => areaOptions(a, { purpose: 'agency' })),
  ]);
  const areaGroups: AreaGroup[] = options.groups.map((g) => ({
    provinceCode: g.provinceCode,
    label: g.label,
    areas: g.areas.map((a) => ({ value: areaValue(g.structure, a.code), name: a.name })),
  }));
  return {
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, provinceCode: a.provinceCode ?? '' })),
    provinces: options.provinces,
    areaGroups,
    all: agencies,
  };
}
