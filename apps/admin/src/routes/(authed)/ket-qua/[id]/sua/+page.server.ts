import { error, redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { formatDateVi as formatDate } from '@pcmbn/domain';
import { typeLabel } from '$lib/components/record/labels';
import type { Actions, PageServerLoad } from './$types';
import { distinctTitles } from '@pcmbn/domain';
import { field } from '$lib/form';
import { entryAreas } from '../../areas.server';
import { readRecordForm, recordForm, refuse } from '../../record-form.server';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const record = await fromApi((a) => a.record.get.query({ id: event.params.id }));
  if (!record.can.edit)
    error(403, { message: 'Chỉ người có quyền mới sửa được kết quả ở trạng thái “Nháp” hoặc “Bị trả lại”.' });
  const { plan } = await fromApi((a) => a.plan.get.query({ id: record.planId }));
  // The record's own date decides the list (a carried plan's new units from the carry date on).
  const { structure, areas } = await fromApi((a) => entryAreas(a, plan, user, record.date));
  const str = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    record: {
      id: record.id,
      version: record.version,
      status: record.status,
      reason: record.reason,
      date: record.date,
      areaName: record.areaName,
    },
    activities: plan.activities.map((a) => ({
      id: a.id,
      title: distinctTitles(plan.activities).get(a.id) ?? a.title,
      typeLabel: typeLabel(a.type),
    })),
    areas,
    structure,
    form: await recordForm({
      activityId: record.activityId ?? '',
      date: formatDate(record.date),
      areaCode: record.areaCode,
      quantity: str(record.quantity),
      reachedTotal: str(record.reached?.total),
      reachedAged14to60: str(record.reached?.aged14to60),
      reachedWomen: str(record.reached?.women),
      reachedChildren: str(record.reached?.children),
      note: record.note ?? '',
    }),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireUser(event);
    const posted = await event.request.formData();
    const read = await readRecordForm(posted, user, async (a) => {
      const record = await a.record.get.query({ id: event.params.id });
      return (await a.plan.get.query({ id: record.planId })).plan;
    });
    if ('refusal' in read) return read.refusal;
    const { form, fields } = read;
    try {
      await api().record.update.mutate({ id: event.params.id, version: Number(field(posted, 'version')), ...fields });
    } catch (cause) {
      const e = formErrors(cause);
      return refuse(form, e.status, e.message, e.fields);
    }
    redirect(303, `/ket-qua/${event.params.id}?done=updated`);
  },
};
