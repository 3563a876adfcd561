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

/** Vietnam has no daylight saving time: UTC+7 all year. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instants [from, to) of a calendar month ('2026-11') in Asia/Ho_Chi_Minh. */
export function monthRangeInVietnam(month: string): { from: Date; to: Date } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const m = match ? Number(match[2]) : NaN;
  if (!match || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  const y = Number(match[1]);
  return { from: new Date(Date.UTC(y, m - 1, 1) - VN_OFFSET_MS), to: new Date(Date.UTC(y, m, 1) - VN_OFFSET_MS) };
}

/** The month ('YYYY-MM') an instant falls in, in Vietnam. */
export function monthInVietnam(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 7);
}

/** Last calendar day of a month ('2026-02' → '2026-02-28'). */
export function lastDayOfMonth(month: string): string {
  const { to } = monthRangeInVietnam(month);
  return new Date(to.getTime() + VN_OFFSET_MS - 1).toISOString().slice(0, 10);
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
