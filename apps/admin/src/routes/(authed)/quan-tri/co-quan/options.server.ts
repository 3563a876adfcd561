import { formatDate } from '$lib/format';
import { fromApi } from '$lib/server/api';
import type { AreaGroup } from './agency-form';

const LEVELS = { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' } as const;

/** The value of one area in the form's area select: the code is ambiguous without its structure. */
export const areaValue = (structure: string, code: string) => `${structure}|${code}`;

/**
 * What the agency form offers: the agencies to link (parent, members, successor), the provinces, and the areas
 * an agency may govern, grouped by province, structure and level. A province admin manages its own province's
 * agencies only, so only that province's areas are loaded for it.
 */
export async function agencyFormOptions(scopeAreaCode: string | null) {
  const [agencies, provinces] = await Promise.all([
    fromApi((a) => a.agency.list.query({ all: true })),
    fromApi((a) => a.area.provinces.query()),
  ]);
  const own = provinces.filter((p) => scopeAreaCode === null || scopeAreaCode.length !== 2 || p.code === scopeAreaCode);
  const lists = await Promise.all(
    own.flatMap((p) =>
      p.structures.map(async (structure) => ({
        province: p.code,
        structure,
        areas: await fromApi((a) => a.area.list.query({ provinceCode: p.code, structure })),
      })),
    ),
  );
  const areaGroups: AreaGroup[] = lists.flatMap(({ province, structure, areas }) => {
    const names = new Map(areas.map((a) => [a.code, a.name]));
    return (['province', 'district', 'commune'] as const).flatMap((level) => {
      const inLevel = areas.filter((a) => a.level === level);
      if (inLevel.length === 0) return [];
      return [
        {
          provinceCode: province,
          label: `${LEVELS[level]} — danh mục hành chính ngày ${formatDate(structure)}`,
          areas: inLevel.map((a) => ({
            value: areaValue(structure, a.code),
            // Communes carry their district's name: several districts have a "Xã An Phú".
            name:
              level === 'commune' && a.parentCode ? `${a.name} (${names.get(a.parentCode) ?? a.parentCode})` : a.name,
          })),
        },
      ];
    });
  });
  return {
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, provinceCode: a.provinceCode ?? '' })),
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    areaGroups,
    all: agencies,
  };
}
