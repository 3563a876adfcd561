import { formatDateVi, formatPeriodVi, parseDateCell } from '@pcmbn/domain';
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
  const date = parseDateCell(v.date);
  if (!date) errors.date = 'Ngày phải có dạng ngày/tháng/năm, ví dụ 05/12/2026';
  else if (date > today) errors.date = `Ngày ${formatDateVi(date)} chưa đến`;
  else if (activity && (date < activity.from || date > activity.to))
    errors.date = `Ngày ${formatDateVi(date)} nằm ngoài thời gian của hoạt động (${formatPeriodVi(activity)})`;
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
    date: formatDateVi(item.date),
    quantity: n(item.quantity),
    total: n(item.total),
    women: n(item.women),
    note: item.note,
    confirmDuplicate: item.confirmDuplicate,
  };
}
