/**
 * When a kiosk shows a content item first (issue 16 item 12): an officer gives it a window of dates — once, or every
 * year (the 1/7–1/8 campaign month, 30/7) — and optionally hours of the day. The kiosk decides with its own clock
 * from the bundle, so the order changes on time with the cable pulled. Dates and hours are Vietnam's (UTC+7, no
 * daylight saving time).
 */
import { z } from 'zod';
import { HO_CHI_MINH_OFFSET_MS } from '../../format/dates.js';

const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const KioskScheduleSchema = z
  .object({
    /** First day shown first, inclusive (YYYY-MM-DD). */
    from: z.string().regex(DATE, { error: 'Ngày bắt đầu có dạng dd/mm/yyyy' }),
    /** Last day shown first, inclusive. */
    to: z.string().regex(DATE, { error: 'Ngày kết thúc có dạng dd/mm/yyyy' }),
    /** Every year on the same days (the year of `from` and `to` is then ignored). */
    yearly: z.boolean().default(false),
    /** Optional daily hours HH:MM–HH:MM (end exclusive); an end before the start runs past midnight. */
    dailyFrom: z.string().regex(HOUR, { error: 'Giờ có dạng HH:MM' }).optional(),
    dailyTo: z.string().regex(HOUR, { error: 'Giờ có dạng HH:MM' }).optional(),
  })
  .refine((s) => (s.dailyFrom === undefined) === (s.dailyTo === undefined), {
    error: 'Cần cả giờ bắt đầu và giờ kết thúc, hoặc bỏ trống cả hai',
    path: ['dailyTo'],
  })
  .refine((s) => s.yearly || s.from <= s.to, {
    error: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['to'],
  });
export type KioskSchedule = z.output<typeof KioskScheduleSchema>;

/** The Vietnamese calendar day (YYYY-MM-DD) and minute of the day of an instant. */
function inVietnam(at: Date): { day: string; minute: number } {
  const local = new Date(at.getTime() + HO_CHI_MINH_OFFSET_MS);
  return {
    day: local.toISOString().slice(0, 10),
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function dayInWindow(s: KioskSchedule, day: string): boolean {
  if (!s.yearly) return s.from <= day && day <= s.to;
  const md = day.slice(5);
  const from = s.from.slice(5);
  const to = s.to.slice(5);
  // A yearly window may run over New Year (20/12–05/01).
  return from <= to ? from <= md && md <= to : md >= from || md <= to;
}

/** Is the item inside its window at `now`? */
export function isScheduleActive(schedule: KioskSchedule, now: Date): boolean {
  const { day, minute } = inVietnam(now);
  if (schedule.dailyFrom === undefined || schedule.dailyTo === undefined) return dayInWindow(schedule, day);
  const start = minuteOf(schedule.dailyFrom);
  const end = minuteOf(schedule.dailyTo);
  if (start === end) return dayInWindow(schedule, day);
  if (start < end) return dayInWindow(schedule, day) && minute >= start && minute < end;
  // Past midnight: the small hours belong to the evening that started the day before.
  if (minute >= start) return dayInWindow(schedule, day);
  if (minute < end) return dayInWindow(schedule, inVietnam(new Date(now.getTime() - 24 * 60 * 60 * 1000)).day);
  return false;
}

/**
 * The items in the order a kiosk shows them at `now`: those inside their window first (in their own order), then
 * the rest; an item outside its window keeps its usual place. Stable: equal items keep the order given.
 */
export function orderBySchedule<T extends { schedule?: KioskSchedule | null | undefined }>(
  items: readonly T[],
  now: Date,
): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  for (const item of items) (item.schedule && isScheduleActive(item.schedule, now) ? first : rest).push(item);
  return [...first, ...rest];
}

/** "01/07–01/08 hằng năm, 07:00–21:00" for officers. */
export function describeSchedule(s: KioskSchedule): string {
  const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
  const dmy = (iso: string) => `${dm(iso)}/${iso.slice(0, 4)}`;
  const days = s.yearly ? `${dm(s.from)}–${dm(s.to)} hằng năm` : `${dmy(s.from)}–${dmy(s.to)}`;
  return s.dailyFrom && s.dailyTo ? `${days}, ${s.dailyFrom}–${s.dailyTo}` : days;
}
