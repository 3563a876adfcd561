import { AREA_TAG_LABELS, KNOWN_AREA_TAGS, TargetSchema, type Plan } from '@pcmbn/domain';
import { fail, redirect, type Action } from '@sveltejs/kit';
import { api, apiErrorData, formErrors, fromApi } from '$lib/server/api';
import { cleanPlan } from './editor/document';
import { monthDayErrors, overlayFields } from './editor/form-data';
import { applyRowOp } from './editor/rows';
import { field } from '$lib/form';
import { todayInHoChiMinh } from '@pcmbn/domain';

/**
 * Choices offered in the plan editor, all by name: agencies of the plan's province (and national bodies) in force
 * on its issue date; the province's districts and communes in the plan's structure (a commune named with its
 * district, the province itself first); the area tags the domain knows and those the province's units carry.
 */
export async function editorOptions(plan: Pick<Plan, 'provinceCode' | 'issuedOn' | 'areaStructure'>) {
  const [agencies, areas] = await Promise.all([
    fromApi((a) => a.agency.list.query({ asOf: plan.issuedOn })),
    plan.provinceCode
      ? fromApi((a) =>
          a.area.list.query({
            provinceCode: plan.provinceCode,
            ...(plan.areaStructure ? { structure: plan.areaStructure } : {}),
          }),
        )
      : Promise.resolve([]),
  ]);
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const tags = new Set<string>([...KNOWN_AREA_TAGS, ...areas.flatMap((a) => a.tags ?? [])]);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'vi');
  return {
    agencies: agencies
      .filter((a) => a.provinceCode === undefined || a.provinceCode === plan.provinceCode)
      .map((a) => ({ value: a.id, label: a.name }))
      .sort(byName),
    areas: areas.map((a) => ({
      value: a.code,
      label:
        a.parentCode && names.has(a.parentCode) && a.level === 'commune'
          ? `${a.name} (${names.get(a.parentCode)})`
          : a.name,
    })),
    districts: areas.filter((a) => a.level === 'district').map((a) => ({ value: a.code, label: a.name })),
    tags: [...tags].map((t) => ({ value: t, label: AREA_TAG_LABELS[t] ?? t })).sort(byName),
  };
}

/** The evaluation shown beside each stored target on the targets step (the preview without JavaScript). */
export async function savedPreviews(plan: Plan) {
  const asOf = todayInHoChiMinh() < plan.period.to ? todayInHoChiMinh() : plan.period.to;
  const status = await fromApi((a) => a.plan.status.query({ id: plan.id, asOf }));
  return Object.fromEntries(
    status.results.map((r) => [r.targetId, { status: r.status, explanation: r.explanation, asOf: status.asOf }]),
  );
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

/** monthDayErrors of a posted document, whatever its shape (the API names anything else wrong with it). */
function monthDayErrorsOf(document: unknown): Record<string, string> {
  const d = document as Partial<Plan> | null;
  if (!d || !Array.isArray(d.targets) || !Array.isArray(d.observances)) return {};
  return monthDayErrors(d as Plan);
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
      // Days of the year are typed dd/mm: one that is no day is refused here, in the officers' words, beside its field.
      const days = monthDayErrorsOf(posted.document);
      if (Object.keys(days).length > 0) {
        return fail(400, refusal(`${refused}: có ngày trong năm chưa đúng (nhập ngày/tháng).`, posted.draft, days));
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
    /** The live preview of one target as typed (TargetPreview, with JavaScript); nothing is saved. */
    preview: async ({ request, params }) => {
      const form = await request.formData();
      let target;
      try {
        target = TargetSchema.safeParse(JSON.parse(field(form, 'target')));
      } catch {
        return fail(400, { message: 'Không đọc được chỉ tiêu.' });
      }
      if (!target.success) return fail(400, { message: 'Chỉ tiêu chưa đủ thông tin để đánh giá thử.' });
      if (!params.id) return fail(400, { message: 'Đánh giá thử có sau khi lưu bước đầu tiên.' });
      const { period } = (await fromApi((a) => a.plan.get.query({ id: params.id! }))).plan;
      const today = todayInHoChiMinh();
      try {
        const r = await api().plan.previewTarget.query({
          id: params.id,
          target: target.data,
          asOf: today < period.to ? today : period.to,
        });
        return { preview: { status: r.status, explanation: r.explanation, asOf: r.asOf } };
      } catch (cause) {
        return fail(400, { message: `Chưa đánh giá thử được: ${formErrors(cause).message}` });
      }
    },
  } satisfies { save: Action; row: Action; preview: Action };
}
