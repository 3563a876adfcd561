import { describe, expect, it } from 'vitest';
import { niceScale } from './scale';

describe('niceScale', () => {
  it('reads 0, 25, 50, 75, 100 for a percentage that tops out at 100 (not 26.3, 52.5, 78.8, 105)', () => {
    expect(niceScale(100).ticks).toEqual([0, 25, 50, 75, 100]);
  });

  it('goes one nice step past the largest value, never cutting it off', () => {
    const scale = niceScale(105);
    expect(scale.ticks).toEqual([0, 25, 50, 75, 100, 125]);
    expect(scale.max).toBe(125);
  });

  it('keeps integer steps for counts', () => {
    expect(niceScale(7, { integer: true }).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(niceScale(1, { integer: true }).ticks).toEqual([0, 1]);
    expect(niceScale(30000, { integer: true }).ticks).toEqual([0, 10000, 20000, 30000]);
  });

  it('uses 1, 2, 2.5 or 5 times a power of ten, at most five intervals', () => {
    for (const max of [0.3, 3, 9.9, 42, 61, 999, 12345, 2_000_000]) {
      const { ticks, step } = niceScale(max);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(Number(mantissa.toFixed(6)));
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(0);
    }
  });

  it('gives no floating-point noise in the ticks', () => {
    expect(niceScale(0.6).ticks).toEqual([0, 0.2, 0.4, 0.6]);
  });

  it('draws an empty or negative series on a 0–1 scale', () => {
    expect(niceScale(0).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceScale(Number.NaN, { integer: true }).ticks).toEqual([0, 1]);
  });
});
