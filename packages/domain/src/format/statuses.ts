/**
 * Status labels, one table per status kind. Each is typed by its status union, so a status added to the model
 * without a label (or a label without a language) fails to compile.
 */
import type { RecordStatus, TargetStatus } from '../model/index.js';
import type { ReportLifecycleStatus } from '../rules/reports/report-lifecycle.js';
import type { ReportDueStatus, ReportSenderState } from '../rules/reports/report-status.js';
import type { Language } from '../vocabulary/index.js';

/** A target's status in every language the sites speak (the public site and kiosks show km too). */
export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, Readonly<Record<Language, string>>>> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started', km: 'មិនទាន់ចាប់ផ្តើម' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track', km: 'តាមពេលវេលា' },
  at_risk: { vi: 'Có nguy cơ chậm', en: 'At risk', km: 'អាចយឺត' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track', km: 'យឺតយ៉ាវ' },
  achieved: { vi: 'Đã đạt', en: 'Achieved', km: 'សម្រេចបាន' },
  missed: { vi: 'Không đạt', en: 'Missed', km: 'មិនសម្រេច' },
  no_data: { vi: 'Chưa đủ dữ liệu', en: 'Not enough data', km: 'មិនទាន់មានទិន្នន័យគ្រប់គ្រាន់' },
};

/** The target status labels of one language, keyed by status (what a site's dictionary holds). */
export function targetStatusLabels(language: Language): Record<TargetStatus, string> {
  const entries = Object.entries(TARGET_STATUS_LABELS).map(([status, labels]) => [status, labels[language]]);
  return Object.fromEntries(entries) as Record<TargetStatus, string>;
}

export const RECORD_STATUS_LABELS: Readonly<Record<RecordStatus, { vi: string; en: string }>> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Bị trả lại', en: 'Rejected' },
};

/** A sender's report on its way: written, sent, returned for correction, accepted. */
export const REPORT_LIFECYCLE_LABELS: Readonly<Record<ReportLifecycleStatus, { vi: string; en: string }>> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi, chờ tiếp nhận', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

/** A due report against its due date. */
export const REPORT_DUE_STATUS_LABELS: Readonly<Record<ReportDueStatus, { vi: string; en: string }>> = {
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
};

/** One sender's report as the receiving body follows it (the lifecycle plus not started and late). */
export const REPORT_SENDER_STATE_LABELS: Readonly<Record<ReportSenderState, { vi: string; en: string }>> = {
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  ...REPORT_LIFECYCLE_LABELS,
  late: { vi: 'Chậm nộp', en: 'Late' },
};
