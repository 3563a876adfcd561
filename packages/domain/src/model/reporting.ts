import { z } from 'zod';
import { IdSchema, SourceRefSchema } from './common.js';

/**
 * When a periodic report is due. "trước ngày 20/12" is { kind: 'fixed_date', month: 12, day: 20, before: true }
 * (due 19/12); "within N days after the period" is { kind: 'after_period_end', days: N }.
 *
 * Exact reading (reportingSchedule in rules/reports/reporting.ts):
 * - Reporting periods are the calendar months/quarters/halves (1/1–30/6, 1/7–31/12)/years that intersect the plan
 *   period, clipped to it.
 * - fixed_date: the due date lies in the period's last calendar month (December for yearly, June and December for
 *   half-yearly); `month` is only meaningful for yearly rules (default 12) and validatePlan warns when it is set on
 *   another cadence. `before: true` moves the date one day earlier ("trước ngày 20" = due on the 19th). A day past
 *   the month's end is clamped to its last day (day 31 in June = 30 June).
 * - after_period_end: `days` days after the period's last day (clipped to the plan period), 0 = the last day.
 */
export const DueRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed_date'),
    /** Month and day inside the period's last month window; for half-yearly, applied to each half's end month. */
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31),
    before: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('after_period_end'), days: z.number().int().min(0).max(90) }),
]);
export type DueRule = z.infer<typeof DueRuleSchema>;

/**
 * Sub-periods of a year a rule may be limited to, as in DueReport labels after the year: 'H1', 'Q3', '07'.
 * Lai Châu 2228 "Định kỳ 6 tháng, 01 năm" = a half-yearly rule with periods ['H1'] plus a yearly rule, so that the
 * second half-year is reported by the yearly report and not twice on the same day.
 */
export const REPORTING_SUB_PERIODS = {
  half_yearly: ['H1', 'H2'],
  quarterly: ['Q1', 'Q2', 'Q3', 'Q4'],
  monthly: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
} as const;
export const ReportingSubPeriodSchema = z.enum([
  ...REPORTING_SUB_PERIODS.half_yearly,
  ...REPORTING_SUB_PERIODS.quarterly,
  ...REPORTING_SUB_PERIODS.monthly,
]);
export type ReportingSubPeriod = z.infer<typeof ReportingSubPeriodSchema>;

/** Reporting duty (chế độ báo cáo). */
export const ReportingRuleSchema = z.object({
  id: IdSchema,
  cadence: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
  due: DueRuleSchema,
  /**
   * Only these sub-periods are due (absent = every one). Must match the cadence ('H1'/'H2' for half_yearly,
   * 'Q1'–'Q4' for quarterly, '01'–'12' for monthly; validatePlan reports others); meaningless for yearly.
   */
  periods: z.array(ReportingSubPeriodSchema).min(1).optional(),
  /** Agencies that send the report; empty means every agency and locality in the plan. */
  fromAgencyIds: z.array(IdSchema).default([]),
  toAgencyId: IdSchema,
  /** Who the receiving agency consolidates for (tổng hợp báo cáo UBND tỉnh). */
  consolidatedForAgencyId: IdSchema.optional(),
  /**
   * Which days the figures cover (thời gian chốt số liệu). 'calendar': the whole reporting period; 'decree_09_2019':
   * Nghị định 09/2019/NĐ-CP, Điều 12 (year: 15/12 of the year before to 14/12; half-year: 15/12 to 14/6; quarter and
   * month: the 15th of the month before to the 14th of the last month). Absent when the plan is silent:
   * reportDataPeriod then applies the decree to a report due before its period ends, the whole period otherwise.
   */
  dataPeriod: z.enum(['calendar', 'decree_09_2019']).optional(),
  sourceRef: SourceRefSchema.optional(),
  note: z.string().optional(),
});
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;
