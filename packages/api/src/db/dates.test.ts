import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDbDate, todayInVietnam, toDbDate } from './dates.js';

describe('dates', () => {
  it('round-trips every calendar date through a DATE column value', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(fromDbDate(toDbDate(iso))).toBe(iso);
        },
      ),
    );
  });

  it("reads today in Vietnam's calendar (UTC+7)", () => {
    // 18/9/2025 17:30 UTC is already 19/9/2025 00:30 in Hà Nội: the day the hotline became 111.
    expect(todayInVietnam(new Date('2025-09-18T17:30:00Z'))).toBe('2025-09-19');
    expect(todayInVietnam(new Date('2025-09-18T16:59:59Z'))).toBe('2025-09-18');
  });
});
