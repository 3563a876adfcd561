import {
  ACTIVITY_TYPE_LABELS,
  type ActivityType,
  type AreaLevel,
  type DataGap,
  type PopulationGroup,
  TARGET_STATUS_EXPLANATIONS,
  type Target,
  type TargetResult,
  type TargetStatus,
} from '../../model/index.js';
import { AREA_LEVEL_NOUNS, AREA_TAG_LABELS, AREA_TAG_LABELS_EN } from '../areas/areas.js';
import { daysBetween } from '../dates.js';
import { dueDateOf, targetExpectation } from './status.js';
import { formatDateVi } from '../../format/dates.js';
import { formatNumberVi, formatPercentVi } from '../../format/numbers.js';

/** “Tờ rơi, tờ gấp” hoặc “Pano, áp phích cỡ lớn”. */
export function activityPhrase(types: readonly ActivityType[]): string {
  return [...new Set(types)].map((t) => `“${ACTIVITY_TYPE_LABELS[t].vi.toLowerCase()}”`).join(' hoặc ');
}

/** Lists at most `max` items, then “và N … khác”. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} và ${items.length - max} mục khác`;
}

/**
 * The clause added after a result for where it stands against time; '' when nothing needs adding. `asOf` lets a
 * by_due_date target say how many days are left.
 */
export function statusClause(
  target: Target,
  status: TargetStatus,
  expected: number | undefined,
  unit: 'percent' | 'count',
  asOf?: string,
): string {
  switch (status) {
    case 'not_started':
      return `; chỉ tiêu bắt đầu từ ${formatDateVi(target.period.from)}`;
    case 'on_track':
    case 'at_risk':
    case 'off_track': {
      const word = status === 'on_track' ? 'đúng tiến độ' : status === 'at_risk' ? 'có nguy cơ chậm' : 'chậm tiến độ';
      const expectation = targetExpectation(target);
      if (expectation.kind === 'by_due_date') {
        const due = dueDateOf(expectation, target.period);
        if (status === 'off_track') return `; đã quá hạn ${formatDateVi(due)} (${word})`;
        const left = asOf === undefined ? '' : `, còn ${daysBetween(asOf, due)} ngày`;
        return `; hạn hoàn thành ${formatDateVi(due)}${left} (${word})`;
      }
      if (expected === undefined) return '';
      const amount = unit === 'percent' ? formatPercentVi(expected) : formatNumberVi(expected);
      return `; theo tiến độ đến nay cần khoảng ${amount} (${word})`;
    }
    case 'achieved':
    case 'missed':
    case 'no_data':
      return '';
  }
}

const LEVEL_NOUNS_EN: Record<AreaLevel, [string, string]> = {
  province: ['province', 'provinces'],
  district: ['district', 'districts'],
  commune: ['commune', 'communes'],
};
const POPULATION_GROUPS_VI: Record<PopulationGroup, string> = {
  total: '',
  aged14to60: 'người từ 14 đến 60 tuổi',
  women: 'phụ nữ',
  children: 'trẻ em',
};
const POPULATION_GROUPS_EN: Record<PopulationGroup, string> = {
  total: 'total population',
  aged14to60: 'population aged 14–60',
  women: 'number of women',
  children: 'number of children',
};
const enCount = (n: number, level: AreaLevel) => `${n} ${LEVEL_NOUNS_EN[level][n === 1 ? 0 : 1]}`;

/**
 * The one sentence of a no_data result, in Vietnamese and English, naming every gap. `planScope` is the plan's
 * own scope code ("trong phạm vi kế hoạch"); a gap inside another area names it by `nameOf` (people read names,
 * not codes; the code is the last resort when the area is unknown).
 */
export function noDataExplanation(
  gaps: readonly DataGap[],
  planScope: string,
  nameOf: (code: string) => string | undefined = () => undefined,
): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  const areaName = (code: string) => nameOf(code) ?? `địa bàn ${code}`;
  const areaNameEn = (code: string) => nameOf(code) ?? `area ${code}`;
  for (const gap of gaps) {
    switch (gap.kind) {
      case 'area_tag': {
        const noun = AREA_LEVEL_NOUNS[gap.level];
        const inPlan = gap.withinAreaCode === planScope;
        const where = inPlan ? 'trong phạm vi kế hoạch' : `trong ${areaName(gap.withinAreaCode)}`;
        const whereEn = inPlan ? 'in the plan area' : `in ${areaNameEn(gap.withinAreaCode)}`;
        const label = `“${AREA_TAG_LABELS[gap.tag] ?? gap.tag}”`;
        const labelEn = `“${AREA_TAG_LABELS_EN[gap.tag] ?? gap.tag}”`;
        if (gap.tagged === 0) {
          vi.push(`chưa có ${noun} nào ${where} (0/${gap.candidates} ${noun}) được gắn nhãn ${label}`);
          en.push(`none of the ${enCount(gap.candidates, gap.level)} ${whereEn} is tagged ${labelEn}`);
        } else {
          vi.push(
            `${gap.tagged}/${gap.candidates} ${noun} ${where} được gắn nhãn ${label} nhưng không ${noun} nào có đủ mọi nhãn chỉ tiêu yêu cầu`,
          );
          en.push(
            `${gap.tagged} of ${enCount(gap.candidates, gap.level)} ${whereEn} are tagged ${labelEn} but none carries every tag the target asks for`,
          );
        }
        break;
      }
      case 'population':
        vi.push(
          `chưa có số liệu dân số${POPULATION_GROUPS_VI[gap.group] ? ` ${POPULATION_GROUPS_VI[gap.group]}` : ''} của ${gap.missing}/${gap.of} ${AREA_LEVEL_NOUNS[gap.level]}`,
        );
        en.push(
          `the ${POPULATION_GROUPS_EN[gap.group]} is missing for ${gap.missing} of ${enCount(gap.of, gap.level)}`,
        );
        break;
      case 'areas':
        vi.push(
          `danh sách địa bàn của kế hoạch không có ${AREA_LEVEL_NOUNS[gap.level]} nào thuộc ${areaName(gap.withinAreaCode)}`,
        );
        en.push(
          `the plan's list of areas has no ${LEVEL_NOUNS_EN[gap.level][0]} inside ${areaNameEn(gap.withinAreaCode)}`,
        );
        break;
    }
  }
  return {
    vi: `Chưa đủ dữ liệu: ${vi.join('; ')}, nên chưa thể đánh giá chỉ tiêu.`,
    en: `Not enough data: ${en.join('; ')}, so the target cannot be judged yet.`,
  };
}

/**
 * The one sentence that goes with a result's status wherever the status is shown to people who do not see the
 * figures behind it (the public site, the report's target table): what the status means, and for no_data exactly
 * which data is missing (evaluation's noDataExplanation). Never a record count — public figures are rounded, and a
 * count in the sentence would give the true one away.
 */
export function statusExplanation(result: Pick<TargetResult, 'status' | 'explanation' | 'explanationEn'>): {
  vi: string;
  en: string;
} {
  if (result.status === 'no_data' && result.explanationEn !== undefined)
    return { vi: result.explanation, en: result.explanationEn };
  return TARGET_STATUS_EXPLANATIONS[result.status];
}
