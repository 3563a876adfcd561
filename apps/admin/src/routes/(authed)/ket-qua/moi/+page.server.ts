import { redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { typeLabel } from '$lib/components/record/labels';
import type { Actions, PageServerLoad } from './$types';
import { distinctTitles } from '@pcmbn/domain';
import { entryAreas, listDate } from '../areas.server';
import { filesOf, uploadToApi } from '../files.server';
import { readRecordForm, recordForm, refuse } from '../record-form.server';
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
      form: null,
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
    form: await recordForm(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireUser(event);
    const posted = await event.request.formData();
    const planId = field(posted, 'planId');
    const read = await readRecordForm(posted, user, async (a) => (await a.plan.get.query({ id: planId })).plan);
    if ('refusal' in read) return read.refusal;
    const { form, fields } = read;
    let id: string;
    try {
      id = (await api().record.create.mutate({ planId, ...fields })).id;
    } catch (cause) {
      const e = formErrors(cause);
      return refuse(form, e.status, e.message, e.fields);
    }
    // The record exists now; a refused file is reported on its page, the record is not lost.
    const problems: string[] = [];
    for (const file of filesOf(posted, 'files')) {
      const res = await uploadToApi(event.locals.token, `/files/records/${id}/attachments`, file);
      if (!res.ok) problems.push(res.message);
    }
    const q = new URLSearchParams({ done: 'created' });
    if (problems.length > 0) q.set('fileErrors', problems.join(' | '));
    redirect(303, `/ket-qua/${id}?${q}`);
  },
};
