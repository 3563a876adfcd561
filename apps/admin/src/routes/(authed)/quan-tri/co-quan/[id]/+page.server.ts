import { api, fromApi, formErrors } from '$lib/server/api';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm } from '../agency-form';

export const load: PageServerLoad = async ({ params }) => {
  const [agencies, provinces] = await Promise.all([fromApi((a) => a.agency.list.query({ all: true })), fromApi((a) => a.area.provinces.query())]);
  const agency = agencies.find((a) => a.id === params.id);
  if (!agency) error(404, { message: `Không tìm thấy cơ quan "${params.id}".` });
  return { agency, options: agencies.map((a) => ({ id: a.id, name: a.name })), provinces: provinces.map((p) => ({ code: p.code, name: p.name })) };
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
