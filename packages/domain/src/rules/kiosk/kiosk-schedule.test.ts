import { describe, expect, it } from 'vitest';
import { describeSchedule, isScheduleActive, KioskScheduleSchema, orderBySchedule } from './kiosk-schedule.js';

/** An instant given as Vietnam's local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const campaign = KioskScheduleSchema.parse({ from: '2026-07-01', to: '2026-08-01', yearly: true });
const nationalDay = KioskScheduleSchema.parse({ from: '2026-07-30', to: '2026-07-30', yearly: true });

describe('kiosk content schedule', () => {
  it('the 1/7–1/8 campaign is active from the first minute of 1/7 to the last of 1/8, Vietnam time, every year', () => {
    expect(isScheduleActive(campaign, vn('2026-06-30T23:59'))).toBe(false);
    expect(isScheduleActive(campaign, vn('2026-07-01T00:00'))).toBe(true);
    expect(isScheduleActive(campaign, vn('2027-08-01T23:59'))).toBe(true);
    expect(isScheduleActive(campaign, vn('2027-08-02T00:00'))).toBe(false);
    // 30/6 17:30 UTC is already 1/7 in Vietnam.
    expect(isScheduleActive(campaign, new Date('2026-06-30T17:30:00Z'))).toBe(true);
  });

  it('a one-off window ignores other years', () => {
    const once = KioskScheduleSchema.parse({ from: '2026-07-01', to: '2026-08-01' });
    expect(isScheduleActive(once, vn('2026-07-15T10:00'))).toBe(true);
    expect(isScheduleActive(once, vn('2027-07-15T10:00'))).toBe(false);
  });

  it('daily hours narrow the window; an evening window runs past midnight', () => {
    const mornings = KioskScheduleSchema.parse({ ...nationalDay, dailyFrom: '07:00', dailyTo: '11:30' });
    expect(isScheduleActive(mornings, vn('2026-07-30T06:59'))).toBe(false);
    expect(isScheduleActive(mornings, vn('2026-07-30T07:00'))).toBe(true);
    expect(isScheduleActive(mornings, vn('2026-07-30T11:30'))).toBe(false);
    const evenings = KioskScheduleSchema.parse({ ...nationalDay, dailyFrom: '19:00', dailyTo: '02:00' });
    expect(isScheduleActive(evenings, vn('2026-07-30T20:00'))).toBe(true);
    expect(isScheduleActive(evenings, vn('2026-07-31T01:00'))).toBe(true);
    expect(isScheduleActive(evenings, vn('2026-07-30T01:00'))).toBe(false);
  });

  it('a yearly window over New Year', () => {
    const tet = KioskScheduleSchema.parse({ from: '2026-12-20', to: '2027-01-05', yearly: true });
    expect(isScheduleActive(tet, vn('2028-12-25T12:00'))).toBe(true);
    expect(isScheduleActive(tet, vn('2029-01-03T12:00'))).toBe(true);
    expect(isScheduleActive(tet, vn('2029-02-03T12:00'))).toBe(false);
  });

  it('scheduled items come first only inside their window; the rest keep their order', () => {
    const items = [
      { slug: 'goi-tro-giup' },
      { slug: 'dau-hieu-nhan-biet' },
      { slug: 'ngay-30-thang-7', schedule: campaign },
      { slug: 'luat-2024', schedule: null },
    ];
    const slugs = (now: Date) => orderBySchedule(items, now).map((i) => i.slug);
    expect(slugs(vn('2026-07-20T09:00'))).toEqual([
      'ngay-30-thang-7',
      'goi-tro-giup',
      'dau-hieu-nhan-biet',
      'luat-2024',
    ]);
    expect(slugs(vn('2026-09-20T09:00'))).toEqual([
      'goi-tro-giup',
      'dau-hieu-nhan-biet',
      'ngay-30-thang-7',
      'luat-2024',
    ]);
  });

  it('refuses half-given hours and a one-off window that ends before it starts, in Vietnamese', () => {
    const half = KioskScheduleSchema.safeParse({ from: '2026-07-01', to: '2026-08-01', dailyFrom: '07:00' });
    expect(half.success).toBe(false);
    expect(half.error?.issues[0]?.message).toContain('giờ kết thúc');
    const backwards = KioskScheduleSchema.safeParse({ from: '2026-08-01', to: '2026-07-01' });
    expect(backwards.error?.issues[0]?.message).toBe('Ngày kết thúc phải sau ngày bắt đầu');
  });

  it('describes a window for officers in dd/mm', () => {
    expect(describeSchedule(campaign)).toBe('01/07–01/08 hằng năm');
    expect(describeSchedule({ ...nationalDay, yearly: false, dailyFrom: '07:00', dailyTo: '21:00' })).toBe(
      '30/07/2026–30/07/2026, 07:00–21:00',
    );
  });
});
