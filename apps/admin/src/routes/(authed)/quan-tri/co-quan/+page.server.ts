import { api, fromApi, formErrors } from '$lib/server/api';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm } from './agency-form';

export const load: PageServerLoad = async ({ url }) => {
  const province = url.searchParams.get('tinh') ?? '';
  const [agencies, provinces] = await Promise.all([
    fromApi((a) => a.agency.list.query({ all: true, ...(/^\d{2}$/.test(province) ? { provinceCode: province } : {}) })),
    fromApi((a) => a.area.provinces.query()),
  ]);
  const all = province ? await fromApi((a) => a.agency.list.query({ all: true })) : agencies;
  const nameOf = new Map(all.map((a) => [a.id, a.name]));
  return {
    province,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    agencies: agencies.map((a) => ({ ...a, successorName: a.successorId ? (nameOf.get(a.successorId) ?? a.successorId) : '' })),
    options: all.map((a) => ({ id: a.id, name: a.name })),
  };
};

export const actions: Actions = {
  create: async ({ request }) => {
    const form = await request.formData();
    const values = { id: String(form.get('id') ?? '').trim(), ...agencyFromForm(form) };
    try {
      const created = await api().agency.create.mutate(values);
      return { done: `Đã thêm cơ quan ${created.name}.` };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: e.message, fields: e.fields, values });
    }
  },
};
