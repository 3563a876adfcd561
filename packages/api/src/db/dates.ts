/**
 * Calendar dates. The plans' calendar is Asia/Ho_Chi_Minh; PostgreSQL DATE columns come back from Prisma as
 * Date objects at UTC midnight, so a date crosses the boundary as 'YYYY-MM-DD' ↔ Date.UTC(y, m-1, d).
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function toDbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function optionalFromDbDate(date: Date | null): string | undefined {
  return date ? fromDbDate(date) : undefined;
}

// en-CA formats as YYYY-MM-DD. Made once: building a DateTimeFormat cost 18 % of a public.search (issue 18 profile).
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam ('YYYY-MM-DD'). */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}
