import type { Reached } from '../../model/index.js';

/**
 * Four eyes on records (issue 12): the approval is the second pair of eyes, so whoever wrote what is approved, or
 * vouched for it by submitting, may not give it. Barred from approving:
 *
 * - the person who entered the record (`createdById`);
 * - everyone who ever changed its content (`editorIds`: edits, attachments added or removed) — not only the last
 *   one: an admin who changed the quantity and let the author touch a note and submit must still not approve its
 *   own figure;
 * - the person who submitted it last (`submittedById`).
 *
 * Rejecting stays open to them except to the person who entered it: a rejection counts nothing and sends the record
 * back for correction. Pure: the API stores who did what and asks here.
 */

export interface RecordAuthorship {
  createdById?: string | null | undefined;
  /** Everyone who entered or changed the content (creator, editors, who added or removed an attachment). */
  editorIds?: readonly string[] | null | undefined;
  /** Who submitted it for approval last. */
  submittedById?: string | null | undefined;
}

export type ApprovalBar = 'entered' | 'changed' | 'submitted';

export interface ApprovalRefusal {
  code: 'RECORD_FOUR_EYES';
  bar: ApprovalBar;
  message: string;
  messageEn: string;
}

const MESSAGES: Record<ApprovalBar, { vi: string; en: string }> = {
  entered: {
    vi: 'Bạn không thể tự duyệt kết quả do chính mình nhập; cần một người khác duyệt (nguyên tắc bốn mắt).',
    en: 'You cannot approve a record you entered yourself; someone else must approve it (four eyes).',
  },
  changed: {
    vi: 'Bạn đã sửa nội dung kết quả này nên không thể duyệt nó; cần một người khác duyệt (nguyên tắc bốn mắt).',
    en: 'You changed this record, so you cannot approve it; someone else must approve it (four eyes).',
  },
  submitted: {
    vi: 'Bạn đã gửi duyệt kết quả này nên không thể tự duyệt; cần một người khác duyệt (nguyên tắc bốn mắt).',
    en: 'You submitted this record, so you cannot approve it; someone else must approve it (four eyes).',
  },
};

/** Why `userId` may not approve the record, or null when nothing in its authorship bars it. */
export function approvalRefusal(userId: string, record: RecordAuthorship): ApprovalRefusal | null {
  let bar: ApprovalBar | null = null;
  if (record.createdById && record.createdById === userId) bar = 'entered';
  else if (record.editorIds?.includes(userId)) bar = 'changed';
  else if (record.submittedById && record.submittedById === userId) bar = 'submitted';
  if (bar === null) return null;
  return { code: 'RECORD_FOUR_EYES', bar, message: MESSAGES[bar].vi, messageEn: MESSAGES[bar].en };
}

/** May `userId` approve the record, as far as four eyes go (scope and role are the API's to check)? */
export function mayApproveRecord(userId: string, record: RecordAuthorship): boolean {
  return approvalRefusal(userId, record) === null;
}

/** May `userId` reject it? Anyone but the person who entered it (a rejection counts nothing). */
export function mayRejectRecord(userId: string, record: RecordAuthorship): boolean {
  return !(record.createdById && record.createdById === userId);
}

/** One record at a point of its history, as the API stores each version's content. */
export interface RecordContent {
  activityId: string | null;
  type: string;
  date: string;
  areaCode: string;
  quantity: number | null;
  reached: Reached | null;
  note: string | null;
  agencyId: string | null;
}

export const RECORD_CONTENT_FIELDS = [
  'activityId',
  'type',
  'date',
  'areaCode',
  'quantity',
  'reached',
  'note',
  'agencyId',
] as const satisfies readonly (keyof RecordContent)[];
export type RecordContentField = (typeof RECORD_CONTENT_FIELDS)[number];

export type RecordChangeValue = string | number | Reached | null;
export interface RecordChange {
  field: RecordContentField | 'attachment';
  from: RecordChangeValue;
  to: RecordChangeValue;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  );
}

/** The content fields that differ between two versions of a record, in a fixed order. */
export function recordChanges(before: RecordContent, after: RecordContent): RecordChange[] {
  return RECORD_CONTENT_FIELDS.filter((f) => !sameValue(before[f], after[f])).map((field) => ({
    field,
    from: before[field],
    to: after[field],
  }));
}

export type RecordEventAction =
  'created' | 'imported' | 'edited' | 'submitted' | 'approved' | 'rejected' | 'attachment_added' | 'attachment_removed';

export const RECORD_EVENT_LABELS: Record<RecordEventAction, { vi: string; en: string }> = {
  created: { vi: 'Nhập kết quả', en: 'Entered' },
  imported: { vi: 'Nhập từ tệp', en: 'Imported from a file' },
  edited: { vi: 'Sửa nội dung', en: 'Changed' },
  submitted: { vi: 'Gửi duyệt', en: 'Submitted' },
  approved: { vi: 'Duyệt', en: 'Approved' },
  rejected: { vi: 'Trả lại', en: 'Rejected' },
  attachment_added: { vi: 'Đính kèm tệp', en: 'Attachment added' },
  attachment_removed: { vi: 'Gỡ tệp đính kèm', en: 'Attachment removed' },
};

export const RECORD_FIELD_LABELS: Record<RecordChange['field'], { vi: string; en: string }> = {
  activityId: { vi: 'Hoạt động', en: 'Activity' },
  type: { vi: 'Loại hoạt động', en: 'Activity type' },
  date: { vi: 'Ngày thực hiện', en: 'Date' },
  areaCode: { vi: 'Địa bàn', en: 'Area' },
  quantity: { vi: 'Số lượng', en: 'Quantity' },
  reached: { vi: 'Số người được tiếp cận', en: 'People reached' },
  note: { vi: 'Ghi chú', en: 'Note' },
  agencyId: { vi: 'Cơ quan thực hiện', en: 'Agency' },
  attachment: { vi: 'Tệp đính kèm', en: 'Attachment' },
};
