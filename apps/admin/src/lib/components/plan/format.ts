import { formatNumberVi, formatPercentVi, type TargetResult } from '@pcmbn/domain';

/** '2019-03' → '03/2019', '2019-Q2' → 'quý II/2019', '2019' → 'năm 2019' (the plans' way of naming periods). */
export function formatPeriodLabel(label: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return `${month[2]}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return `quý ${['I', 'II', 'III', 'IV'][Number(quarter[2]) - 1]}/${quarter[1]}`;
  return /^\d{4}$/.test(label) ? `năm ${label}` : label;
}

/** Value against threshold in the target's own unit. */
export function formatResultValue(result: Pick<TargetResult, 'kind' | 'value' | 'threshold'>): {
  value: string;
  threshold: string;
} {
  if (result.kind === 'area_coverage' || result.kind === 'population_reach') {
    return { value: formatPercentVi(result.value), threshold: formatPercentVi(result.threshold) };
  }
  if (result.kind === 'deadline') return { value: result.value >= 1 ? 'Đã có' : 'Chưa có', threshold: 'đúng hạn' };
  return { value: formatNumberVi(result.value), threshold: formatNumberVi(result.threshold) };
}

/** A missing item named for people: a commune by its name, a month as 'tháng 3/2019' (issue 15 item 3). */
export function missingLabel(item: string, areaNames: Record<string, string>): string {
  const month = /^(\d{4})-(\d{2})$/.exec(item);
  if (month && !areaNames[item]) return `tháng ${Number(month[2])}/${month[1]}`;
  return areaNames[item] ?? formatPeriodLabel(item);
}
