import { api, fromApi } from '$lib/server/api';
import { editorActions, editorOptions } from '$lib/components/plan/editor.server';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const got = await fromApi((a) => a.plan.get.query({ id: params.id }));
  if (!got.access.editParts) redirect(303, `/ke-hoach/${params.id}`);
  const [options, provinces] = await Promise.all([editorOptions(got.plan), fromApi((a) => a.area.provinces.query())]);
  return { plan: got.plan, version: got.version, access: got.access, options, provinces };
};

export const actions: Actions = {
  ...editorActions(async (document, form, { id = '' }) => {
    await api().plan.update.mutate({ id, version: Number(form.get('version')), document });
    return `/ke-hoach/${id}?saved=1`;
  }, 'Chưa lưu được kế hoạch'),
};
