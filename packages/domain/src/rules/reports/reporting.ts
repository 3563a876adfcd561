import type { Period, Plan, ReportingRule } from '../../model/index.js';
import { assertIsoDate } from '../errors.js';
import { addDays, daysInMonth, endOfMonth, isoOf, maxIso, minIso } from '../dates.js';

/** One report owed under a reporting rule. */
export interface DueReport {
  ruleId: string;
  /** '2019', '2019-H1', '2019-Q2' or '2019-03'. */
  label: string;
  /** The period reported on, clipped to the plan period. */
  period: Period;
  dueDate: string;
  /** Senders; empty means every agency and locality of the plan (as in the rule). */
  fromAgencyIds: string[];
  toAgencyId: string;
  consolidatedForAgencyId?: string;
}

const MONTHS: Record<ReportingRule['cadence'], number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/**
 * Every report due in [range.from, range.to] (inclusive) under the plan's reporting rules, sorted by due date then
 * rule id. Trà Vinh 651 ("Định kỳ hàng năm (trước ngày 20/12 của năm)") gives 19/12/2018, 19/12/2019, 19/12/2020.
 */
export function reportingSchedule(plan: Pick<Plan, 'period' | 'reporting'>, range: Period): DueReport[] {
  assertIsoDate(range.from, 'from');
  assertIsoDate(range.to, 'to');
  const out: DueReport[] = [];
  for (const rule of plan.reporting) {
    for (const report of reportsOf(rule, plan.period)) {
      if (report.dueDate >= range.from && report.dueDate <= range.to) out.push(report);
    }
  }
  return out.sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.ruleId.localeCompare(b.ruleId),
  );
}

/** Every report a rule asks for over the plan period, in order; only the rule's `periods` when it lists some. */
export function reportsOf(rule: ReportingRule, planPeriod: Period): DueReport[] {
  const span = MONTHS[rule.cadence];
  const startY = Number(planPeriod.from.slice(0, 4));
  const startM = Number(planPeriod.from.slice(5, 7));
  const out: DueReport[] = [];
  const wanted = rule.periods === undefined || rule.cadence === 'yearly' ? undefined : new Set<string>(rule.periods);
  // First month of the calendar bucket holding the plan's first day, then step a bucket at a time.
  let index = Math.floor((startY * 12 + startM - 1) / span) * span;
  for (;;) {
    const y = Math.floor(index / 12);
    const m0 = (index % 12) + 1;
    const mEnd = m0 + span - 1;
    const bucketFrom = isoOf(y, m0, 1);
    if (bucketFrom > planPeriod.to) break;
    const period = { from: maxIso(bucketFrom, planPeriod.from), to: minIso(endOfMonth(y, mEnd), planPeriod.to) };
    const label = periodLabel(rule.cadence, y, m0);
    index += span;
    // `periods` limits the rule to some sub-periods ('H1'); the label's part after the year names this one.
    if (wanted !== undefined && !wanted.has(label.slice(label.indexOf('-') + 1))) continue;
    out.push({
      ruleId: rule.id,
      label,
      period,
      dueDate: dueDateOf(rule, y, mEnd, period),
      fromAgencyIds: [...rule.fromAgencyIds],
      toAgencyId: rule.toAgencyId,
      ...(rule.consolidatedForAgencyId === undefined ? {} : { consolidatedForAgencyId: rule.consolidatedForAgencyId }),
    });
  }
  return out;
}

function dueDateOf(rule: ReportingRule, year: number, lastMonth: number, period: Period): string {
  const due = rule.due;
  if (due.kind === 'after_period_end') return addDays(period.to, due.days);
  const month = rule.cadence === 'yearly' ? (due.month ?? 12) : lastMonth;
  const date = isoOf(year, month, Math.min(due.day, daysInMonth(year, month)));
  return due.before ? addDays(date, -1) : date;
}

function periodLabel(cadence: ReportingRule['cadence'], year: number, firstMonth: number): string {
  switch (cadence) {
    case 'yearly':
      return String(year);
    case 'half_yearly':
      return `${year}-H${firstMonth <= 6 ? 1 : 2}`;
    case 'quarterly':
      return `${year}-Q${Math.floor((firstMonth - 1) / 3) + 1}`;
    case 'monthly':
      return `${year}-${String(firstMonth).padStart(2, '0')}`;
  }
}

/** A report is overdue when submitted after its due date, or not submitted and asOf is past the due date. */
export function isOverdue(
  due: Pick<DueReport, 'dueDate'>,
  state: { asOf: string; submittedOn?: string | undefined },
): boolean {
  return state.submittedOn !== undefined ? state.submittedOn > due.dueDate : state.asOf > due.dueDate;
}
