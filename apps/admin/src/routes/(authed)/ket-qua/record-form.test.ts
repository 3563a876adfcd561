import { describe, expect, it } from 'vitest';
import { formField, RecordFormSchema, toApiFields, type RecordFormValues } from './record-form';

const ACTIVITY = '7d0c5a1e-4b7a-4c39-9a53-0b9d6f0e2a11';
const EMPTY: RecordFormValues = {
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

/** Each field's messages, as superforms maps them. */
function errorsOf(values: Partial<RecordFormValues>) {
  const result = RecordFormSchema.safeParse({ ...EMPTY, ...values });
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe('record form', () => {
  it('turns what was typed into the API’s fields: ISO date, counts with separators, empty ones left out', () => {
    const values = RecordFormSchema.parse({
      ...EMPTY,
      activityId: ACTIVITY,
      date: ' 15/07/2017 ',
      areaCode: '84',
      reachedTotal: '1.200',
      note: ' họp ',
    });
    expect(toApiFields(values)).toEqual({
      activityId: ACTIVITY,
      date: '2017-07-15',
      areaCode: '84',
      reached: { total: 1200 },
      note: 'họp',
    });
  });

  it('refuses what only the form knows, one message per field', () => {
    expect(errorsOf({ date: '31/02/2017', areaCode: '84', quantity: 'ba' })).toEqual({
      activityId: ['Hãy chọn hoạt động của kế hoạch.'],
      date: ['Ngày “31/02/2017” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2017.'],
      quantity: ['“ba” không phải số nguyên không âm.'],
    });
    expect(errorsOf({ activityId: ACTIVITY, areaCode: '84' })).toEqual({
      date: ['Hãy nhập ngày thực hiện (dd/mm/yyyy).'],
    });
  });

  it('checks the rest with the API’s own schema, next to the form’s fields', () => {
    const errors = errorsOf({ activityId: ACTIVITY, date: '15/07/2017', areaCode: 'abc', reachedWomen: '200000000' });
    expect(errors.reachedWomen).toEqual(['Số quá lớn']);
    expect(errors.areaCode).toHaveLength(1);
  });

  it('reads the API’s field paths flat; what the form has no field for belongs to the activity', () => {
    expect(formField(['reached', 'aged14to60'])).toBe('reachedAged14to60');
    expect(formField(['date'])).toBe('date');
    expect(formField(['type'])).toBe('activityId');
  });
});
