import { api, fromApi } from '$lib/server/api';
import { editorActions, editorOptions } from '$lib/components/plan/editor.server';
import { todayInHoChiMinh } from '@pcmbn/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const provinces = await fromApi((a) => a.area.provinces.query());
  const scope = locals.user?.scopeAreaCode;
  const province = provinces.find((p) => p.code === scope) ?? provinces[0];
  const today = todayInHoChiMinh();
  const plan = {
    id: '',
    code: '',
    title: '',
    issuer: '',
    issuedOn: today,
    provinceCode: province?.code ?? '',
    areaStructure: province?.structures[0] ?? '',
    period: { from: today, to: `${today.slice(0, 4)}-12-31` },
    legalBases: [],
    objectives: [],
    components: [],
    duties: [],
    activities: [],
    targets: [],
    reporting: [],
    observances: [],
  };
  return { plan, provinces, options: await editorOptions(plan) };
};

export const actions: Actions = {
  ...editorActions(
    async (document) => `/ke-hoach/${(await api().plan.create.mutate({ document })).id}`,
    'Chưa tạo được kế hoạch',
  ),
};
