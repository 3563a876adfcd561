import type { Agency, Period, Plan, ReportingRule } from '../../model/index.js';
import { daysBetween, isoOf, maxIso, minIso } from '../dates.js';
import { planAgencyIds } from '../plans/plan-agencies.js';
import { isOverdue, type DueReport } from './reporting.js';
import { formatDateVi, dateShortVi } from '../../format/dates.js';

/** A report falls "due soon" this many days before its due date (the same warning window as deadline targets). */
export const REPORT_DUE_SOON_DAYS = 15;

export type ReportDueStatus = 'not_due' | 'due_soon' | 'overdue' | 'submitted';

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
 * Who a rule names as senders, before groups are expanded: its `fromAgencyIds`, or — when empty, "mọi cơ quan,
 * địa phương" as in Trà Vinh 651 V — every agency the plan names except the receiving and consolidating bodies of
 * the rule (they collect the reports rather than send them). reportSendersOf turns these into bodies.
 */
export function reportSenders(
  plan: Pick<Plan, 'components' | 'duties' | 'activities' | 'reporting'>,
  rule: Pick<ReportingRule, 'fromAgencyIds' | 'toAgencyId' | 'consolidatedForAgencyId'>,
): string[] {
  if (rule.fromAgencyIds.length > 0) return [...rule.fromAgencyIds];
  return planAgencyIds(plan).filter((id) => id !== rule.toAgencyId && id !== rule.consolidatedForAgencyId);
}

/** One body that owes a report under a rule. */
export interface ReportSender {
  agencyId: string;
  /** The group entry the plan names it through ("UBND các huyện, thành phố" → each district committee). */
  viaGroupId?: string;
  /**
   * A collective entry whose members are not known ("Các sở, ngành liên quan"): it stays one sender until an admin
   * lists its members, and no document is produced in its name (a group is not a body that signs).
   */
  group: boolean;
}

export type ReportSenderExclusion = 'receiver' | 'outside_province' | 'unknown' | 'group_expanded';

export interface ReportSendersOf {
  senders: ReportSender[];
  /** Named by the rule or the plan but not senders, and why. */
  excluded: { agencyId: string; reason: ReportSenderExclusion }[];
}

/**
 * An entry that stands for several bodies: it lists members, or its name speaks of several ("Các sở, ban, ngành",
 * "Ủy ban nhân dân các huyện", "Đài Truyền thanh các huyện", "UBMTTQ … và các đoàn thể").
 */
export function isAgencyGroup(agency: Pick<Agency, 'name' | 'memberIds'>): boolean {
  return (agency.memberIds?.length ?? 0) > 0 || /(^|\s)các\s/iu.test(agency.name);
}

/**
 * Who reports to whom, from the plan (Trà Vinh 651 V, Lai Châu 2228 IV.3): every body named by the rule (or, when
 * it names none, by the plan) is a sender, in the plan's order, except
 * - the rule's receiving and consolidating bodies (they collect the reports);
 * - bodies outside the plan's province — ministries, central bodies (Bộ TT&TT, Bộ LĐ-TB&XH, TW Hội LHPN), JICA:
 *   the plan asks them for nothing a provincial department could collect;
 * - group entries with known members: each member is a sender on its own (Lai Châu's 8 district committees,
 *   Trà Vinh's 9), recursively; a group without known members stays one sender marked `group`.
 * Ids missing from `agencies` are left out (reason 'unknown').
 */
export function reportSendersOf(
  plan: Pick<Plan, 'components' | 'duties' | 'activities' | 'reporting' | 'provinceCode'>,
  rule: Pick<ReportingRule, 'fromAgencyIds' | 'toAgencyId' | 'consolidatedForAgencyId'>,
  agencies: readonly Agency[],
): ReportSendersOf {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const senders: ReportSender[] = [];
  const excluded: ReportSendersOf['excluded'] = [];
  const seen = new Set<string>();
  const visit = (id: string, via: string | undefined) => {
    if (seen.has(id)) return;
    seen.add(id);
    const agency = byId.get(id);
    if (id === rule.toAgencyId || id === rule.consolidatedForAgencyId)
      excluded.push({ agencyId: id, reason: 'receiver' });
    else if (!agency) excluded.push({ agencyId: id, reason: 'unknown' });
    else if (agency.provinceCode !== plan.provinceCode || agency.kind === 'ministry')
      excluded.push({ agencyId: id, reason: 'outside_province' });
    else if ((agency.memberIds?.length ?? 0) > 0) {
      excluded.push({ agencyId: id, reason: 'group_expanded' });
      for (const member of agency.memberIds ?? []) visit(member, via ?? id);
    } else
      senders.push({ agencyId: id, ...(via === undefined ? {} : { viaGroupId: via }), group: isAgencyGroup(agency) });
  };
  for (const id of reportSenders(plan, rule)) visit(id, undefined);
  return { senders, excluded };
}

/** The days a report's figures cover, and why. */
export interface ReportDataPeriod extends Period {
  basis: 'rule_calendar' | 'rule_decree_09_2019' | 'decree_09_2019' | 'calendar';
  /** One sentence for the report: the days and the rule that sets them. */
  note: { vi: string; en: string };
}

/** Nghị định 09/2019/NĐ-CP, Điều 12: the 15th of the month before the period's last month (yearly: 15/12 of the year before) to the 14th of its last month. */
function decree09Period(rule: Pick<ReportingRule, 'cadence'>, due: Pick<DueReport, 'label'>): Period {
  const year = Number(due.label.slice(0, 4));
  const sub = due.label.slice(5);
  let lastMonth = 12;
  let months = 12;
  if (rule.cadence === 'half_yearly') [lastMonth, months] = [sub === 'H1' ? 6 : 12, 6];
  else if (rule.cadence === 'quarterly') [lastMonth, months] = [Number(sub.slice(1)) * 3, 3];
  else if (rule.cadence === 'monthly') [lastMonth, months] = [Number(sub), 1];
  const to = isoOf(year, lastMonth, 14);
  const fromIndex = year * 12 + lastMonth - 1 - months; // the month before the period's first month
  return { from: isoOf(Math.floor(fromIndex / 12), (fromIndex % 12) + 1, 15), to };
}

/**
 * Thời gian chốt số liệu: which days a report counts. A rule that says (`dataPeriod`) is followed. When the plan is
 * silent — both seed plans are — a report due before its period ends (Trà Vinh: before 20/12) follows Nghị định
 * 09/2019/NĐ-CP, Điều 12 (yearly: 15/12 of the year before to 14/12), which governs the periodic reports of state
 * bodies; a report due after its period ends (Lai Châu: 15 days after) counts the whole period. Clipped to the plan.
 */
export function reportDataPeriod(
  rule: Pick<ReportingRule, 'cadence' | 'dataPeriod'>,
  due: Pick<DueReport, 'label' | 'period' | 'dueDate'>,
  planPeriod: Period,
): ReportDataPeriod {
  const decree =
    rule.dataPeriod === 'decree_09_2019' || (rule.dataPeriod === undefined && due.dueDate <= due.period.to);
  const raw = decree ? decree09Period(rule, due) : due.period;
  const period = { from: maxIso(raw.from, planPeriod.from), to: minIso(raw.to, planPeriod.to) };
  const basis: ReportDataPeriod['basis'] =
    rule.dataPeriod === undefined
      ? decree
        ? 'decree_09_2019'
        : 'calendar'
      : decree
        ? 'rule_decree_09_2019'
        : 'rule_calendar';
  const days = `từ ngày ${dateShortVi(period.from)} đến ngày ${dateShortVi(period.to)}`;
  const daysEn = `from ${period.from} to ${period.to}`;
  const note = {
    rule_calendar: {
      vi: `Số liệu tính ${days} (trọn kỳ báo cáo, theo chế độ báo cáo của Kế hoạch).`,
      en: `Figures ${daysEn} (the whole period, as the plan's reporting rule says).`,
    },
    rule_decree_09_2019: {
      vi: `Số liệu tính ${days} (thời gian chốt số liệu theo Điều 12 Nghị định số 09/2019/NĐ-CP, như chế độ báo cáo của Kế hoạch quy định).`,
      en: `Figures ${daysEn} (cut-off of Decree 09/2019/NĐ-CP, Art. 12, as the plan's rule says).`,
    },
    decree_09_2019: {
      vi: `Số liệu tính ${days}: Kế hoạch không quy định thời gian chốt số liệu nên áp dụng Điều 12 Nghị định số 09/2019/NĐ-CP (báo cáo năm: từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo).`,
      en: `Figures ${daysEn}: the plan sets no cut-off, so Decree 09/2019/NĐ-CP, Art. 12 applies (yearly: 15/12 of the year before to 14/12).`,
    },
    calendar: {
      vi: `Số liệu tính ${days} (trọn kỳ báo cáo: Kế hoạch không quy định thời gian chốt số liệu và báo cáo được gửi sau khi hết kỳ).`,
      en: `Figures ${daysEn} (the whole period: the plan sets no cut-off and the report is due after the period ends).`,
    },
  }[basis];
  return { ...period, basis, note };
}

/**
 * The date a report carries: the day it is due, or `today` when produced before then (a report is not dated after
 * it was due, nor in the future). Names, issuer and place are those in force on that date.
 */
export function reportDocumentDate(due: Pick<DueReport, 'dueDate'>, today: string): string {
  return minIso(today, due.dueDate);
}

/**
 * Where one sender's report stands: not started, a draft exists, submitted (waiting for the recipient), returned
 * for correction, accepted, or late (past due, nothing sent).
 */
export type ReportSenderState = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'late';

/** Past this many days after its due date an unsent report is no longer "late" but missing ("Không nộp"). */
export const REPORT_MISSING_AFTER_DAYS = 90;

/**
 * How an unsent report past its due date reads on a list: "quá 12 ngày" while it may still come, "Không nộp (hạn
 * 19/12/2019)" once the due date is more than REPORT_MISSING_AFTER_DAYS behind — a report owed under a plan that
 * ended years ago is missing, not "quá 2906 ngày" late.
 */
export function reportLatenessVi(due: Pick<DueReport, 'dueDate'>, asOf: string): string | undefined {
  const days = daysBetween(due.dueDate, asOf);
  if (days <= 0) return undefined;
  if (days > REPORT_MISSING_AFTER_DAYS) return `Không nộp (hạn ${formatDateVi(due.dueDate)})`;
  return `quá ${days} ngày`;
}

export function reportSenderState(
  due: Pick<DueReport, 'dueDate'>,
  state: {
    asOf: string;
    submittedOn?: string | undefined;
    draft: boolean;
    /** The report's life-cycle state when it has one (report-lifecycle.ts). */
    status?: 'draft' | 'submitted' | 'returned' | 'accepted' | undefined;
  },
): ReportSenderState {
  if (state.status === 'accepted') return 'accepted';
  if (state.status === 'returned') return 'returned';
  if (state.submittedOn !== undefined) return 'submitted';
  if (isOverdue(due, state)) return 'late';
  return state.draft ? 'draft' : 'not_started';
}
