import { ACTIVITY_TYPE_LABELS, type ActivityType, type Target, type TargetStatus } from '../model/index.js';
import { formatDateVi } from './dates.js';
import { formatNumberVi, formatPercentVi } from './format.js';

/** “Tờ rơi, tờ gấp” hoặc “Pano, áp phích cỡ lớn”. */
export function activityPhrase(types: readonly ActivityType[]): string {
  return [...new Set(types)].map((t) => `“${ACTIVITY_TYPE_LABELS[t].vi.toLowerCase()}”`).join(' hoặc ');
}

/** Lists at most `max` items, then “và N … khác”. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} và ${items.length - max} mục khác`;
}

/** The clause added after a result for where it stands against time; '' when nothing needs adding. */
export function statusClause(
  target: Target,
  status: TargetStatus,
  expected: number | undefined,
  unit: 'percent' | 'count',
): string {
  switch (status) {
    case 'not_started':
      return `; chỉ tiêu bắt đầu từ ${formatDateVi(target.period.from)}`;
    case 'on_track':
    case 'at_risk':
    case 'off_track': {
      if (expected === undefined) return '';
      const amount = unit === 'percent' ? formatPercentVi(expected) : formatNumberVi(expected);
      const word = status === 'on_track' ? 'đúng tiến độ' : status === 'at_risk' ? 'có nguy cơ chậm' : 'chậm tiến độ';
      return `; theo tiến độ đến nay cần khoảng ${amount} (${word})`;
    }
    case 'achieved':
    case 'missed':
      return '';
  }
}
