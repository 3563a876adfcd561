import { describe, expect, it } from 'vitest';
import {
  dateShortVi,
  documentDateVi,
  formatDateTimeVi,
  formatDateVi,
  formatMonthDayVi,
  parseMonthDayVi,
  todayInHoChiMinh,
} from './dates.js';

describe('format/dates', () => {
  it('writes a calendar date dd/mm/yyyy as written, never shifted through a time zone', () => {
    expect(formatDateVi('2019-03-05')).toBe('05/03/2019');
    expect(formatDateVi('2026-07-30T20:00:00Z')).toBe('30/07/2026');
  });

  it('reads a Date in Ho Chi Minh City', () => {
    expect(formatDateVi(new Date('2019-12-31T16:59:59Z'))).toBe('31/12/2019');
    expect(formatDateVi(new Date('2019-12-31T17:00:00Z'))).toBe('01/01/2020');
    expect(formatDateVi(new Date('not a date'))).toBe('');
    expect(formatDateVi('not a date')).toBe('');
  });

  it('formats a moment as dd/mm/yyyy HH:mm in Ho Chi Minh City', () => {
    expect(formatDateTimeVi(new Date('2026-03-01T17:05:00Z'))).toBe('02/03/2026 00:05');
    expect(formatDateTimeVi('2019-12-31T16:59:59Z')).toBe('31/12/2019 23:59');
    expect(formatDateTimeVi('not a date')).toBe('');
  });

  it('today in Ho Chi Minh City is UTC+7 whatever the server time zone', () => {
    expect(todayInHoChiMinh(new Date('2019-12-31T16:59:59Z'))).toBe('2019-12-31');
    expect(todayInHoChiMinh(new Date('2019-12-31T17:00:00Z'))).toBe('2020-01-01');
    expect(todayInHoChiMinh()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('writes dates the way legal documents do', () => {
    expect(dateShortVi('2018-04-06')).toBe('06/4/2018');
    expect(dateShortVi('2019-02-05')).toBe('05/02/2019');
    expect(documentDateVi('2019-02-05')).toBe('ngày 05 tháng 02 năm 2019');
    expect(documentDateVi('2019-12-19')).toBe('ngày 19 tháng 12 năm 2019');
  });

  it("shows a day of the year 'MM-DD' as Vietnamese officers write it, dd/mm", () => {
    expect(formatMonthDayVi('07-01')).toBe('01/07');
    expect(formatMonthDayVi('12-31')).toBe('31/12');
    expect(formatMonthDayVi('02-29')).toBe('29/02');
    // Anything that is no stored day of the year (text typed and not yet accepted) is shown as it is.
    expect(formatMonthDayVi('31/02')).toBe('31/02');
    expect(formatMonthDayVi('')).toBe('');
  });

  it('reads a day of the year typed dd/mm (or d/m) as MM-DD, and nothing else', () => {
    expect(parseMonthDayVi('01/07')).toBe('07-01');
    expect(parseMonthDayVi('1/7')).toBe('07-01');
    expect(parseMonthDayVi(' 30/7 ')).toBe('07-30');
    expect(parseMonthDayVi('31/12')).toBe('12-31');
    // 29/2 is a day of the year: the last day of February in a common year.
    expect(parseMonthDayVi('29/02')).toBe('02-29');
    // 13/01 is the 13th of January; a 13th month is not.
    expect(parseMonthDayVi('13/01')).toBe('01-13');
    for (const bad of ['31/02', '30/2', '31/04', '01/13', '0/7', '1/0', '32/1', 'abc', '', '07-01', '1/7/2019', '1//7'])
      expect(parseMonthDayVi(bad), bad).toBeUndefined();
  });
});
