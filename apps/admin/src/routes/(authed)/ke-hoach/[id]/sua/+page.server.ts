import { api, apiErrorData, formErrors, fromApi } from '$lib/server/api';
import { editorOptions, readDocument } from '$lib/components/plan/editor.server';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const got = await fromApi((a) => a.plan.get.query({ id: params.id }));
  if (!got.access.editParts) redirect(303, `/ke-hoach/${params.id}`);
  const [options, provinces] = await Promise.all([editorOptions(got.plan), fromApi((a) => a.area.provinces.query())]);
  return { plan: got.plan, version: got.version, access: got.access, options, provinces };
};

export const actions: Actions = {
  save: async ({ request, params }) => {
    const form = await request.formData();
    const version = Number(form.get('version'));
    const document = readDocument(form);
    if (!document.ok) return fail(400, { message: document.message, fields: {} as Record<string, string>, conflict: false });
    try {
      await api().plan.update.mutate({ id: params.id, version, document: document.value as never });
    } catch (cause) {
      const e = formErrors(cause);
      const conflict = apiErrorData(cause)?.appCode === 'PLAN_VERSION_CONFLICT';
      return fail(e.status, { message: conflict ? e.message : `Chưa lưu được kế hoạch: ${e.message}`, fields: e.fields, conflict });
    }
    redirect(303, `/ke-hoach/${params.id}?saved=1`);
  },
};
