/**
 * Calendar dates across the database boundary. The plans' calendar is Asia/Ho_Chi_Minh; PostgreSQL DATE columns come
 * back from Prisma as Date objects at UTC midnight, so a date crosses the boundary as 'YYYY-MM-DD' ↔ Date.UTC(y, m-1, d).
 * Today's date in Vietnam is the domain's todayInHoChiMinh (format/dates.ts): a fixed UTC+7 offset is exact there,
 * Vietnam having kept no daylight saving since 1975, and costs no Intl formatter.
 */

export function toDbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function optionalFromDbDate(date: Date | null): string | undefined {
  return date ? fromDbDate(date) : undefined;
}
