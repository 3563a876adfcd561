import { api, formErrors, fromApi } from '$lib/server/api';
import { field } from '$lib/form';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/**
 * The hotline desk's inbox (issue 16 item 6): messages people wrote on the public site's "Nhắn tin xin giúp đỡ", newest
 * first. Who sees which province is the API's rule (packages/api/src/help/desk.ts); every read is audited there.
 * Nothing of it may be kept by a browser or a proxy.
 */
const STATUSES = ['all', 'open', 'handled'] as const;
type Status = (typeof STATUSES)[number];

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
  const asked = url.searchParams.get('trang-thai');
  const status: Status = (STATUSES as readonly string[]).includes(asked ?? '') ? (asked as Status) : 'all';
  const { requests } = await fromApi((a) => a.help.list.query({ status }));
  return { status, requests };
};

export const actions: Actions = {
  handle: async ({ request, setHeaders }) => {
    setHeaders({ 'cache-control': 'private, no-store' });
    const form = await request.formData();
    const id = field(form, 'id');
    const note = field(form, 'note');
    try {
      await api().help.handle.mutate({ id, note });
      return { handled: id };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { id, note, message: e.fields['note'] ?? e.message });
    }
  },
};
