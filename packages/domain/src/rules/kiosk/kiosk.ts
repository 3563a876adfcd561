import { approvalRefusal, type ApprovalRefusal, type RecordAuthorship } from '../records/record-approval.js';
import { HO_CHI_MINH_OFFSET_MS, todayInHoChiMinh } from '../../format/dates.js';

/**
 * Kiosk rules shared by the API (pairing, fleet list, usage approval) and the kiosk app (idle policy).
 * Pure: randomness and clocks come in as arguments.
 */

/** No 0/O, 1/I/L: the code is read off a screen across a room and typed by an officer. 31 symbols. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 6;
/** A pending code dies after 15 minutes; the kiosk then asks for a new one. */
export const PAIRING_TTL_MS = 15 * 60 * 1000;
/** A kiosk is online when its last heartbeat is younger than this (it beats every few minutes). */
export const KIOSK_ONLINE_WINDOW_MS = 10 * 60 * 1000;
/** Events per kiosk.usage call. */
export const KIOSK_USAGE_BATCH_MAX = 500;

const PAIRING_CODE = new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/**
 * A code from random bytes, by rejection sampling (bytes ≥ 248 = 8 × 31 are skipped, so every symbol is equally
 * likely). Returns null when the bytes run out before six symbols; the caller draws more.
 */
export function pairingCodeFromBytes(bytes: Uint8Array): string | null {
  const limit = Math.floor(256 / PAIRING_ALPHABET.length) * PAIRING_ALPHABET.length;
  let code = '';
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length];
    if (code.length === PAIRING_CODE_LENGTH) return code;
  }
  return null;
}

/** What an officer typed, tidied: upper case, no spaces or dashes ("abc-234" → "ABC234"); null when not a code. */
export function normalisePairingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  return PAIRING_CODE.test(code) ? code : null;
}

/** "ABC234" → "ABC 234" for display in huge type (two groups of three are easier to read out). */
export function formatPairingCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export function isKioskOnline(
  lastHeartbeatAt: Date | null | undefined,
  now: Date,
  windowMs = KIOSK_ONLINE_WINDOW_MS,
): boolean {
  if (!lastHeartbeatAt) return false;
  const age = now.getTime() - lastHeartbeatAt.getTime();
  // A clock a little ahead on the kiosk's side still counts as fresh.
  return age < windowMs && age > -windowMs;
}

/** The instants [from, to) of a calendar month ('2026-11') in Asia/Ho_Chi_Minh. */
export function monthRangeInVietnam(month: string): { from: Date; to: Date } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const m = match ? Number(match[2]) : NaN;
  if (!match || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  const y = Number(match[1]);
  return {
    from: new Date(Date.UTC(y, m - 1, 1) - HO_CHI_MINH_OFFSET_MS),
    to: new Date(Date.UTC(y, m, 1) - HO_CHI_MINH_OFFSET_MS),
  };
}

/** The month ('YYYY-MM') an instant falls in, in Vietnam. */
export function monthInVietnam(at: Date): string {
  return new Date(at.getTime() + HO_CHI_MINH_OFFSET_MS).toISOString().slice(0, 7);
}

/** Last calendar day of a month ('2026-02' → '2026-02-28'). */
export function lastDayOfMonth(month: string): string {
  const { to } = monthRangeInVietnam(month);
  return new Date(to.getTime() + HO_CHI_MINH_OFFSET_MS - 1).toISOString().slice(0, 10);
}

export type KioskUsageKind = 'session' | 'page_view' | 'quiz_completed';

export interface KioskUsageTotals {
  sessions: number;
  pageViews: number;
  quizzesCompleted: number;
  /** What counts as plan evidence: one interaction = one session a villager started by touching the screen. Page
   * views and quizzes describe the sessions; adding them up would count the same visit several times. */
  interactions: number;
}

/** Totals of usage events (each carries a count, normally 1). Unknown kinds are ignored. */
export function usageTotals(events: Iterable<{ kind: string; count: number }>): KioskUsageTotals {
  const totals: KioskUsageTotals = { sessions: 0, pageViews: 0, quizzesCompleted: 0, interactions: 0 };
  for (const e of events) {
    if (e.kind === 'session') totals.sessions += e.count;
    else if (e.kind === 'page_view') totals.pageViews += e.count;
    else if (e.kind === 'quiz_completed') totals.quizzesCompleted += e.count;
  }
  totals.interactions = totals.sessions;
  return totals;
}

/** Idle timeout of the kiosk, from a setting (query parameter or stored); default 90 s, clamped to 3 s – 1 h. */
export function idleSecondsFrom(value: string | null | undefined, fallback = 90): number {
  const n = value === null || value === undefined || value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(3600, Math.max(3, Math.round(n)));
}

// ---------------------------------------------------------------------------------------------------------------
// Usage the API accepts from a kiosk (issue 12.9). A kiosk's token can be copied, so what it sends is checked
// against what one touch screen can physically do before it can become plan evidence.

/** A kiosk's clock may run this far ahead of the server's (no NTP in some commune offices). */
export const KIOSK_CLOCK_SKEW_MS = 10 * 60 * 1000;

/**
 * What one screen can do, per kind of event:
 * - `session`: one person steps up, touches the welcome screen and reads at least one page — a minute at the very
 *   least, so at most 1 a minute: 1,440 a day even if the kiosk were used round the clock without a break.
 * - `page_view`: a page has to load and be read or touched, 3 s at least: 20 a minute, 28,800 a day.
 * - `quiz_completed`: a quiz has several questions, a minute at least: 1 a minute, 1,440 a day.
 * The kiosk app sends every event with count 1; a count above 1 may only merge what happened within one minute, so
 * an event's count is capped at the per-minute figure.
 */
export const KIOSK_USAGE_LIMITS: Record<KioskUsageKind, { perEvent: number; perDay: number }> = {
  session: { perEvent: 1, perDay: 1440 },
  page_view: { perEvent: 20, perDay: 28_800 },
  quiz_completed: { perEvent: 1, perDay: 1440 },
};

export type KioskEventRefusalCode =
  'KIOSK_EVENT_BEFORE_PAIRING' | 'KIOSK_EVENT_IN_FUTURE' | 'KIOSK_EVENT_COUNT_TOO_HIGH' | 'KIOSK_EVENT_DAY_LIMIT';

export interface KioskUsageEventLike {
  idempotencyKey: string;
  kind: KioskUsageKind;
  occurredAt: string | Date;
  count?: number | undefined;
}

/** The calendar day ('YYYY-MM-DD') an instant falls on in Vietnam. */
export function dayInVietnam(at: Date): string {
  return todayInHoChiMinh(at);
}

/**
 * Splits a kiosk's batch into the events to store and those refused, with why: dated before the kiosk was paired
 * or later than now (beyond the clock skew), a count above what a screen does in a minute, or past the day's limit
 * of its kind (`counted(day, kind)`: what is already stored for the device that day; the batch adds up in order).
 * Pure: the API passes the pairing time, the clock and the stored counts.
 */
export function admitKioskUsage<E extends KioskUsageEventLike>(
  events: readonly E[],
  context: { pairedAt: Date; now: Date; counted: (day: string, kind: KioskUsageKind) => number },
): { admitted: E[]; refused: { idempotencyKey: string; code: KioskEventRefusalCode }[] } {
  const admitted: E[] = [];
  const refused: { idempotencyKey: string; code: KioskEventRefusalCode }[] = [];
  const added = new Map<string, number>();
  for (const e of events) {
    const at = new Date(e.occurredAt);
    const count = e.count ?? 1;
    const limits = KIOSK_USAGE_LIMITS[e.kind];
    let code: KioskEventRefusalCode | null = null;
    if (!(at.getTime() >= context.pairedAt.getTime() - KIOSK_CLOCK_SKEW_MS)) code = 'KIOSK_EVENT_BEFORE_PAIRING';
    else if (at.getTime() > context.now.getTime() + KIOSK_CLOCK_SKEW_MS) code = 'KIOSK_EVENT_IN_FUTURE';
    else if (!Number.isInteger(count) || count < 1 || count > limits.perEvent) code = 'KIOSK_EVENT_COUNT_TOO_HIGH';
    else {
      const day = dayInVietnam(at);
      const key = `${day}|${e.kind}`;
      const total = context.counted(day, e.kind) + (added.get(key) ?? 0) + count;
      if (total > limits.perDay) code = 'KIOSK_EVENT_DAY_LIMIT';
      else added.set(key, (added.get(key) ?? 0) + count);
    }
    if (code) refused.push({ idempotencyKey: e.idempotencyKey, code });
    else admitted.push(e);
  }
  return { admitted, refused };
}

/** Sessions in a day above which the approving officer is asked to look: one visitor every 2 minutes through a
 *  10-hour opening day is a queue all day long — possible on a festival day, unusual for a commune office. */
export const KIOSK_BUSY_DAY_SESSIONS = 300;

export interface KioskUsageFlag {
  day: string;
  sessions: number;
  reason: 'busy_day' | 'spike';
  message: string;
  messageEn: string;
}

/**
 * Days of a month the approving officer should look at before turning the month into evidence: more sessions than
 * `KIOSK_BUSY_DAY_SESSIONS`, or a spike — at least 50 sessions and more than 5 times the median of the month's days
 * with usage.
 */
export function kioskUsageFlags(days: readonly { day: string; sessions: number }[]): KioskUsageFlag[] {
  const active = days.filter((d) => d.sessions > 0);
  const sorted = active.map((d) => d.sessions).sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
  const flags: KioskUsageFlag[] = [];
  for (const d of [...active].sort((a, b) => a.day.localeCompare(b.day))) {
    const [y, m, dd] = d.day.split('-');
    const dayVi = `${dd}/${m}/${y}`;
    if (d.sessions > KIOSK_BUSY_DAY_SESSIONS) {
      flags.push({
        day: d.day,
        sessions: d.sessions,
        reason: 'busy_day',
        message: `Ngày ${dayVi}: ${d.sessions} lượt sử dụng, nhiều hơn ${KIOSK_BUSY_DAY_SESSIONS} lượt một ngày — cần kiểm tra trước khi duyệt.`,
        messageEn: `${d.day}: ${d.sessions} sessions, more than ${KIOSK_BUSY_DAY_SESSIONS} a day — check before approving.`,
      });
    } else if (sorted.length >= 3 && d.sessions >= 50 && d.sessions > 5 * median) {
      flags.push({
        day: d.day,
        sessions: d.sessions,
        reason: 'spike',
        message: `Ngày ${dayVi}: ${d.sessions} lượt sử dụng, gấp hơn 5 lần mức thường ngày (${median}) — cần kiểm tra trước khi duyệt.`,
        messageEn: `${d.day}: ${d.sessions} sessions, over 5 times the usual day (${median}) — check before approving.`,
      });
    }
  }
  return flags;
}

/**
 * Four eyes on kiosk usage: the month becomes evidence only when someone approves it who neither asked for its
 * approval (the record's author and submitter) nor paired the kiosk that counted it. Reuses the records' rule
 * (`approvalRefusal`) and adds the pairing.
 */
export function kioskUsageApprovalRefusal(
  userId: string,
  record: RecordAuthorship & { pairedById?: string | null | undefined },
): ApprovalRefusal | (Omit<ApprovalRefusal, 'bar'> & { bar: 'paired' }) | null {
  if (record.pairedById && record.pairedById === userId) {
    return {
      code: 'RECORD_FOUR_EYES',
      bar: 'paired',
      message:
        'Bạn đã ghép nối ki-ốt đếm số liệu này nên không thể duyệt số liệu của nó; cần một người khác duyệt (nguyên tắc bốn mắt).',
      messageEn:
        'You paired the kiosk that counted this usage, so you cannot approve it; someone else must (four eyes).',
    };
  }
  return approvalRefusal(userId, record);
}
