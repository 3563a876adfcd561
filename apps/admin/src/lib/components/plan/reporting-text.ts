import { formatMonthDayVi, type Observance, type ReportingRule } from '@pcmbn/domain';

const CADENCE: Record<ReportingRule['cadence'], string> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  half_yearly: '6 tháng',
  yearly: 'Hằng năm',
};

/** "Hằng năm, trước ngày 20/12" / "6 tháng (H1), 15 ngày sau khi hết kỳ". */
export function reportingText(rule: ReportingRule): string {
  const periods = rule.periods && rule.cadence !== 'yearly' ? ` (kỳ ${rule.periods.join(', ')})` : '';
  const due =
    rule.due.kind === 'fixed_date'
      ? `${rule.due.before ? 'trước ngày' : 'ngày'} ${String(rule.due.day).padStart(2, '0')}${rule.cadence === 'yearly' ? `/${String(rule.due.month ?? 12).padStart(2, '0')}` : ' của tháng cuối kỳ'}`
      : rule.due.days === 0
        ? 'vào ngày cuối kỳ'
        : `${rule.due.days} ngày sau khi hết kỳ`;
  return `${CADENCE[rule.cadence]}${periods}, ${due}`;
}

const md = formatMonthDayVi;

/** "30/7; hưởng ứng 01/7–01/8, cao điểm 25/7–31/7". */
export function observanceText(o: Observance): string {
  const parts = [md(o.date)];
  if (o.window) parts.push(`hưởng ứng ${md(o.window.from)}–${md(o.window.to)}`);
  if (o.peak) parts.push(`cao điểm ${md(o.peak.from)}–${md(o.peak.to)}`);
  return parts.join('; ');
}

export const DUTY_ROLES: Record<string, string> = {
  lead: 'Chủ trì',
  cooperate: 'Phối hợp',
  fund: 'Kinh phí',
  report: 'Báo cáo',
  implement: 'Thực hiện',
};
