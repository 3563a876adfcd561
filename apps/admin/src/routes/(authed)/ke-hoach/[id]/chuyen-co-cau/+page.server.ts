import { api, formErrors, fromApi } from '$lib/server/api';
import { field } from '$lib/form';
import { readDateInput } from '$lib/components/ui/date-input';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** The 01/07/2025 two-level structure (Nghị quyết 202/2025/QH15): the default target of a carry. */
const STRUCTURE = '2025-07-01';

export const load: PageServerLoad = async ({ params, url }) => {
  // dd/mm/yyyy typed in the field, yyyy-mm-dd from a link; a text that is no day is refused beside the field, kept.
  const requested = (url.searchParams.get('tu') ?? '').trim();
  const { day, error: typedError } = readDateInput(requested);
  const fromError = typedError ?? null;
  const from = day ?? STRUCTURE;
  const fromText = fromError ? requested : from;
  const got = await fromApi((a) => a.plan.get.query({ id: params.id }));
  if (!got.access.write) redirect(303, `/ke-hoach/${params.id}`);
  try {
    const preview = await api().plan.carryPreview.query({ id: params.id, from, structure: STRUCTURE });
    return { plan: got.plan, from, fromText, fromError, preview, previewError: null };
  } catch (cause) {
    const e = formErrors(cause);
    if (e.status >= 500) throw cause;
    return { plan: got.plan, from, fromText, fromError, preview: null, previewError: e.message };
  }
};

export const actions: Actions = {
  carry: async ({ request, params }) => {
    const form = await request.formData();
    const from = field(form, 'from');
    const version = Number(field(form, 'version'));
    const decisions: Record<string, string[]> = {};
    const fields: Record<string, string> = {};
    for (const code of form.getAll('undecided')) {
      if (typeof code !== 'string') continue;
      const choice = field(form, `decision-${code}`);
      if (choice === '') fields[`decisions.${code}`] = 'Chọn đơn vị mới (hoặc “Không thuộc đơn vị nào”).';
      else if (choice === 'none') decisions[code] = [];
      else if (choice === 'all') decisions[code] = field(form, `successors-${code}`).split(' ').filter(Boolean);
      else decisions[code] = [choice];
    }
    if (Object.keys(fields).length > 0)
      return fail(400, { message: 'Còn đơn vị chưa được quyết định; xem các ô được đánh dấu.', fields });
    try {
      await api().plan.carry.mutate({ id: params.id, version, from, structure: STRUCTURE, decisions });
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { message: e.message, fields: e.fields });
    }
    redirect(303, `/ke-hoach/${params.id}?carried=1`);
  },
};
