import { api, apiErrorData, formErrors, fromApi } from '$lib/server/api';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

export const load: PageServerLoad = async ({ params }) => {
  const { item, versions } = await fromApi((a) => a.content.get.query({ id: params.id }));
  const preview = await fromApi((a) => a.content.preview.query({ body: item.body }));
  return { item, versions, preview: preview.html };
};

function fieldsFrom(form: FormData) {
  const category = field(form, 'category').trim();
  const summary = field(form, 'summary').trim();
  const tags = field(form, 'tags')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    title: field(form, 'title').trim(),
    summary: summary || null,
    body: field(form, 'body'),
    category: category || null,
    tags,
    reviewNeeded: form.get('reviewNeeded') === 'on',
  };
}

const ref = (form: FormData, id: string) => ({ id, version: Number(form.get('version')) });

/** A stale version keeps what the officer typed and says what happened (issue 5: version conflict handling). */
function failed(cause: unknown, values?: ReturnType<typeof fieldsFrom>) {
  const e = formErrors(cause);
  const conflict = apiErrorData(cause)?.appCode === 'VERSION_CONFLICT';
  return fail(e.status, { message: e.message, fields: e.fields, conflict, ...(values ? { values } : {}) });
}

export const actions: Actions = {
  save: async ({ request, params }) => {
    const form = await request.formData();
    const values = fieldsFrom(form);
    try {
      await api().content.update.mutate({ ...ref(form, params.id), ...values });
    } catch (cause) {
      return failed(cause, values);
    }
    return { done: 'Đã lưu.' };
  },
  publish: async ({ request, params }) => {
    const form = await request.formData();
    try {
      const { releaseVersion } = await api().content.publish.mutate(ref(form, params.id));
      return { done: `Đã xuất bản. Phiên bản nội dung kiosk: ${releaseVersion}.` };
    } catch (cause) {
      return failed(cause);
    }
  },
  unpublish: async ({ request, params }) => {
    const form = await request.formData();
    try {
      await api().content.unpublish.mutate(ref(form, params.id));
      return { done: 'Đã gỡ xuất bản; nội dung trở về bản nháp.' };
    } catch (cause) {
      return failed(cause);
    }
  },
  delete: async ({ request, params }) => {
    const form = await request.formData();
    try {
      await api().content.delete.mutate(ref(form, params.id));
    } catch (cause) {
      return failed(cause);
    }
    redirect(303, '/noi-dung');
  },
  addVersion: async ({ request, params }) => {
    const form = await request.formData();
    const lang = field(form, 'lang') as 'en';
    let id: string;
    try {
      const { item } = await api().content.get.query({ id: params.id });
      const created = await api().content.create.mutate({
        slug: item.slug,
        lang,
        kind: item.kind as 'article',
        title: item.title,
        summary: item.summary,
        body: item.body,
        category: item.category,
        tags: item.tags,
        provinceCode: item.provinceCode,
      });
      id = created.id;
    } catch (cause) {
      return failed(cause);
    }
    redirect(303, `/noi-dung/${id}`);
  },
};
