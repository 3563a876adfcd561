import { RECORD_IMPORT_COLUMNS } from '@pcmbn/domain';
import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { filesOf, uploadToApi } from '../files.server';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const plans = await fromApi((a) => a.plan.list.query({}));
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    columns: RECORD_IMPORT_COLUMNS.map((c) => ({ vi: c.vi, hint: c.hint.vi, example: c.example })),
  };
};

export const actions: Actions = {
  /** Upload → parse on the API → preview with row errors; nothing is stored yet. */
  preview: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const planId = String(form.get('planId') ?? '');
    const [file] = filesOf(form, 'file');
    if (!planId) return fail(400, { planId, fields: { planId: 'Hãy chọn kế hoạch.' } as Record<string, string> });
    if (!file) return fail(400, { planId, fields: { file: 'Hãy chọn tệp CSV hoặc XLSX.' } as Record<string, string> });
    const up = await uploadToApi(event.locals.token, '/files/imports', file);
    if (!up.ok) return fail(400, { planId, fields: { file: up.message } as Record<string, string> });
    const uploadId = (up.body as { uploadId: string }).uploadId;
    try {
      const result = await api().record.import.mutate({ planId, uploadId, dryRun: true });
      return { planId, uploadId, result };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { planId, fields: { file: e.fields['uploadId'] ?? e.message } as Record<string, string> });
    }
  },
  /** Insert every row or none. */
  confirm: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const planId = String(form.get('planId') ?? '');
    const uploadId = String(form.get('uploadId') ?? '');
    let done;
    try {
      done = await api().record.import.mutate({ planId, uploadId, dryRun: false });
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { planId, fields: { file: e.message } as Record<string, string> });
    }
    const q = new URLSearchParams({
      import: done.importId ?? '',
      done: `Đã nhập ${done.inserted} kết quả từ tệp “${done.fileName}” (trạng thái Nháp).`,
    });
    redirect(303, `/ket-qua?${q}`);
  },
};
