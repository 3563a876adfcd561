/** The record form through superforms: the schema (./record-form) checks what was posted; a refusal goes back with it. */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { entryStructureMismatch, type Plan } from '@pcmbn/domain';
import { superValidate, type SuperValidated } from 'sveltekit-superforms/server';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { PickerArea } from '$lib/components/record/labels';
import { field } from '$lib/form';
import { fromApi, type ApiClient } from '$lib/server/api';
import { entryAreas } from './areas.server';
import { formField, RecordFormSchema, toApiFields, type RecordFormValues } from './record-form';

const adapter = zod4(RecordFormSchema);

export type RecordForm = SuperValidated<RecordFormValues, string>;
const FORM_HAS_ERRORS = 'Biểu mẫu còn lỗi; xem thông báo bên cạnh từng trường.';

/** The form to show: empty, or a record's values (no errors before anything was sent). */
export function recordForm(values?: RecordFormValues): Promise<RecordForm> {
  return values ? superValidate(values, adapter, { errors: false }) : superValidate(adapter);
}

/**
 * The posted form, checked, then against the list its area was picked from: a carried plan's date in the other
 * structure sends that date's list back, the area to choose again (codes are reused across structures). The API's
 * fields, or the refusal to return. A file posted under a text field's name reads as nothing typed (never echoed).
 */
export async function readRecordForm(
  posted: FormData,
  user: Parameters<typeof entryAreas>[2],
  planOf: (api: ApiClient) => Promise<Plan>,
): Promise<{ form: RecordForm; fields: ReturnType<typeof toApiFields> } | { refusal: ActionFailure<RecordRefusal> }> {
  const form: RecordForm = await superValidate(posted, adapter, { allowFiles: false });
  if (!form.valid) return { refusal: refuse(form, 400, FORM_HAS_ERRORS) };
  const fields = toApiFields(form.data);
  const listed = field(posted, 'areaStructure');
  if (listed) {
    const plan = await fromApi(planOf);
    const mismatch = entryStructureMismatch(plan, fields.date, listed);
    if (mismatch) {
      const list = await fromApi((a) => entryAreas(a, plan, user, fields.date));
      form.data.areaCode = '';
      return { refusal: refuse(form, 400, mismatch.vi, { areaCode: mismatch.vi }, list) };
    }
  }
  return { form, fields };
}

/** What a refused save sends back; `list` when the date needs the other structure's areas. */
export interface RecordRefusal {
  form: RecordForm;
  areas?: PickerArea[];
  structure?: string;
}

/**
 * A refused save, shown again with what was typed: a message for the whole form and, by the API's field paths,
 * one next to each field (the first per field).
 */
export function refuse(
  form: RecordForm,
  status: number,
  message: string,
  errors: Record<string, string> = {},
  list?: { structure: string; areas: PickerArea[] },
) {
  form.valid = false;
  form.message = message;
  for (const [path, msg] of Object.entries(errors)) form.errors[formField(path.split('.'))] ??= [msg];
  return fail<RecordRefusal>(status, { form, ...list });
}
