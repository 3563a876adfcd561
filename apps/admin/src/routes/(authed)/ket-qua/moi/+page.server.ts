import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { typeLabel } from '$lib/components/record/labels';
import type { Actions, PageServerLoad } from './$types';
import { distinctTitles, entryStructureMismatch } from '@pcmbn/domain';
import { entryAreas, listDate } from '../areas.server';
import { filesOf, uploadToApi } from '../files.server';
import { FIELD_OF, readRecordForm, type RecordFormValues } from '../record-form.server';
import { field } from '$lib/form';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const plans = await fromApi((a) => a.plan.list.query({}));
  const planId = event.url.searchParams.get('plan') ?? (plans.length === 1 ? plans[0]!.id : '');
  const chosen = plans.find((p) => p.id === planId);
  if (!chosen)
    return {
      plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
      plan: null,
      activities: [],
      areas: [],
      structure: '',
      carry: null,
    };
  const { plan } = await fromApi((a) => a.plan.get.query({ id: chosen.id }));
  // The list follows the record's date (?date=, else today): a carried plan's old units before the carry date,
  // its new units from it on.
  const { structure, areas } = await fromApi((a) =>
    entryAreas(a, plan, user, listDate(plan, event.url.searchParams.get('date'))),
  );
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    plan: { id: plan.id, code: plan.code, title: plan.title, period: plan.period, areaStructure: plan.areaStructure },
    structure,
    carry: plan.carry ? { from: plan.carry.from, structure: plan.carry.structure } : null,
    activities: plan.activities.map((a) => ({
      id: a.id,
      title: distinctTitles(plan.activities).get(a.id) ?? a.title,
      type: a.type,
      typeLabel: typeLabel(a.type),
    })),
    areas,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireUser(event);
    const form = await event.request.formData();
    const planId = field(form, 'planId');
    const { values, errors, fields } = readRecordForm(form);
    if (Object.keys(errors).length > 0)
      return fail(400, { values, errors, message: 'Biểu mẫu còn lỗi; xem thông báo bên cạnh từng trường.' });
    // The area was picked from the list of one structure; a date in another re-renders that date's list.
    const listed = field(form, 'areaStructure');
    if (listed) {
      const { plan } = await fromApi((a) => a.plan.get.query({ id: planId }));
      const mismatch = entryStructureMismatch(plan, fields.date, listed);
      if (mismatch) {
        const { structure, areas } = await fromApi((a) => entryAreas(a, plan, user, fields.date));
        return fail(400, {
          values: { ...values, areaCode: '' },
          errors: { areaCode: mismatch.vi },
          message: mismatch.vi,
          areas,
          structure,
        });
      }
    }
    let id: string;
    try {
      id = (await api().record.create.mutate({ planId, ...fields })).id;
    } catch (cause) {
      const e = formErrors(cause);
      const byField: Partial<Record<keyof RecordFormValues, string>> = {};
      for (const [path, msg] of Object.entries(e.fields)) byField[FIELD_OF[path] ?? 'activityId'] ??= msg;
      return fail(e.status, { values, errors: byField, message: e.message });
    }
    // The record exists now; a refused file is reported on its page, the record is not lost.
    const problems: string[] = [];
    for (const file of filesOf(form, 'files')) {
      const res = await uploadToApi(event.locals.token, `/files/records/${id}/attachments`, file);
      if (!res.ok) problems.push(res.message);
    }
    const q = new URLSearchParams({ done: 'created' });
    if (problems.length > 0) q.set('fileErrors', problems.join(' | '));
    redirect(303, `/ket-qua/${id}?${q}`);
  },
};
