/**
 * Calendar dates as 'YYYY-MM-DD' strings in Asia/Ho_Chi_Minh (formatting and today's date: `format/dates.ts`). The plans speak in calendar days, so no date here
 * ever goes through a `Date` in the local time zone: arithmetic uses day numbers (days since 1970-01-01) computed
 * with the proleptic Gregorian civil-date algorithm, which gets leap years right without time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 'YYYY-MM-DD' → [year, month, day]; no validation beyond the shape (callers hold schema-checked dates). */
export function splitIsoDate(iso: string): [number, number, number] {
  return [yearOf(iso), monthOf(iso), dayOf(iso)];
}

/** Day number (days since 1970-01-01) of an ISO date. */
export function dayNumber(iso: string): number {
  return dayNumberOf(yearOf(iso), monthOf(iso), dayOf(iso));
}

/** ISO date of a day number (Hinnant's civil_from_days). */
export function isoFromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return isoOf(y, m, d);
}

export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `to − from` in days: daysBetween('2020-02-28', '2020-03-01') = 2. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Number of days in the inclusive range [from, to]; 0 when to < from. */
export function inclusiveDays(from: string, to: string): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Last calendar day of a month, as an ISO date. */
export function endOfMonth(year: number, month: number): string {
  return isoOf(year, month, daysInMonth(year, month));
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * 'YYYY-MM-DD' → YYYYMMDD as an integer, for hot loops: ordering is the same as the string's and it costs
 * eight charCodeAt calls, no allocation.
 */
export function ymdNumber(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 10000000 +
    (iso.charCodeAt(1) - 48) * 1000000 +
    (iso.charCodeAt(2) - 48) * 100000 +
    (iso.charCodeAt(3) - 48) * 10000 +
    (iso.charCodeAt(5) - 48) * 1000 +
    (iso.charCodeAt(6) - 48) * 100 +
    (iso.charCodeAt(8) - 48) * 10 +
    (iso.charCodeAt(9) - 48)
  );
}

function yearOf(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48)
  );
}

function monthOf(iso: string): number {
  return (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
}

function dayOf(iso: string): number {
  return (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
}
