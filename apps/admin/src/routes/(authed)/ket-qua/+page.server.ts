import { isAreaCode, parseDateCell, RecordStatusSchema, ActivityTypeSchema, type RecordStatus } from '@pcmbn/domain';
import { fail } from '@sveltejs/kit';
import { api, formErrors, fromApi } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { pickerAreas } from './areas.server';
import { field } from '$lib/form';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const q = event.url.searchParams;
  const text = (k: string) => (q.get(k) ?? '').trim();
  const planId = text('plan');
  const statuses = q.getAll('status').filter((s): s is RecordStatus => RecordStatusSchema.safeParse(s).success);
  const type = ActivityTypeSchema.safeParse(text('type')).data;
  const from = text('from') ? parseDateCell(text('from')) : undefined;
  const to = text('to') ? parseDateCell(text('to')) : undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(text('page'), 10) || 1));
  const area = isAreaCode(text('area')) ? text('area') : undefined;
  const filterErrors: Record<string, string> = {};
  if (text('from') && !from) filterErrors.from = 'Ngày không hợp lệ; ghi dd/mm/yyyy';
  if (text('to') && !to) filterErrors.to = 'Ngày không hợp lệ; ghi dd/mm/yyyy';

  const plans = await fromApi((a) => a.plan.list.query({}));
  const selectedPlan = plans.find((p) => p.id === planId);
  const [result, areas] = await Promise.all([
    fromApi((a) =>
      a.record.list.query({
        page,
        pageSize: PAGE_SIZE,
        ...(selectedPlan ? { planId: selectedPlan.id } : {}),
        ...(statuses.length > 0 ? { status: statuses } : {}),
        ...(type ? { type } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(area ? { areaCode: area } : {}),
        ...(q.get('mine') === '1' ? { createdByMe: true } : {}),
        ...(/^[0-9a-f-]{36}$/.test(text('import')) ? { importId: text('import') } : {}),
      }),
    ),
    selectedPlan
      ? fromApi(async (a) =>
          pickerAreas(a, (await a.plan.get.query({ id: selectedPlan.id })).plan, user, ['district', 'commune']),
        )
      : Promise.resolve([]),
  ]);
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    areas,
    filters: {
      plan: selectedPlan?.id ?? '',
      statuses,
      type: type ?? '',
      from: text('from'),
      to: text('to'),
      area: area ?? '',
      mine: q.get('mine') === '1',
    },
    filterErrors,
    result,
    pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
    done: text('done'),
  };
};

const BULK = { submit: 'submitMany', approve: 'approveMany', reject: 'rejectMany' } as const;
const DONE = { submit: 'Đã gửi duyệt', approve: 'Đã duyệt', reject: 'Đã trả lại' } as const;

export const actions: Actions = {
  /** Bulk submit/approve/reject of the ticked rows: all or nothing (the API refuses the lot on any problem). */
  bulk: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const intent = field(form, 'intent') as keyof typeof BULK;
    if (!(intent in BULK)) return fail(400, { bulkError: 'Thao tác không hợp lệ.' });
    const items = form
      .getAll('sel')
      .map(String)
      .map((s) => {
        const [id, version] = s.split(':');
        return { id: id ?? '', version: Number(version) };
      });
    if (items.length === 0) return fail(400, { bulkError: 'Chưa chọn kết quả nào. Hãy đánh dấu các dòng cần xử lý.' });
    const reason = field(form, 'reason').trim();
    if (intent === 'reject' && reason.length < 3) {
      return fail(400, {
        bulkError: 'Cần ghi lý do trả lại (ít nhất 3 ký tự).',
        reasonError: 'Cần ghi lý do trả lại (ít nhất 3 ký tự).',
      });
    }
    try {
      const client = api();
      const res =
        intent === 'reject'
          ? await client.record.rejectMany.mutate({ items, reason })
          : await client.record[BULK[intent]].mutate({ items });
      return { bulkDone: `${DONE[intent]} ${res.items.length} kết quả.` };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { bulkError: e.message });
    }
  },
};
