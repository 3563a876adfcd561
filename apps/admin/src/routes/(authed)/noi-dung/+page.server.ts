import { LANGUAGES } from '@pcmbn/domain';
import { api, formErrors, fromApi } from '$lib/server/api';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

const KINDS = ['article', 'event', 'quiz', 'hotline_page', 'media'] as const;
const STATUSES = ['draft', 'published'] as const;
const pick = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  (list as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export const load: PageServerLoad = async ({ url }) => {
  const filter = {
    kind: pick(KINDS, url.searchParams.get('loai')),
    lang: pick(LANGUAGES, url.searchParams.get('ngon-ngu')),
    status: pick(STATUSES, url.searchParams.get('trang-thai')),
  };
  const items = await fromApi((a) =>
    a.content.list.query({
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.lang ? { lang: filter.lang } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    }),
  );
  const release = await fromApi((a) => a.content.release.query());
  return { filter, items, release, kinds: KINDS, langs: LANGUAGES };
};

export const actions: Actions = {
  create: async ({ request }) => {
    const form = await request.formData();
    const values = {
      slug: field(form, 'slug').trim(),
      lang: field(form, 'lang', 'vi') as 'vi',
      kind: field(form, 'kind', 'article') as 'article',
      title: field(form, 'title').trim(),
      body: '',
    };
    let id: string;
    try {
      id = (await api().content.create.mutate(values)).id;
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: e.message, fields: e.fields, values });
    }
    redirect(303, `/noi-dung/${id}`);
  },
};
