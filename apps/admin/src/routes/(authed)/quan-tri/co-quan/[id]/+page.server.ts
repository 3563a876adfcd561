import { api, formErrors } from '$lib/server/api';
import { field } from '$lib/form';
import { todayInHoChiMinh } from '@pcmbn/domain';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm, dateFromForm } from '../agency-form';
import { agencyFormOptions, areaGroupsOf, typedForm } from '../options.server';

export const load: PageServerLoad = async ({ params, url }) => {
  // The form sent back by its province button (no JavaScript): its values, and the areas of that province.
  const typedFields = typedForm(url.searchParams);
  const typed = typedFields ? { id: params.id, ...agencyFromForm(typedFields) } : null;
  // Started now, read after the 404 check (a missing agency is a 404, not the signers' refusal).
  const signersCall = api().agency.signers.query({ agencyId: params.id });
  signersCall.catch(() => undefined);
  const options = await agencyFormOptions(typed?.provinceCode);
  const agency = options.all.find((a) => a.id === params.id);
  if (!agency) error(404, { message: `Không tìm thấy cơ quan "${params.id}".` });
  // The areas of the agency's own province, unless the form asked for another's.
  const [signers, areaGroups] = await Promise.all([
    signersCall,
    typed ? options.areaGroups : areaGroupsOf(agency.provinceCode),
  ]);
  return {
    agency,
    typed,
    options: options.agencies,
    provinces: options.provinces,
    areaGroups,
    signers,
    today: todayInHoChiMinh(),
  };
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
      // The areas of the province chosen when sent (it may differ from the one the page was loaded with).
      const areaGroups = await areaGroupsOf(values.provinceCode);
      return fail(e.status, { message: e.message, fields: e.fields, values: { id: params.id, ...values }, areaGroups });
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
