import { api, fromApi } from '$lib/server/api';
import { editorActions, editorOptions } from '$lib/components/plan/editor.server';
import { newPlanId } from '$lib/components/plan/editor/options';
import { nextStep } from '$lib/components/plan/editor/steps';
import { todayInHoChiMinh, type Plan } from '@pcmbn/domain';
import type { Actions, PageServerLoad } from './$types';

/**
 * The guided editor's first step for a new plan (general information and legal bases). Its save creates the plan
 * as a draft (with a generated id) and opens the next step of /ke-hoach/[id]/sua; the plan stays a draft, out of
 * the public site, until it is published from its page.
 */
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
  ...editorActions(async (document: Plan) => {
    const id = newPlanId(document);
    await api().plan.create.mutate({ document: { ...document, id } });
    return `/ke-hoach/${id}/sua/${nextStep('thong-tin')!.slug}`;
  }, 'Chưa tạo được kế hoạch'),
};
