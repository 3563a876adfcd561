import { parseDateCell } from '@pcmbn/domain';

/** The refusal shown beside a DateInput whose text is no day, naming what was typed. */
export const dateInputError = (typed: string): string =>
  `Ngày “${typed}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 31/12/2019.`;

/**
 * What a DateInput sent (dd/mm/yyyy, or yyyy-mm-dd from an old link), read with the same parser as every other
 * date field (`parseDateCell`): the day as ISO, or the refusal to show beside the field. Blank is neither.
 */
export function readDateInput(typed: string | null | undefined): { day?: string; error?: string } {
  const text = (typed ?? '').trim();
  if (text === '') return {};
  const day = parseDateCell(text);
  return day ? { day } : { error: dateInputError(text) };
}
