import { parseCountCell, parseDateCell } from '@pcmbn/domain';
import { field } from '$lib/form';

/** The entry form's fields → the API's record fields; errors by field name, Vietnamese. */
export interface RecordFormValues {
  activityId: string;
  date: string;
  areaCode: string;
  quantity: string;
  reachedTotal: string;
  reachedAged14to60: string;
  reachedWomen: string;
  reachedChildren: string;
  note: string;
}

export const EMPTY_FORM: RecordFormValues = {
  activityId: '',
  date: '',
  areaCode: '',
  quantity: '',
  reachedTotal: '',
  reachedAged14to60: '',
  reachedWomen: '',
  reachedChildren: '',
  note: '',
};

/** API field paths → form field names. */
export const FIELD_OF: Record<string, keyof RecordFormValues> = {
  activityId: 'activityId',
  type: 'activityId',
  date: 'date',
  areaCode: 'areaCode',
  quantity: 'quantity',
  'reached.total': 'reachedTotal',
  'reached.aged14to60': 'reachedAged14to60',
  'reached.women': 'reachedWomen',
  'reached.children': 'reachedChildren',
  note: 'note',
};

export function readRecordForm(form: FormData) {
  const values = Object.fromEntries(
    Object.keys(EMPTY_FORM).map((k) => [k, field(form, k).trim()]),
  ) as unknown as RecordFormValues;
  const errors: Partial<Record<keyof RecordFormValues, string>> = {};
  if (!values.activityId) errors.activityId = 'Hãy chọn hoạt động của kế hoạch.';
  const date = values.date ? parseDateCell(values.date) : undefined;
  if (!values.date) errors.date = 'Hãy nhập ngày thực hiện (dd/mm/yyyy).';
  else if (!date) errors.date = `Ngày “${values.date}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2017.`;
  if (!values.areaCode) errors.areaCode = 'Hãy chọn địa bàn.';
  const count = (key: keyof RecordFormValues): number | undefined => {
    if (!values[key]) return undefined;
    const n = parseCountCell(values[key]);
    if (n === undefined) errors[key] = `“${values[key]}” không phải số nguyên không âm.`;
    return n;
  };
  const quantity = count('quantity');
  const reached = {
    total: count('reachedTotal'),
    aged14to60: count('reachedAged14to60'),
    women: count('reachedWomen'),
    children: count('reachedChildren'),
  };
  const reachedClean = Object.fromEntries(Object.entries(reached).filter(([, v]) => v !== undefined)) as Record<
    string,
    number
  >;
  const fields = {
    activityId: values.activityId,
    date: date ?? '',
    areaCode: values.areaCode,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(Object.keys(reachedClean).length > 0 ? { reached: reachedClean } : {}),
    ...(values.note ? { note: values.note } : {}),
  };
  return { values, errors, fields };
}
