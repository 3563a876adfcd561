import { z } from 'zod';

/** A calendar date 'YYYY-MM-DD', read in Asia/Ho_Chi_Minh (the plans' own calendar). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'Ngày không tồn tại trong lịch' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An inclusive date range. `from <= to` is checked by validatePlan so that errors carry a path. */
export const PeriodSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });
export type Period = z.infer<typeof PeriodSchema>;

/** A day of the year 'MM-DD' (30/7 = '07-30'), for recurring days and yearly windows. */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Ngày trong năm có dạng MM-DD' });
export type MonthDay = z.infer<typeof MonthDaySchema>;

/**
 * An inclusive yearly window, e.g. { from: '07-01', to: '08-01' } for "từ 1/7 đến 1/8". It does not wrap around
 * New Year: validatePlan reports from > to as an error. '02-29' means the last day of February in common years.
 */
export const MonthDayWindowSchema = z.object({ from: MonthDaySchema, to: MonthDaySchema });
export type MonthDayWindow = z.infer<typeof MonthDayWindowSchema>;

/** Stable identifiers: lower-case words joined by '-', e.g. 'tv651-t1'. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Mã định danh chỉ gồm chữ thường, số và dấu gạch ngang' });

/** Where in the source document a rule comes from, e.g. 'II, gạch đầu dòng 1'. */
export const SourceRefSchema = z.string().min(1);

/** Text in the UI languages. Vietnamese is required; English and Khmer where written. */
export const LocalizedTextSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1).optional(),
  km: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
