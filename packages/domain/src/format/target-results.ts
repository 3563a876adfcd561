/**
 * How a target's result is worded — the periodic report's wording, shared with the admin's target cards so a
 * deadline reads "Đã thực hiện" and a missed month "tháng 3/2019" on the screen as on paper.
 */
import type { CadenceTarget, Target, TargetResult } from '../model/index.js';
import { formatDateVi } from './dates.js';
import { formatNumberVi, formatPercentVi } from './numbers.js';
import { periodKeyVi } from './periods.js';

/** The noun of a cadence target's period: "mỗi tháng", "3/4 quý đạt". */
export const CADENCE_PERIOD_NOUNS: Readonly<Record<CadenceTarget['every'], string>> = {
  month: 'tháng',
  quarter: 'quý',
  year: 'năm',
};

/** A deadline target's value: the work was done (1) or not (0). */
export function deadlineValueVi(value: number): string {
  return value >= 1 ? 'Đã thực hiện' : 'Chưa thực hiện';
}

/**
 * Value against threshold in the target's own unit, from the result alone: '75,5%' / '80%', '12' / '20',
 * 'Đã thực hiện' / 'đúng hạn'.
 */
export function formatResultValue(result: Pick<TargetResult, 'kind' | 'value' | 'threshold'>): {
  value: string;
  threshold: string;
} {
  if (result.kind === 'area_coverage' || result.kind === 'population_reach') {
    return { value: formatPercentVi(result.value), threshold: formatPercentVi(result.threshold) };
  }
  if (result.kind === 'deadline') return { value: deadlineValueVi(result.value), threshold: 'đúng hạn' };
  return { value: formatNumberVi(result.value), threshold: formatNumberVi(result.threshold) };
}

/**
 * Value and requirement as the report's table states them, with the target's own terms: '75,5% (34/45)' / '80%',
 * '3/4 quý đạt' / '≥ 1 lượt mỗi quý', '12' / '≥ 20', 'Đã thực hiện' / 'chậm nhất ngày 30/07/2019'.
 */
export function targetResultText(
  target: Target,
  result: Pick<TargetResult, 'value' | 'threshold' | 'numerator' | 'denominator'>,
): { value: string; required: string } {
  switch (target.kind) {
    case 'area_coverage':
    case 'population_reach':
      return {
        value:
          result.numerator !== undefined && result.denominator !== undefined
            ? `${formatPercentVi(result.value)} (${formatNumberVi(result.numerator, 0)}/${formatNumberVi(result.denominator, 0)})`
            : formatPercentVi(result.value),
        required: formatPercentVi(target.thresholdPercent),
      };
    case 'cadence': {
      const noun = CADENCE_PERIOD_NOUNS[target.every];
      return {
        value: `${formatNumberVi(result.value)}/${formatNumberVi(result.threshold)} ${noun} đạt`,
        required: `≥ ${target.minPerPeriod} lượt mỗi ${noun}`,
      };
    }
    case 'output_count':
      return { value: formatNumberVi(result.value), required: `≥ ${formatNumberVi(target.minQuantity)}` };
    case 'deadline':
      return { value: deadlineValueVi(result.value), required: `chậm nhất ngày ${formatDateVi(target.dueDate)}` };
  }
}

/**
 * An item a target still misses, named for people: an area by its name (`areaName` knows the codes), a period key
 * in words ('2019-03' → 'tháng 3/2019'). A year that is also an area code stays the area.
 */
export function missingItemLabel(item: string, areaName: (code: string) => string | undefined): string {
  return areaName(item) ?? periodKeyVi(item);
}
