import { api, formErrors, fromApi } from '$lib/server/api';
import { editorOptions, readDocument } from '$lib/components/plan/editor.server';
import { todayInHoChiMinh } from '@pcmbn/domain';
import { fail, redirect } from '@sveltejs/kit';
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
  save: async ({ request }) => {
    const document = readDocument(await request.formData());
    if (!document.ok) return fail(400, { message: document.message, fields: {} as Record<string, string>, conflict: false });
    let id: string;
    try {
      id = (await api().plan.create.mutate({ document: document.value as never })).id;
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: `Chưa tạo được kế hoạch: ${e.message}`, fields: e.fields, conflict: false });
    }
    redirect(303, `/ke-hoach/${id}`);
  },
};
