import { api, fromApi } from '$lib/server/api';
import { editorActions, editorOptions, savedPreviews } from '$lib/components/plan/editor.server';
import { isStep, nextStep } from '$lib/components/plan/editor/steps';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/**
 * One step of the guided plan editor (issue 15 item 2): the section of the plan it edits, a summary of the others,
 * and its own save — to the next step, or to the plan page after the last.
 */
export const load: PageServerLoad = async ({ params }) => {
  if (!isStep(params.buoc)) error(404, 'Không có bước này trong trình soạn kế hoạch.');
  const got = await fromApi((a) => a.plan.get.query({ id: params.id }));
  if (!got.access.editParts) redirect(303, `/ke-hoach/${params.id}`);
  const [options, provinces, saved] = await Promise.all([
    editorOptions(got.plan),
    fromApi((a) => a.area.provinces.query()),
    params.buoc === 'chi-tieu' ? savedPreviews(got.plan) : Promise.resolve({}),
  ]);
  return { plan: got.plan, version: got.version, access: got.access, options, provinces, saved, step: params.buoc };
};

export const actions: Actions = {
  ...editorActions(async (document, form, { id = '', buoc = '' }) => {
    await api().plan.update.mutate({ id, version: Number(form.get('version')), document });
    const next = isStep(buoc) ? nextStep(buoc) : undefined;
    if (form.get('then') === 'next') return next ? `/ke-hoach/${id}/sua/${next.slug}` : `/ke-hoach/${id}?saved=1`;
    return `/ke-hoach/${id}/sua/${buoc}?saved=1`;
  }, 'Chưa lưu được kế hoạch'),
};
