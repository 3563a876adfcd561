/**
 * A chart axis people can read: steps of 1, 2, 2.5 or 5 times a power of ten (0, 25, 50, 75, 100 %), the top the
 * first tick at or above the largest value. The old axis split max × 1.05 in four and read 26.3, 52.5, 78.8, 105.
 */
export interface Scale {
  /** The axis top: the last tick. */
  max: number;
  step: number;
  /** From 0 to max, one per step. */
  ticks: number[];
}

const MANTISSAS = [1, 2, 2.5, 5];
const TARGET_INTERVALS = 4;

/** Rounds away binary noise (3 × 0.2 = 0.6000000000000001) without changing any real tick. */
const clean = (value: number) => Number(value.toPrecision(12));

export function niceScale(largest: number, options: { integer?: boolean; maxIntervals?: number } = {}): Scale {
  const { integer = false, maxIntervals = 5 } = options;
  // Nothing to draw (no value, or only zeros and negatives) still gets an axis.
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  const firstExponent = Math.floor(Math.log10(top / maxIntervals));
  let best: { max: number; step: number; intervals: number } | undefined;
  for (let exponent = firstExponent; exponent <= firstExponent + 1; exponent++) {
    for (const mantissa of MANTISSAS) {
      const step = clean(mantissa * 10 ** exponent);
      // Counts are whole: half a leaflet is not a tick.
      if (integer && !Number.isInteger(step)) continue;
      const intervals = Math.max(1, Math.ceil(top / step - 1e-9));
      if (intervals > maxIntervals) continue;
      const max = clean(intervals * step);
      // The tightest top wastes least height; at the same top, about four intervals read best (0, 25, 50, 75, 100
      // rather than 0, 20, …, 100 or 0, 100).
      const nearer = (a: number, b: number) => Math.abs(a - TARGET_INTERVALS) < Math.abs(b - TARGET_INTERVALS);
      if (!best || max < best.max || (max === best.max && nearer(intervals, best.intervals))) {
        best = { max, step, intervals };
      }
    }
  }
  // maxIntervals ≥ 1 always finds a step by the second exponent; the fallback only satisfies the type checker.
  const { max, step, intervals } = best ?? { max: top, step: top, intervals: 1 };
  return { max, step, ticks: Array.from({ length: intervals + 1 }, (_, i) => clean(i * step)) };
}
