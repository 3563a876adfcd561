import { fromApi } from '$lib/server/api';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async ({ url }) => {
  const asOf = url.searchParams.get('asOf') ?? '';
  const [plans, provinces, inbox] = await Promise.all([
    fromApi((api) => api.plan.list.query()),
    fromApi((api) => api.area.provinces.query()),
    fromApi((api) => api.inbox.summary.query(ISO.test(asOf) ? { asOf } : {})),
  ]);

  // An officer's own province first (a district officer's district lies in it), not the first in the list.
  const requested = url.searchParams.get('province');
  const home = inbox.homeArea ? provinces.find((p) => p.code === inbox.homeArea?.provinceCode) : undefined;
  const province = requested ? provinces.find((p) => p.code === requested) : (home ?? provinces[0]);
  if (requested && !province) error(404, { message: `Không có tỉnh mã ${requested} trong hệ thống.` });

  // The province's lists by date, newest first; a plan keeps the list of its own date (2016 for Lai Châu 2228).
  const wanted = url.searchParams.get('structure') ?? '';
  // A district officer's home: the list its district belongs to (districts are gone from the 2025 list).
  const homeStructure = province && province === home ? inbox.homeArea?.structure : undefined;
  const structure = province?.structures.includes(wanted)
    ? wanted
    : homeStructure && province?.structures.includes(homeStructure)
      ? homeStructure
      : province?.structures[0];
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

  const ended = new Set(inbox.endedPlans.map((p) => p.id));
  return {
    inbox,
    plans,
    endedPlans: plans.filter((p) => ended.has(p.id)),
    provinces,
    province,
    structure,
    districts,
    communeTotal: areas.filter((area) => area.level === 'commune').length,
  };
};
