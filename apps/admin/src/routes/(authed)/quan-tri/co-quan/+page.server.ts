import { api, formErrors } from '$lib/server/api';
import { isProvinceCode } from '@pcmbn/domain';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { agencyFromForm } from './agency-form';
import { agencyFormOptions, areaGroupsOf, areaValue, governedAreaNames, typedForm } from './options.server';
import { field } from '$lib/form';

export const load: PageServerLoad = async ({ url, locals }) => {
  const province = url.searchParams.get('tinh') ?? '';
  const scope = locals.user?.scopeAreaCode ?? null;
  // The create form sent back by its province button (no JavaScript): its values, and the areas of that province.
  const typedFields = typedForm(url.searchParams);
  const typed = typedFields ? { id: field(typedFields, 'id').trim(), ...agencyFromForm(typedFields) } : null;
  // A new agency starts in the province being looked at, else the admin's own.
  const newProvince = typed
    ? (typed.provinceCode ?? '')
    : isProvinceCode(province)
      ? province
      : scope?.length === 2
        ? scope
        : '';
  const { all, agencies, provinces, areaGroups } = await agencyFormOptions(newProvince);
  const nameOf = new Map(all.map((a) => [a.id, a.name]));
  const listed = isProvinceCode(province) ? all.filter((a) => a.provinceCode === province) : all;
  const areaNames = await governedAreaNames(listed, areaGroups);
  return {
    province,
    provinces,
    agencies: listed.map((a) => ({
      ...a,
      successorName: a.successorId ? (nameOf.get(a.successorId) ?? a.successorId) : '',
      parentName: a.parentId ? (nameOf.get(a.parentId) ?? a.parentId) : '',
      areaName:
        a.areaCode && a.areaStructure ? (areaNames.get(areaValue(a.areaStructure, a.areaCode)) ?? a.areaCode) : '',
    })),
    options: agencies,
    areaGroups,
    newProvince,
    typed,
  };
};

export const actions: Actions = {
  create: async ({ request }) => {
    const form = await request.formData();
    const values = { id: field(form, 'id').trim(), ...agencyFromForm(form) };
    try {
      const created = await api().agency.create.mutate(values);
      return { done: `Đã thêm cơ quan ${created.name}.` };
    } catch (cause) {
      const e = formErrors(cause);
      // The areas of the province chosen when sent (it may differ from the one the page was loaded with).
      const areaGroups = await areaGroupsOf(values.provinceCode);
      return fail(e.status, { message: e.message, fields: e.fields, values, areaGroups });
    }
  },
};
