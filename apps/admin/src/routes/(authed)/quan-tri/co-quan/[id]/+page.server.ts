import { api, formErrors } from '$lib/server/api';
import { field } from '$lib/form';
import { todayInHoChiMinh } from '@pcmbn/domain';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm, dateFromForm } from '../agency-form';
import { agencyFormOptions } from '../options.server';

export const load: PageServerLoad = async ({ params }) => {
  const { all, agencies, provinces, areaGroups } = await agencyFormOptions();
  const agency = all.find((a) => a.id === params.id);
  if (!agency) error(404, { message: `Không tìm thấy cơ quan "${params.id}".` });
  const signers = await api().agency.signers.query({ agencyId: params.id });
  return { agency, options: agencies, provinces, areaGroups, signers, today: todayInHoChiMinh() };
};

export const actions: Actions = {
  save: async ({ request, params }) => {
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

  /** Who signs the agency's reports from a date on (issue 13.3); the same date replaces the entry. */
  signer: async ({ request, params }) => {
    const form = await request.formData();
    const signer = {
      agencyId: params.id,
      validFrom: dateFromForm(form, 'validFrom'),
      title: field(form, 'title').trim(),
      name: field(form, 'name').trim(),
    };
    try {
      await api().agency.signerSet.mutate(signer);
      return { signerDone: `Đã đặt người ký: ${signer.name}.` };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { signerMessage: e.message, signerFields: e.fields, signer });
    }
  },

  signerRemove: async ({ request, params }) => {
    const form = await request.formData();
    try {
      await api().agency.signerRemove.mutate({ agencyId: params.id, validFrom: field(form, 'validFrom') });
      return { signerDone: 'Đã xóa người ký.' };
    } catch (cause) {
      return fail(formErrors(cause).status, { signerMessage: formErrors(cause).message });
    }
  },
};
