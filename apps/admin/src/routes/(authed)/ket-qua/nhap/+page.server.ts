import { RECORD_IMPORT_COLUMNS } from '@pcmbn/domain';
import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { filesOf, uploadToApi } from '../files.server';
import { field } from '$lib/form';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const plans = await fromApi((a) => a.plan.list.query({}));
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    columns: RECORD_IMPORT_COLUMNS.map((c) => ({ vi: c.vi, hint: c.hint.vi, example: c.example })),
  };
};

/** A refused step: the plan chosen and one message per field (one shape, so the page reads `fields` alike). */
const refuse = (status: number, planId: string, fields: Record<string, string>) => fail(status, { planId, fields });

export const actions: Actions = {
  /** Upload → parse on the API → preview with row errors; nothing is stored yet. */
  preview: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const planId = field(form, 'planId');
    const [file] = filesOf(form, 'file');
    if (!planId) return refuse(400, planId, { planId: 'Hãy chọn kế hoạch.' });
    if (!file) return refuse(400, planId, { file: 'Hãy chọn tệp CSV hoặc XLSX.' });
    const up = await uploadToApi(event.locals.token, '/files/imports', file);
    if (!up.ok) return refuse(400, planId, { file: up.message });
    const uploadId = (up.body as { uploadId: string }).uploadId;
    try {
      const result = await api().record.import.mutate({ planId, uploadId, dryRun: true });
      return { planId, uploadId, result };
    } catch (cause) {
      const e = formErrors(cause);
      return refuse(e.status, planId, { file: e.fields['uploadId'] ?? e.message });
    }
  },
  /** Insert every row or none. */
  confirm: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const planId = field(form, 'planId');
    const uploadId = field(form, 'uploadId');
    let done;
    try {
      done = await api().record.import.mutate({ planId, uploadId, dryRun: false });
    } catch (cause) {
      const e = formErrors(cause);
      return refuse(e.status, planId, { file: e.message });
    }
    const q = new URLSearchParams({
      import: done.importId ?? '',
      done: `Đã nhập ${done.inserted} kết quả từ tệp “${done.fileName}” (trạng thái Nháp).`,
    });
    redirect(303, `/ket-qua?${q}`);
  },
};
