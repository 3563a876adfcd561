/**
 * Dates as people read them, and "today" in Vietnam. Calendar arithmetic stays in `rules/dates.ts`, which never
 * touches a time zone; this module is the one place that turns a moment into a Vietnamese calendar day.
 */

/** Vietnam has used UTC+7 without daylight saving since 1975. */
export const HO_CHI_MINH_OFFSET_MS = 7 * 60 * 60 * 1000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day ('YYYY-MM-DD') a moment falls on in Asia/Ho_Chi_Minh, whatever the server's time zone. */
export function todayInHoChiMinh(now: Date = new Date()): string {
  return new Date(now.getTime() + HO_CHI_MINH_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * '2019-03-05' → '05/03/2019', the way Vietnamese documents write dates. A string that starts with a calendar date
 * is read as written (never shifted through a time zone); a `Date` is read in Asia/Ho_Chi_Minh. Invalid input → ''.
 */
export function formatDateVi(value: string | Date): string {
  if (typeof value === 'string') {
    const day = ISO_DAY.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
    value = new Date(value);
  }
  if (Number.isNaN(value.getTime())) return '';
  return formatDateVi(todayInHoChiMinh(value));
}

/**
 * A moment as 'dd/mm/yyyy HH:mm' in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever the server's or the
 * browser's time zone: 2026-03-01T17:05:00Z → '02/03/2026 00:05'. Invalid dates give ''.
 */
export function formatDateTimeVi(moment: Date | string): string {
  const time = (typeof moment === 'string' ? new Date(moment) : moment).getTime();
  if (Number.isNaN(time)) return '';
  const iso = new Date(time + HO_CHI_MINH_OFFSET_MS).toISOString();
  return `${formatDateVi(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}

/** '06/4/2018': the way legal references write dates (leading zero on the day, on months 1 and 2 only). */
export function dateShortVi(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(8, 10)}/${m <= 2 ? `0${m}` : m}/${iso.slice(0, 4)}`;
}

/**
 * Decree 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months 1 and 2 take a leading zero
 * ('ngày 05 tháng 02 năm 2019'), other months do not ('tháng 12').
 */
export function documentDateVi(iso: string): string {
  const y = iso.slice(0, 4);
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MONTH_VI = /^(\d{1,2})\/(\d{1,2})$/;
/** Days in each month of a day-of-year; February has 29 (in a common year '02-29' is its last day). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of the year 'MM-DD' (yearly windows, observances) as Vietnamese officers write it: '07-01' → '01/07'.
 * Anything else (text typed that is no day of the year yet) is returned as it is, so that it stays on screen.
 */
export function formatMonthDayVi(value: string): string {
  const m = MONTH_DAY.exec(value);
  return m ? `${m[2]}/${m[1]}` : value;
}

/**
 * A day of the year typed dd/mm or d/m ('01/07', '1/7', '30/7') as the domain's 'MM-DD' ('07-01'); undefined for
 * anything else, a day the month does not have (31/02, 31/04), a 13th month, or 'MM-DD' itself ('07-01' would be
 * read the wrong way round by an officer, so it is not taken).
 */
export function parseMonthDayVi(text: string): string | undefined {
  const m = DAY_MONTH_VI.exec(text.trim());
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return undefined;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
