import type { FieldPlan, QueuedRecord } from './store';

/** The entry form's values as typed (strings), and their reading into a queued record's fields. */
export interface FormValues {
  planId: string;
  activityId: string;
  areaCode: string;
  date: string;
  quantity: string;
  total: string;
  women: string;
  note: string;
  confirmDuplicate: boolean;
}

export const emptyForm = (plan?: FieldPlan): FormValues => ({
  planId: plan?.id ?? '',
  activityId: '',
  areaCode: '',
  date: '',
  quantity: '',
  total: '',
  women: '',
  note: '',
  confirmDuplicate: false,
});

/** dd/mm/yyyy → yyyy-mm-dd, or null. */
export function parseDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const formatDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const count = (text: string): number | undefined | null => {
  if (text.trim() === '') return undefined;
  const n = Number(text.replace(/\./g, ''));
  return Number.isInteger(n) && n >= 0 ? n : null;
};

type Fields = Pick<
  QueuedRecord,
  'planId' | 'activityId' | 'areaCode' | 'date' | 'quantity' | 'total' | 'women' | 'note'
>;

/**
 * The record, or the errors by field. Checked offline as far as the device knows (the plan's and the activity's
 * periods, the numbers); the server checks everything again with the plan as it is then (domain offline-sync rule 3).
 */
export function readForm(
  v: FormValues,
  plans: FieldPlan[],
  today: string,
): { fields?: Fields; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const plan = plans.find((p) => p.id === v.planId);
  const activity = plan?.activities.find((a) => a.id === v.activityId);
  if (!plan) errors.planId = 'Chọn kế hoạch';
  if (!activity) errors.activityId = 'Chọn hoạt động';
  if (!plan?.communes.some((c) => c.code === v.areaCode)) errors.areaCode = 'Chọn xã, phường, thị trấn';
  const date = parseDate(v.date);
  if (!date) errors.date = 'Ngày phải có dạng ngày/tháng/năm, ví dụ 05/12/2026';
  else if (date > today) errors.date = `Ngày ${formatDate(date)} chưa đến`;
  else if (activity && (date < activity.from || date > activity.to))
    errors.date = `Ngày ${formatDate(date)} nằm ngoài thời gian của hoạt động (${formatDate(activity.from)} – ${formatDate(activity.to)})`;
  const quantity = count(v.quantity);
  const total = count(v.total);
  const women = count(v.women);
  if (quantity === null) errors.quantity = 'Phải là số nguyên không âm';
  if (total === null) errors.total = 'Phải là số nguyên không âm';
  if (women === null) errors.women = 'Phải là số nguyên không âm';
  else if (women !== undefined && typeof total === 'number' && women > total)
    errors.women = 'Số phụ nữ lớn hơn tổng số người';
  if (v.note.length > 1000) errors.note = 'Ghi chú tối đa 1.000 ký tự';
  if (Object.keys(errors).length > 0 || !date || quantity === null || total === null || women === null)
    return { errors };
  return {
    errors,
    fields: {
      planId: v.planId,
      activityId: v.activityId,
      areaCode: v.areaCode,
      date,
      quantity,
      total,
      women,
      note: v.note.trim(),
    },
  };
}

export function formOf(item: QueuedRecord): FormValues {
  const n = (x: number | undefined) => (x === undefined ? '' : String(x));
  return {
    planId: item.planId,
    activityId: item.activityId,
    areaCode: item.areaCode,
    date: formatDate(item.date),
    quantity: n(item.quantity),
    total: n(item.total),
    women: n(item.women),
    note: item.note,
    confirmDuplicate: item.confirmDuplicate,
  };
}
