import {
  addDays,
  agencyNameAt,
  reportDueStatus,
  reportSenderState,
  reportSendersOf,
  reportsOf,
  type Agency,
  type DueReport,
  type Plan,
  type ReportDueStatus,
  type ReportSenderState,
  todayInHoChiMinh,
} from '@pcmbn/domain';
import { fromDbDate } from '../db/dates.js';
import type { ReportSubmission } from '../generated/prisma/client.js';
import { lifecycleStatusOf } from './lifecycle.js';

export interface DueItem {
  ruleId: string;
  cadence: Plan['reporting'][number]['cadence'];
  label: string;
  period: { from: string; to: string };
  dueDate: string;
  agencyId: string;
  agencyName: string;
  /** The group entry the plan names this sender through ("UBND các huyện…"), and its name. */
  viaGroupId: string | null;
  viaGroupName: string | null;
  /** A collective entry whose members are not listed: tracked as one sender, no document in its name. */
  group: boolean;
  toAgencyId: string;
  toAgencyName: string;
  status: ReportDueStatus;
  /** Not started, draft, submitted, returned, accepted, late (past due, not sent): REPORT_SENDER_STATE_LABELS. */
  state: ReportSenderState;
  late: boolean;
  daysLeft: number;
  submittedOn: string | null;
  number: string | null;
}

/** The date a submission was made, in Vietnam (a returned report is owed again: not submitted). */
export const submittedOnOf = (row: Pick<ReportSubmission, 'status' | 'submittedAt'>): string | undefined =>
  (row.status === 'submitted' || row.status === 'accepted') && row.submittedAt
    ? todayInHoChiMinh(row.submittedAt)
    : undefined;

const key = (ruleId: string, periodFrom: string, agencyId: string) => `${ruleId}|${periodFrom}|${agencyId}`;

/**
 * Every report due in [from, to] under the plan's rules (reportingSchedule's reading: due dates inside the range),
 * one per sender (reportSendersOf: groups expanded to their members, bodies outside the province left out), joined
 * with the submissions, with its status and state on `asOf`.
 */
export function dueItems(
  plan: Plan,
  agencies: readonly Agency[],
  submissions: readonly ReportSubmission[],
  range: { from: string; to: string; asOf: string; agencyId?: string | null },
): DueItem[] {
  const byKey = new Map(submissions.map((s) => [key(s.ruleId, fromDbDate(s.periodFrom), s.agencyId), s]));
  const nameOf = (id: string, date: string) => agencyNameAt(agencies, id, date) ?? id;
  const out: DueItem[] = [];
  for (const rule of plan.reporting) {
    const senders = reportSendersOf(plan, rule, agencies).senders.filter(
      (s) => !range.agencyId || s.agencyId === range.agencyId,
    );
    for (const due of reportsOf(rule, plan.period)) {
      if (due.dueDate < range.from || due.dueDate > range.to) continue;
      for (const { agencyId, viaGroupId, group } of senders) {
        const submission = byKey.get(key(rule.id, due.period.from, agencyId));
        const submittedOn = submission ? submittedOnOf(submission) : undefined;
        const state = reportDueStatus(due, { asOf: range.asOf, submittedOn });
        const senderState = reportSenderState(due, {
          asOf: range.asOf,
          submittedOn,
          draft: submission !== undefined && submission.status === 'draft',
          status: lifecycleStatusOf(submission ?? null) ?? undefined,
        });
        out.push({
          ruleId: rule.id,
          cadence: rule.cadence,
          label: due.label,
          period: due.period,
          dueDate: due.dueDate,
          agencyId,
          agencyName: nameOf(agencyId, due.dueDate),
          viaGroupId: viaGroupId ?? null,
          viaGroupName: viaGroupId === undefined ? null : nameOf(viaGroupId, due.dueDate),
          group,
          toAgencyId: rule.toAgencyId,
          toAgencyName: nameOf(rule.toAgencyId, due.dueDate),
          ...state,
          state: senderState,
          submittedOn: submittedOn ?? null,
          number: submission?.number ?? null,
        });
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.agencyName.localeCompare(b.agencyName, 'vi'),
  );
}

/** Default range: the whole plan and the year after it (the last yearly report falls due after the plan ends). */
export function defaultRange(plan: Plan): { from: string; to: string } {
  return { from: plan.period.from, to: addDays(plan.period.to, 366) };
}

/** The report a rule owes for the period labelled `label` ('2019', '2019-H1'). */
export function findDue(plan: Plan, ruleId: string, label: string): DueReport | undefined {
  const rule = plan.reporting.find((r) => r.id === ruleId);
  return rule ? reportsOf(rule, plan.period).find((d) => d.label === label) : undefined;
}
