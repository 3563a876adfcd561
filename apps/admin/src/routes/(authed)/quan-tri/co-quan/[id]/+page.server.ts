import { api, formErrors } from '$lib/server/api';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm } from '../agency-form';
import { agencyFormOptions } from '../options.server';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { all, agencies, provinces, areaGroups } = await agencyFormOptions(locals.user?.scopeAreaCode ?? null);
  const agency = all.find((a) => a.id === params.id);
  if (!agency) error(404, { message: `Không tìm thấy cơ quan "${params.id}".` });
  return { agency, options: agencies, provinces, areaGroups };
};

export const actions: Actions = {
  default: async ({ request, params }) => {
    const form = await request.formData();
    const values = agencyFromForm(form);
    try {
      await api().agency.update.mutate({ id: params.id, ...values });
      return { done: 'Đã lưu.' };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: e.message, fields: e.fields, values: { id: params.id, ...values } });
    }
  },
};
