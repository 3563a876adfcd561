import type { Plan } from '@pcmbn/domain';
import { fail, redirect, type Action } from '@sveltejs/kit';
import { apiErrorData, formErrors, fromApi } from '$lib/server/api';
import { cleanPlan } from './editor/document';
import { overlayFields } from './editor/form-data';
import { applyRowOp } from './editor/rows';
import { field } from '$lib/form';

/** Agencies offered in the plan editor: those of the plan's province (and national bodies) in force on its issue date. */
export async function editorOptions(plan: Pick<Plan, 'provinceCode' | 'issuedOn'>) {
  const agencies = await fromApi((a) => a.agency.list.query({ asOf: plan.issuedOn }));
  return {
    agencies: agencies
      .filter((a) => a.provinceCode === undefined || a.provinceCode === plan.provinceCode)
      .map((a) => ({ value: a.id, label: a.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  };
}

type Posted = { ok: true; document: unknown; draft?: Plan; reshaped: string[] } | { ok: false; message: string };

/**
 * With JavaScript the editor posts the whole document as JSON ('document'). Without it, the fields come as a plain
 * form over the draft the page was rendered from ('base'); `draft` is then what to show again if the save is
 * refused. The API validates either.
 */
function readPlan(form: FormData): Posted {
  try {
    const document = form.get('document');
    if (typeof document === 'string') return { ok: true, document: JSON.parse(document), reshaped: [] };
    const { draft, reshaped } = overlayFields(JSON.parse(field(form, 'base')) as Plan, form);
    return { ok: true, document: cleanPlan(draft), draft, reshaped };
  } catch {
    return { ok: false, message: 'Không đọc được nội dung kế hoạch gửi lên; hãy tải lại trang và thử lại.' };
  }
}

const refusal = (message: string, draft?: Plan, fields: Record<string, string> = {}, conflict = false) => ({
  message,
  fields,
  conflict,
  draft,
});

/**
 * The editor's form actions: `save` stores the plan through `store` (which answers where to go next), `row` adds or
 * removes a row of the draft without JavaScript and shows it again, unsaved. Their return types are inferred
 * (`satisfies`, not a return type of Action), so that the pages' `form` knows the draft is a Plan.
 */
export function editorActions(
  store: (document: never, form: FormData, params: Partial<Record<string, string>>) => Promise<string>,
  refused: string,
) {
  return {
    save: async ({ request, params }) => {
      const form = await request.formData();
      const posted = readPlan(form);
      if (!posted.ok) return fail(400, refusal(posted.message));
      if (posted.reshaped.length > 0) {
        const what = posted.reshaped.join(', ');
        return fail(
          400,
          refusal(`Chưa lưu: ${what} đã đổi cách đo hoặc cách tính hạn; hãy điền các ô mới rồi lưu lại.`, posted.draft),
        );
      }
      let next: string;
      try {
        next = await store(posted.document as never, form, params);
      } catch (cause) {
        const e = formErrors(cause);
        const conflict = apiErrorData(cause)?.appCode === 'PLAN_VERSION_CONFLICT';
        return fail(
          e.status,
          refusal(conflict ? e.message : `${refused}: ${e.message}`, posted.draft, e.fields, conflict),
        );
      }
      redirect(303, next);
    },
    row: async ({ request }) => {
      const form = await request.formData();
      const posted = readPlan(form);
      if (!posted.ok || !posted.draft || !applyRowOp(posted.draft, field(form, 'row'))) {
        return fail(400, refusal(posted.ok ? 'Không rõ dòng cần thêm hoặc xóa; hãy tải lại trang.' : posted.message));
      }
      return refusal('', posted.draft);
    },
  } satisfies { save: Action; row: Action };
}
