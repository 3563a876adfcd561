import type { Plan, ReportingRule } from '../model/index.js';
import { daysBetween } from './dates.js';
import { planAgencyIds } from './plan-agencies.js';
import { isOverdue, type DueReport } from './reporting.js';

/** A report falls "due soon" this many days before its due date (the same warning window as deadline targets). */
export const REPORT_DUE_SOON_DAYS = 15;

export type ReportDueStatus = 'not_due' | 'due_soon' | 'overdue' | 'submitted';

export const REPORT_DUE_STATUS_LABELS: Record<ReportDueStatus, { vi: string; en: string }> = {
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
};

/**
 * Where a due report stands on `asOf`: submitted (whenever), overdue once asOf is past the due date (isOverdue),
 * due soon from 15 days before the due date up to it, otherwise not yet due. `late` says a submitted report came
 * after its due date (isOverdue with the submission date).
 */
export function reportDueStatus(
  due: Pick<DueReport, 'dueDate'>,
  state: { asOf: string; submittedOn?: string | undefined },
): { status: ReportDueStatus; late: boolean; daysLeft: number } {
  const daysLeft = daysBetween(state.asOf, due.dueDate);
  const late = isOverdue(due, state);
  if (state.submittedOn !== undefined) return { status: 'submitted', late, daysLeft };
  if (late) return { status: 'overdue', late, daysLeft };
  return { status: daysLeft <= REPORT_DUE_SOON_DAYS ? 'due_soon' : 'not_due', late, daysLeft };
}

/**
 * Who sends reports under a rule: its `fromAgencyIds`, or — when empty, "mọi cơ quan, địa phương" as in Trà Vinh
 * 651 V — every agency the plan names except the receiving and consolidating bodies of the rule (they collect the
 * reports rather than send them).
 */
export function reportSenders(
  plan: Pick<Plan, 'components' | 'duties' | 'activities' | 'reporting'>,
  rule: Pick<ReportingRule, 'fromAgencyIds' | 'toAgencyId' | 'consolidatedForAgencyId'>,
): string[] {
  if (rule.fromAgencyIds.length > 0) return [...rule.fromAgencyIds];
  return planAgencyIds(plan).filter((id) => id !== rule.toAgencyId && id !== rule.consolidatedForAgencyId);
}
