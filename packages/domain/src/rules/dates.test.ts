import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  daysInMonth,
  inclusiveDays,
  isIsoDate,
  isoFromDayNumber,
  ymdNumber,
} from './dates.js';

describe('dates', () => {
  it('counts days with leap years right', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(inclusiveDays('2020-01-01', '2020-12-31')).toBe(366);
    expect(inclusiveDays('2100-01-01', '2100-12-31')).toBe(365);
    expect(inclusiveDays('2000-01-01', '2000-12-31')).toBe(366);
    expect(inclusiveDays('2019-01-02', '2019-01-01')).toBe(0);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('day numbers agree with UTC dates and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const iso = isoFromDayNumber(n);
        expect(new Date(`${iso}T00:00:00Z`).getTime() / 86400000).toBe(n);
        expect(dayNumber(iso)).toBe(n);
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-1-01')).toBe(false);
  });

  it('keeps YYYYMMDD order', () => {
    expect(ymdNumber('2019-03-05')).toBe(20190305);
  });
});
