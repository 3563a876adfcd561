import { fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const [plans, provinces] = await Promise.all([
    fromApi((api) => api.plan.list.query()),
    fromApi((api) => api.area.provinces.query()),
  ]);

  const requested = url.searchParams.get('province');
  const province = requested ? provinces.find((p) => p.code === requested) : provinces[0];
  if (requested && !province) error(404, { message: `Không có tỉnh mã ${requested} trong hệ thống.` });

  // The province's lists by date, newest first; a plan keeps the list of its own date (2016 for Lai Châu 2228).
  const wanted = url.searchParams.get('structure') ?? '';
  const structure = province?.structures.includes(wanted) ? wanted : province?.structures[0];
  const areas =
    province && structure
      ? await fromApi((api) => api.area.list.query({ provinceCode: province.code, structure }))
      : [];
  const communeCounts = new Map<string, number>();
  for (const area of areas) {
    if (area.level === 'commune' && area.parentCode) {
      communeCounts.set(area.parentCode, (communeCounts.get(area.parentCode) ?? 0) + 1);
    }
  }
  const districts = areas
    .filter((area) => area.level === 'district')
    .map((area) => ({
      code: area.code,
      name: area.name,
      kind: area.kind,
      communes: communeCounts.get(area.code) ?? 0,
    }));

  return {
    plans,
    provinces,
    province,
    structure,
    districts,
    communeTotal: areas.filter((area) => area.level === 'commune').length,
  };
};
