import { fromApi } from '$lib/server/api';
import { areaOptions } from '$lib/server/areas';
import { IsoDateSchema, isProvinceCode } from '@pcmbn/domain';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async ({ url }) => {
  const asOf = url.searchParams.get('asOf') ?? '';
  const requested = url.searchParams.get('province');
  const structure = url.searchParams.get('structure');
  const [plans, areas, inbox] = await Promise.all([
    fromApi((api) => api.plan.list.query()),
    // The officer's own province and list unless another is asked for (area.options 'home-filter').
    fromApi((api) =>
      areaOptions(api, {
        purpose: 'home-filter',
        ...(requested && isProvinceCode(requested) ? { provinceCode: requested } : {}),
        ...(structure && IsoDateSchema.safeParse(structure).success ? { structure } : {}),
      }),
    ),
    fromApi((api) => api.inbox.summary.query(ISO.test(asOf) ? { asOf } : {})),
  ]);
  if (requested && !(areas.province?.code === requested))
    error(404, { message: `Không có tỉnh mã ${requested} trong hệ thống.` });

  const ended = new Set(inbox.endedPlans.map((p) => p.id));
  return {
    inbox,
    plans,
    endedPlans: plans.filter((p) => ended.has(p.id)),
    provinces: areas.provinces,
    province: areas.province ?? undefined,
    structure: areas.structure ?? undefined,
    districts: areas.districts,
    communeTotal: areas.communeTotal,
  };
};
