import { RecordFieldsSchema } from '@pcmbn/api/client';
import { parseCountCell, parseDateCell } from '@pcmbn/domain';
import { z } from 'zod';

/**
 * The record form (entry and correction): what the officer types, as text — a dd/mm/yyyy date, counts that may
 * carry thousands separators, the reach counts flat — checked first for what only the form knows, then turned into
 * the API's fields and checked with the API's own schema, so both refusals land next to their fields.
 */
const text = z.string().trim();
const required = (error: string) => text.min(1, { error, abort: true });
const count = text.refine((t) => t === '' || parseCountCell(t) !== undefined, {
  error: (issue) => `“${String(issue.input)}” không phải số nguyên không âm.`,
});

const RecordFormFields = z.object({
  activityId: required('Hãy chọn hoạt động của kế hoạch.'),
  date: required('Hãy nhập ngày thực hiện (dd/mm/yyyy).').refine((t) => parseDateCell(t) !== undefined, {
    error: (issue) => `Ngày “${String(issue.input)}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2017.`,
  }),
  areaCode: required('Hãy chọn địa bàn.'),
  quantity: count,
  reachedTotal: count,
  reachedAged14to60: count,
  reachedWomen: count,
  reachedChildren: count,
  note: text,
});
export type RecordFormValues = z.infer<typeof RecordFormFields>;
type ApiFields = z.input<typeof RecordFieldsSchema>;

/** The typed values → the API's input: empty counts and note left out, the date in ISO form. */
export function toApiFields(v: RecordFormValues): ApiFields & { activityId: string; date: string } {
  const n = (t: string) => (t === '' ? undefined : parseCountCell(t));
  const reached = Object.fromEntries(
    Object.entries({
      total: n(v.reachedTotal),
      aged14to60: n(v.reachedAged14to60),
      women: n(v.reachedWomen),
      children: n(v.reachedChildren),
    }).filter(([, c]) => c !== undefined),
  );
  const quantity = n(v.quantity);
  return {
    activityId: v.activityId,
    date: parseDateCell(v.date) ?? '',
    areaCode: v.areaCode,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(Object.keys(reached).length > 0 ? { reached } : {}),
    ...(v.note ? { note: v.note } : {}),
  };
}

/**
 * The form field that shows an API error: nested paths read flat (`reached.total` → `reachedTotal`); what the form
 * has no field for (the activity's `type`) belongs to the activity chosen.
 */
export function formField(path: readonly PropertyKey[]): keyof RecordFormValues {
  const name = path.map((p, i) => (i === 0 ? String(p) : String(p).replace(/^./, (c) => c.toUpperCase()))).join('');
  return name in RecordFormFields.shape ? (name as keyof RecordFormValues) : 'activityId';
}

// The API's schema runs only on values the form's own checks passed (a date it could read, counts that are numbers).
export const RecordFormSchema = RecordFormFields.superRefine(
  (values, ctx) => {
    const checked = RecordFieldsSchema.safeParse(toApiFields(values));
    for (const issue of checked.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', message: issue.message, path: [formField(issue.path)] });
  },
  { when: ({ issues }) => issues.length === 0 },
);
