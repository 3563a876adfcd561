import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDbDate, toDbDate } from './dates.js';

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
});
