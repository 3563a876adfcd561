import { formatDateTimeVi } from '@pcmbn/domain';
import { randomUUID } from 'node:crypto';
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

/**
 * Records one sign-in attempt under `keys` as a failure, before any password is checked (a success turns its rows
 * into one: `markAttemptsSucceeded`). Counting rows that are already written is what makes the per-IP limit hold
 * against parallel requests: each request writes, then counts, so the k-th one sees at least k − 1 others.
 */
export async function startAttempt(db: DbClient, keys: string[], now = new Date()): Promise<string[]> {
  const ids = keys.map(() => randomUUID());
  await db.loginAttempt.createMany({ data: keys.map((key, i) => ({ id: ids[i]!, key, success: false, at: now })) });
  return ids;
}

export async function markAttemptsSucceeded(db: DbClient, ids: string[]): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: { in: ids } }, data: { success: true } });
}

/** An attempt refused before anything was checked (blocked IP) does not count. */
export async function forgetAttempts(db: DbClient, ids: string[]): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
}

/**
 * When a blocked IP may try again, or null when it is not blocked: IP_MAX_FAILURES failures from it within
 * IP_WINDOW_MS, not counting the attempt `ownIds` being decided.
 */
export async function ipBlockedUntil(
  db: DbClient,
  ip: string,
  now = new Date(),
  ownIds: string[] = [],
): Promise<Date | null> {
  const since = new Date(now.getTime() - IP_WINDOW_MS);
  const failures = await db.loginAttempt.findMany({
    where: { key: ipKey(ip), success: false, at: { gt: since }, id: { notIn: ownIds } },
    orderBy: { at: 'desc' },
    take: IP_MAX_FAILURES,
    select: { at: true },
  });
  if (failures.length < IP_MAX_FAILURES) return null;
  // The block lifts when the oldest of the last IP_MAX_FAILURES failures leaves the window.
  const oldest = failures[failures.length - 1]!.at;
  return new Date(oldest.getTime() + IP_WINDOW_MS);
}

/** Consecutive failed sign-ins of one e-mail address, and the lock they led to. */
export interface FailureCounter {
  failures: number;
  lockedUntil: Date | null;
}

export type AttemptStep =
  | { check: false; lockedUntil: Date }
  | { check: true; attempt: number; next: FailureCounter; locksOnFailure: Date | null };

/**
 * One more attempt on an address whose counter is `counter` (read under a row lock, src/auth/login.ts), before its
 * password is checked. Locked: refused unchecked. Otherwise counted now, as a failure: the ACCOUNT_MAX_FAILURES-th
 * attempt of a streak sets the lock at once (the right password lifts it again), so parallel guesses find it set and
 * at most ACCOUNT_MAX_FAILURES passwords are checked per lock period. A lock that has passed starts a new streak.
 */
export function nextAttempt(counter: FailureCounter, now: Date): AttemptStep {
  if (counter.lockedUntil && counter.lockedUntil > now) return { check: false, lockedUntil: counter.lockedUntil };
  const attempt = (counter.lockedUntil ? 0 : counter.failures) + 1;
  const lockedUntil = attempt >= ACCOUNT_MAX_FAILURES ? new Date(now.getTime() + ACCOUNT_LOCK_MS) : null;
  return { check: true, attempt, next: { failures: attempt, lockedUntil }, locksOnFailure: lockedUntil };
}

/** 16:35 ngày 23/11/2026, in Vietnam's time zone: the domain's 'dd/mm/yyyy HH:mm', time first. */
export function formatLocalTime(at: Date): { vi: string; en: string } {
  const moment = formatDateTimeVi(at);
  const date = moment.slice(0, 10);
  const hm = moment.slice(11);
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
