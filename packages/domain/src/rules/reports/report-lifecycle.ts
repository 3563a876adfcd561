import { z } from 'zod';
import type { ReportDocument } from './report-document.js';

/**
 * The life of one sender's report (issue 13 item 3): written as a draft by the sender's officers, submitted to the
 * body the rule names (its lead department), which accepts it or returns it with a reason; a returned report is
 * corrected and submitted again. On submission the figures are frozen (a snapshot): what was sent never changes
 * when records change later.
 */
export const REPORT_LIFECYCLE_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportLifecycleStatus = (typeof REPORT_LIFECYCLE_STATUSES)[number];

export type ReportAction = 'save' | 'submit' | 'accept' | 'return';

export const REPORT_ACTION_LABELS: Record<ReportAction, { vi: string; en: string }> = {
  save: { vi: 'Lưu nội dung', en: 'Saved' },
  submit: { vi: 'Gửi báo cáo', en: 'Submitted' },
  accept: { vi: 'Tiếp nhận', en: 'Accepted' },
  return: { vi: 'Trả lại', en: 'Returned' },
};

/** Who the user is to a report: an officer of the sender, of the recipient, or neither. */
export type ReportActor = 'sender' | 'recipient' | 'other';

/**
 * The sender's officers (agency or district officers of the sending body) write and submit; the recipient's officers
 * (the body the rule sends to) accept or return. A province admin or viewer is neither: the report is the sender's
 * document and its acceptance the lead department's act.
 */
export function reportActorOf(
  user: { role: string; agencyId: string | null },
  report: { senderAgencyId: string; recipientAgencyId: string },
): ReportActor {
  if (user.agencyId === null || (user.role !== 'agency_officer' && user.role !== 'district_officer')) return 'other';
  if (user.agencyId === report.senderAgencyId) return 'sender';
  if (user.agencyId === report.recipientAgencyId) return 'recipient';
  return 'other';
}

/** The narrative the sender writes ("Kết quả; Tồn tại, hạn chế; Đề xuất, kiến nghị"), prefilled from the figures. */
export const ReportNarrativeSchema = z.object({
  results: z.string().trim().max(20_000),
  difficulties: z.string().trim().max(20_000),
  proposals: z.string().trim().max(20_000),
});
export type ReportNarrative = z.infer<typeof ReportNarrativeSchema>;

export const REPORT_NARRATIVE_TITLES: Record<keyof ReportNarrative, string> = {
  results: 'Kết quả đạt được',
  difficulties: 'Tồn tại, hạn chế, khó khăn',
  proposals: 'Đề xuất, kiến nghị',
};

export const ReturnReasonSchema = z
  .string()
  .trim()
  .min(5, { error: 'Ghi rõ lý do trả lại (ít nhất 5 ký tự)' })
  .max(2000, { error: 'Lý do trả lại tối đa 2.000 ký tự' });

export type ReportTransitionError =
  | 'REPORT_NOT_YOURS'
  | 'REPORT_NOT_RECIPIENT'
  | 'REPORT_FROZEN'
  | 'REPORT_NOT_SUBMITTED'
  | 'REPORT_INCOMPLETE'
  | 'REPORT_REASON_REQUIRED';

export type ReportTransition =
  | { ok: true; to: ReportLifecycleStatus }
  | { ok: false; code: ReportTransitionError; message: { vi: string; en: string } };

const refuse = (code: ReportTransitionError, vi: string, en: string): ReportTransition => ({
  ok: false,
  code,
  message: { vi, en },
});

/**
 * What an action does to a report in `from` (null: nothing written yet), done by `actor`. Saving and submitting are
 * the sender's, on a draft or a returned report (a submitted or accepted one is frozen); submitting needs the
 * results written and a signer (no placeholder is sent); accepting and returning are the recipient's, on a submitted
 * report, and a return says why. Saving keeps the state (a returned report stays returned until it is sent again).
 */
export function reportTransition(
  from: ReportLifecycleStatus | null,
  action: ReportAction,
  actor: ReportActor,
  input: { narrative?: ReportNarrative; signerName?: string | null; reason?: string | null } = {},
): ReportTransition {
  const state = from ?? 'draft';
  if (action === 'save' || action === 'submit') {
    if (actor !== 'sender')
      return refuse(
        'REPORT_NOT_YOURS',
        'Chỉ cán bộ của cơ quan gửi báo cáo được soạn và gửi báo cáo này',
        'Only the sending body’s officers write and submit this report',
      );
    if (state === 'submitted' || state === 'accepted')
      return refuse(
        'REPORT_FROZEN',
        state === 'accepted'
          ? 'Báo cáo đã được tiếp nhận: không sửa được nữa'
          : 'Báo cáo đã gửi: chờ cơ quan nhận tiếp nhận hoặc trả lại',
        state === 'accepted' ? 'The report was accepted: it is frozen' : 'The report was submitted: it is frozen',
      );
    if (action === 'save') return { ok: true, to: state };
    if (!input.narrative || input.narrative.results.trim() === '')
      return refuse(
        'REPORT_INCOMPLETE',
        'Viết phần “Kết quả đạt được” trước khi gửi',
        'Write the “results” section before submitting',
      );
    if (!input.signerName?.trim())
      return refuse('REPORT_INCOMPLETE', 'Ghi họ tên người ký trước khi gửi', 'Name the signer before submitting');
    return { ok: true, to: 'submitted' };
  }
  if (actor !== 'recipient')
    return refuse(
      'REPORT_NOT_RECIPIENT',
      'Chỉ cán bộ của cơ quan nhận báo cáo được tiếp nhận hoặc trả lại',
      'Only the receiving body’s officers accept or return a report',
    );
  if (state !== 'submitted')
    return refuse(
      'REPORT_NOT_SUBMITTED',
      'Báo cáo chưa được gửi (hoặc đã được xử lý)',
      'The report is not waiting for a decision',
    );
  if (action === 'return') {
    if (!ReturnReasonSchema.safeParse(input.reason ?? '').success)
      return refuse(
        'REPORT_REASON_REQUIRED',
        'Ghi rõ lý do trả lại (ít nhất 5 ký tự)',
        'Say why the report is returned (5 characters or more)',
      );
    return { ok: true, to: 'returned' };
  }
  return { ok: true, to: 'accepted' };
}

/** One figure of a report, as printed: a row of an activity or target table, keyed by where it stands. */
export interface ReportFigure {
  key: string;
  label: string;
  value: string;
}

/**
 * The figures of a report (its tables in section II): per component, one per activity type ("Số lượt | Số lượng |
 * người…") and one per target (the sender's share, the province value, the status). What the snapshot freezes and
 * what a later draft compares against.
 */
export function reportFigures(doc: Pick<ReportDocument, 'sections'>): ReportFigure[] {
  const out: ReportFigure[] = [];
  const results = doc.sections.find((s) => s.number === 'II');
  for (const sub of results?.subsections ?? []) {
    for (const block of sub.blocks) {
      if (block.kind !== 'table') continue;
      for (const row of block.rows) {
        const label = row[1] ?? '';
        out.push({
          key: `${sub.title}|${block.caption ?? ''}|${label}`,
          label: `${sub.title} — ${label}`,
          value: row.slice(2).join(' | '),
        });
      }
    }
  }
  return out;
}

export interface ReportFigureChange {
  label: string;
  before: string | null;
  after: string | null;
}

/** What changed between the figures sent and the figures now (a returned report's new draft shows these). */
export function reportFigureChanges(
  before: readonly ReportFigure[],
  after: readonly ReportFigure[],
): ReportFigureChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Map(after.map((f) => [f.key, f]));
  const changes: ReportFigureChange[] = [];
  for (const f of after) {
    const was = old.get(f.key);
    if (!was) changes.push({ label: f.label, before: null, after: f.value });
    else if (was.value !== f.value) changes.push({ label: f.label, before: was.value, after: f.value });
  }
  for (const f of before) if (!now.has(f.key)) changes.push({ label: f.label, before: f.value, after: null });
  return changes;
}
