import type { ActivityType } from '../../model/index.js';
import type { RecordEntryError } from './record-entry.js';
import { formatDateVi } from '../../format/dates.js';

/**
 * Records entered offline in the field app (issue 19) and what happens when they reach the server. The rules:
 *
 * 1. Order and exactly once. The device queues records with a client id and an idempotency key and sends them one
 *    at a time, oldest first (`sendOrder`). The server stores the key with the record, unique per author: the same
 *    key sent again (a lost answer, a retry after a cut) returns the record already stored, never a second one.
 *    A refused record does not hold the queue up: the ones after it are independent records and go on.
 * 2. Nothing is dropped, nothing expires. A refused record stays on the device with the server's reason until the
 *    officer corrects it (it goes back into the queue under the same key: nothing was stored under it) or deletes it.
 *    There is no time limit on a queued record. What does end is the device's right to hold the officer's data:
 *    after `idleDays` without any contact with the server, the device wipes the plans, the credential and the queue
 *    (`wipeDue`) — a phone lost in the mountains must not keep officers' notes for ever — and warns before (`wipeWarning`).
 * 3. The server's plan decides (plan changed while the device was offline). A record is checked against the plan as
 *    it is on the server when the record arrives, never against the device's copy: an activity removed or an area
 *    taken out of the plan's scope meanwhile refuses the record, and the reason says the plan changed
 *    (`fieldRefusal`) so the officer knows why an entry that was fine offline is refused now.
 * 4. The activity's year ended meanwhile. A record belongs to the day the work was done: a record dated inside the
 *    activity's period is accepted whenever it arrives (30/12 entered offline, synced on 05/01), and one dated
 *    outside it is refused whenever it arrives (`checkRecordEntry`, DATE_OUTSIDE_ACTIVITY) — arriving late neither
 *    rescues nor condemns it.
 * 5. The same record edited offline on two devices (a returned record corrected on the phone and on the tablet).
 *    Each edit names the version it started from; the first to arrive is applied; the second finds another version
 *    and is refused with RECORD_CHANGED_ELSEWHERE unless it says exactly what is stored already (then it is the same
 *    correction, `already_applied`) — never last-writer-wins in silence (`reconcileOfflineEdit`). A record approved
 *    meanwhile is refused RECORD_NOT_EDITABLE; one still returned and saved unchanged goes back to draft.
 * 6. Likely duplicates. A record of the same author with the same activity (or type), commune, date and quantity as
 *    one already stored is refused with LIKELY_DUPLICATE (two phones, or the same meeting typed twice), unless the
 *    officer confirms it is another piece of work (`confirmDuplicate`).
 */

export const FIELD_IDLE_DAYS_DEFAULT = 30;
/** Warn this many days before the wipe. */
export const FIELD_WIPE_WARNING_DAYS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export type QueueState = 'queued' | 'refused';

export interface QueuedItem {
  clientId: string;
  idempotencyKey: string;
  /** ISO instant the officer saved it (device clock). */
  queuedAt: string;
  /** The device's running number: ties on queuedAt keep the order of entry. */
  seq: number;
  state: QueueState;
}

/** What to send now, oldest first: refused records wait for the officer. */
export function sendOrder<T extends QueuedItem>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.state === 'queued')
    .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : a.seq - b.seq));
}

/** Whole days since the last contact with the server. */
export function daysWithoutContact(lastContactAt: string, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(lastContactAt)) / DAY_MS));
}

/** The device must wipe the officer's data: `idleDays` (≥ 1) or more without contact. */
export function wipeDue(lastContactAt: string, now: string, idleDays: number): boolean {
  return daysWithoutContact(lastContactAt, now) >= Math.max(1, idleDays);
}

/** Days left before the wipe when it is near (at most FIELD_WIPE_WARNING_DAYS), else null. */
export function wipeWarning(lastContactAt: string, now: string, idleDays: number): number | null {
  const left = Math.max(1, idleDays) - daysWithoutContact(lastContactAt, now);
  return left > 0 && left <= FIELD_WIPE_WARNING_DAYS ? left : null;
}

export interface FieldRefusal {
  code: string;
  vi: string;
  en: string;
  /** Field errors, to show beside the fields of the form. */
  fields: { path: string; vi: string; en: string }[];
}

const PLAN_DEPENDENT = new Set(['ACTIVITY_UNKNOWN', 'AREA_OUT_OF_SCOPE', 'AREA_UNKNOWN', 'DATE_OUTSIDE_PLAN']);

/**
 * The reason shown to the officer for a record the server refused on the plan's rules (checkRecordEntry's errors).
 * When the plan changed after the device took its copy and the refusal comes from the plan (an activity or an
 * area no longer in it), the reason says so first.
 */
export function fieldRefusal(
  errors: readonly RecordEntryError[],
  versions: { device: string | null; server: string },
): FieldRefusal {
  const changed =
    versions.device !== null && versions.device !== versions.server && errors.some((e) => PLAN_DEPENDENT.has(e.code));
  const vi = errors.map((e) => e.vi).join(' ');
  const en = errors.map((e) => e.en).join(' ');
  return {
    code: changed ? 'PLAN_CHANGED' : (errors[0]?.code ?? 'INVALID_INPUT'),
    vi: changed ? `Kế hoạch đã thay đổi khi máy không có mạng. ${vi}` : vi,
    en: changed ? `The plan changed while the device was offline. ${en}` : en,
    fields: errors.map((e) => ({ path: e.path, vi: e.vi, en: e.en })),
  };
}

export interface DuplicateFields {
  activityId?: string | null | undefined;
  type: ActivityType;
  areaCode: string;
  date: string;
  quantity?: number | null | undefined;
}

/** Same activity (else type), commune, date and quantity: the same work, as far as the fields can tell. */
export function sameWork(a: DuplicateFields, b: DuplicateFields): boolean {
  const activity = (r: DuplicateFields) => r.activityId ?? `type:${r.type}`;
  return (
    activity(a) === activity(b) &&
    a.type === b.type &&
    a.areaCode === b.areaCode &&
    a.date === b.date &&
    (a.quantity ?? null) === (b.quantity ?? null)
  );
}

export function likelyDuplicateRefusal(areaName: string, date: string): FieldRefusal {
  const vi = `Có thể trùng: bạn đã gửi một kết quả cùng hoạt động, cùng số lượng tại ${areaName} ngày ${formatDateVi(date)}. Nếu đây là một lần thực hiện khác, hãy sửa lại hoặc xác nhận “Không phải bản trùng”.`;
  const en = `Possible duplicate: you already sent a record of the same activity and quantity at ${areaName} on ${formatDateVi(date)}. If this is another piece of work, correct it or confirm "Not a duplicate".`;
  return { code: 'LIKELY_DUPLICATE', vi, en, fields: [{ path: 'date', vi, en }] };
}

export type EditVerdict = 'apply' | 'already_applied' | 'conflict' | 'not_editable';

/**
 * An offline edit of a stored record (rule 5): `baseVersion` is the version the device started from, `sameContent`
 * whether the edit says exactly what the server holds now.
 */
export function reconcileOfflineEdit(
  edit: { baseVersion: number; sameContent: boolean },
  server: {
    version: number;
    status: 'draft' | 'submitted' | 'approved' | 'rejected';
  },
): EditVerdict {
  // Identical: the same correction (a retry, or the other device said the same) — unless the record still waits to
  // be corrected: unchanged from the device's copy it goes back to draft to be submitted again, and returned again
  // since then it was changed elsewhere.
  if (edit.sameContent && server.status !== 'rejected') return 'already_applied';
  if (server.status === 'approved') return 'not_editable';
  // Moved on since the device's copy (another device's correction, perhaps already submitted): changed elsewhere.
  if (server.version !== edit.baseVersion) return 'conflict';
  return server.status === 'draft' || server.status === 'rejected' ? 'apply' : 'not_editable';
}

export const EDIT_REFUSALS: Record<Exclude<EditVerdict, 'apply' | 'already_applied'>, FieldRefusal> = {
  conflict: {
    code: 'RECORD_CHANGED_ELSEWHERE',
    vi: 'Kết quả này đã được sửa ở nơi khác (máy khác hoặc trang quản trị) trong khi máy này không có mạng. Hãy xem bản mới và sửa lại nếu cần.',
    en: 'This record was changed elsewhere (another device or the console) while this device was offline. Look at the new version and correct it again if needed.',
    fields: [],
  },
  not_editable: {
    code: 'RECORD_NOT_EDITABLE',
    vi: 'Kết quả này đã được gửi duyệt hoặc đã duyệt nên không sửa được nữa.',
    en: 'This record has been submitted or approved and can no longer be edited.',
    fields: [],
  },
};
