/** The record form through superforms: the schema (./record-form) checks what was posted; a refusal goes back with it. */
import { fail } from '@sveltejs/kit';
import { superValidate, type SuperValidated } from 'sveltekit-superforms/server';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { PickerArea } from '$lib/components/record/labels';
import { formField, RecordFormSchema, type RecordFormValues } from './record-form';

const adapter = zod4(RecordFormSchema);

export type RecordForm = SuperValidated<RecordFormValues, string>;
export const FORM_HAS_ERRORS = 'Biểu mẫu còn lỗi; xem thông báo bên cạnh từng trường.';

/** The form to show: empty, or a record's values (no errors before anything was sent). */
export function recordForm(values?: RecordFormValues): Promise<RecordForm> {
  return values ? superValidate(values, adapter, { errors: false }) : superValidate(adapter);
}

/** The posted form, checked; a file posted under a text field's name reads as nothing typed (it is never echoed). */
export function readRecordForm(data: FormData): Promise<RecordForm> {
  return superValidate(data, adapter, { allowFiles: false });
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
