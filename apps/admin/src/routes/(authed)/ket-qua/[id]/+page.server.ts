import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { filesOf, uploadToApi } from '../files.server';
import { field } from '$lib/form';

const DONE: Record<string, string> = {
  created: 'Đã lưu kết quả ở trạng thái Nháp.',
  updated: 'Đã lưu thay đổi.',
  submit: 'Đã gửi kết quả để duyệt.',
  approve: 'Đã duyệt kết quả.',
  reject: 'Đã trả lại kết quả cho người nhập.',
  attach: 'Đã đính kèm tệp.',
  detach: 'Đã gỡ tệp đính kèm.',
};

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const record = await fromApi((a) => a.record.get.query({ id: event.params.id }));
  const done = event.url.searchParams.get('done') ?? '';
  return { record, done: DONE[done] ?? '', fileErrors: event.url.searchParams.get('fileErrors') ?? '' };
};

function ref(form: FormData, id: string) {
  return { id, version: Number(form.get('version')) };
}

async function act(run: () => Promise<unknown>, id: string, done: string) {
  try {
    await run();
  } catch (cause) {
    const e = formErrors(cause);
    return fail(e.status, { message: e.message, fields: e.fields });
  }
  redirect(303, `/ket-qua/${id}?done=${done}`);
}

export const actions: Actions = {
  submit: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    return act(() => api().record.submit.mutate(ref(form, event.params.id)), event.params.id, 'submit');
  },
  approve: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    return act(() => api().record.approve.mutate(ref(form, event.params.id)), event.params.id, 'approve');
  },
  reject: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const reason = field(form, 'reason').trim();
    if (reason.length < 3)
      return fail(400, {
        message: 'Cần ghi lý do trả lại.',
        fields: { reason: 'Cần ghi lý do trả lại (ít nhất 3 ký tự).' },
      });
    return act(() => api().record.reject.mutate({ ...ref(form, event.params.id), reason }), event.params.id, 'reject');
  },
  delete: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    try {
      await api().record.delete.mutate(ref(form, event.params.id));
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: e.message, fields: e.fields });
    }
    redirect(303, '/ket-qua?done=' + encodeURIComponent('Đã xóa kết quả nháp.'));
  },
  attach: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const files = filesOf(form, 'files');
    if (files.length === 0)
      return fail(400, { message: 'Chưa chọn tệp.', fields: { files: 'Hãy chọn ít nhất một tệp.' } });
    const problems: string[] = [];
    for (const file of files) {
      const res = await uploadToApi(event.locals.token, `/files/records/${event.params.id}/attachments`, file);
      if (!res.ok) problems.push(res.message);
    }
    if (problems.length > 0) return fail(400, { message: problems.join(' '), fields: { files: problems.join(' ') } });
    redirect(303, `/ket-qua/${event.params.id}?done=attach`);
  },
  detach: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    return act(
      () => api().record.attachmentDelete.mutate({ id: field(form, 'attachmentId') }),
      event.params.id,
      'detach',
    );
  },
};
