import type { DbClient } from '../db/client.js';
import type { Messages } from '../errors.js';

/** Consecutive failures that lock an account, and for how long. */
export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_LOCK_MS = 15 * 60 * 1000;
/** Failures from one IP address (any accounts) within the window that block that address until the window moves on. */
export const IP_MAX_FAILURES = 20;
export const IP_WINDOW_MS = 10 * 60 * 1000;

export const ipKey = (ip: string) => `ip:${ip}`;
export const accountKey = (email: string) => `user:${email}`;

/** When a blocked IP may try again, or null when it is not blocked. */
export async function ipBlockedUntil(db: DbClient, ip: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - IP_WINDOW_MS);
  const failures = await db.loginAttempt.findMany({
    where: { key: ipKey(ip), success: false, at: { gt: since } },
    orderBy: { at: 'desc' },
    take: IP_MAX_FAILURES,
    select: { at: true },
  });
  if (failures.length < IP_MAX_FAILURES) return null;
  // The block lifts when the oldest of the last IP_MAX_FAILURES failures leaves the window.
  const oldest = failures[failures.length - 1]!.at;
  return new Date(oldest.getTime() + IP_WINDOW_MS);
}

export async function recordAttempt(db: DbClient, keys: string[], success: boolean, now = new Date()): Promise<void> {
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, success, at: now })) });
}

/** 16:35 ngày 23/11/2026, in Vietnam's time zone. */
export function formatLocalTime(at: Date): { vi: string; en: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const hm = `${get('hour')}:${get('minute')}`;
  const date = `${get('day')}/${get('month')}/${get('year')}`;
  return { vi: `${hm} ngày ${date}`, en: `${hm} on ${date} (Vietnam time)` };
}

function minutesUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000));
}

export function accountLockedMessage(until: Date, now = new Date()): Messages {
  const when = formatLocalTime(until);
  const min = minutesUntil(until, now);
  return {
    vi: `Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${min} phút (lúc ${when.vi}).`,
    en: `The account is locked after too many failed sign-ins. Try again in ${min} minutes (at ${when.en}).`,
  };
}

export function ipBlockedMessage(until: Date, now = new Date()): Messages {
  const when = formatLocalTime(until);
  const min = minutesUntil(until, now);
  return {
    vi: `Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ${min} phút (lúc ${when.vi}).`,
    en: `Too many failed sign-ins from this address. Try again in ${min} minutes (at ${when.en}).`,
  };
}
