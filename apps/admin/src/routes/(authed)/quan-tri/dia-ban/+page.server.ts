import { fromApi } from '$lib/server/api';
import { AREA_TAG_LABELS, normaliseVietnamese } from '@pcmbn/domain';
import type { PageServerLoad } from './$types';

const LEVELS = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' } as const;
const LIMIT = 300;

/** Areas of one province and structure, searchable without diacritics ("cang long" finds "Càng Long"). */
export const load: PageServerLoad = async ({ url }) => {
  const provinces = await fromApi((a) => a.area.provinces.query());
  const requested = url.searchParams.get('tinh');
  const province = provinces.find((p) => p.code === requested) ?? provinces[0];
  const structureParam = url.searchParams.get('cau-truc') ?? '';
  const structure = province?.structures.includes(structureParam) ? structureParam : province?.structures[0];
  const q = (url.searchParams.get('q') ?? '').trim();
  const tag = url.searchParams.get('nhan') ?? '';
  const areas =
    province && structure ? await fromApi((a) => a.area.list.query({ provinceCode: province.code, structure })) : [];
  const nameOf = new Map(areas.map((a) => [a.code, a.name]));
  const needle = normaliseVietnamese(q);
  const matches = areas.filter(
    (a) =>
      (needle === '' || normaliseVietnamese(a.name).includes(needle) || a.code.startsWith(q)) &&
      (tag === '' || a.tags.includes(tag)),
  );
  return {
    provinces: provinces.map((p) => ({ code: p.code, name: p.name, structures: p.structures })),
    province: province?.code ?? '',
    structure: structure ?? '',
    q,
    tag,
    tags: Object.entries(AREA_TAG_LABELS).map(([value, label]) => ({ value, label })),
    total: matches.length,
    areas: matches.slice(0, LIMIT).map((a) => ({
      code: a.code,
      name: a.name,
      level: LEVELS[a.level],
      parent: a.parentCode ? (nameOf.get(a.parentCode) ?? a.parentCode) : '',
      tags: a.tags.map((t) => AREA_TAG_LABELS[t] ?? t),
      population: a.population ?? null,
    })),
    limit: LIMIT,
  };
};
