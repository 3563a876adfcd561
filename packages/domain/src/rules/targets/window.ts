import type { Period } from '../../model/index.js';
import { ymdNumber } from '../dates.js';
import type { EvaluationContext } from './evaluation-index.js';

/**
 * Records count when dated inside the period (both edges included) and not after asOf: evaluating "as of" a past
 * date must give the result that was true on that date, even if later records exist.
 */
export function recordWindow(ctx: EvaluationContext, period: Period, lastDay?: string): [number, number] {
  let to = Math.min(ymdNumber(period.to), ctx.asOfYmd);
  if (lastDay !== undefined) to = Math.min(to, ymdNumber(lastDay));
  return [ymdNumber(period.from), to];
}
