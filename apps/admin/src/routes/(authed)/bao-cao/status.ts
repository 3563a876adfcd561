/** Badges of a due report's status; the text carries the meaning, colour only repeats it. */
export const STATUS_LABELS = {
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
} as const;
export type DueStatus = keyof typeof STATUS_LABELS;
export const STATUSES = Object.keys(STATUS_LABELS) as DueStatus[];

/** '2019' → 'Năm 2019', '2019-H1' → '6 tháng đầu năm 2019', '2019-Q2' → 'Quý 2/2019', '2019-03' → 'Tháng 3/2019'. */
export function periodLabel(label: string): string {
  const [y, part] = label.split('-');
  if (!part) return `Năm ${y}`;
  if (part === 'H1') return `6 tháng đầu năm ${y}`;
  if (part === 'H2') return `6 tháng cuối năm ${y}`;
  if (part.startsWith('Q')) return `Quý ${part.slice(1)}/${y}`;
  return `Tháng ${Number(part)}/${y}`;
}
