import type { ActivityType, Plan, Reached } from '../model/index.js';
import { ACTIVITY_TYPE_LABELS } from '../model/index.js';
import type { AreaIndex } from './areas.js';
import { formatDateVi } from './dates.js';
import { formatNumberVi } from './format.js';

/**
 * One record typed into the entry form (kết quả thực hiện), checked against its plan before it is stored. The
 * same readings as the file import (`parseRecordRows`), field by field so a form can show each error beside its
 * field:
 * - the date is not after today (Asia/Ho_Chi_Minh) and lies inside the plan period (both edges);
 * - the area belongs to the plan's administrative structure (`index` is built for `plan.areaStructure`) and lies
 *   inside the plan's scope;
 * - the activity belongs to the plan, and a type given beside it must be the activity's type;
 * - people reached in a group (14–60, women, children) cannot exceed the total reached.
 */
export interface RecordEntry {
  activityId?: string | undefined;
  type?: ActivityType | undefined;
  date: string;
  areaCode: string;
  quantity?: number | undefined;
  reached?: Reached | undefined;
}

export type RecordEntryErrorCode =
  | 'DATE_FUTURE'
  | 'DATE_OUTSIDE_PLAN'
  | 'AREA_UNKNOWN'
  | 'AREA_OUT_OF_SCOPE'
  | 'ACTIVITY_UNKNOWN'
  | 'TYPE_REQUIRED'
  | 'TYPE_MISMATCH'
  | 'REACHED_EXCEEDS_TOTAL';

export interface RecordEntryError {
  /** The input field: 'date', 'areaCode', 'activityId', 'type', 'reached.women'… */
  path: string;
  code: RecordEntryErrorCode;
  vi: string;
  en: string;
}

export interface RecordEntryContext {
  plan: Plan;
  /** Areas of `plan.areaStructure`. */
  index: AreaIndex;
  /** todayInHoChiMinh() */
  today: string;
}

const GROUPS = [
  ['aged14to60', 'từ 14–60 tuổi', 'aged 14–60'],
  ['women', 'phụ nữ', 'women'],
  ['children', 'trẻ em', 'children'],
] as const;

/** Every problem of `entry` (empty when it may be stored) and the type it takes (the activity's when it has one). */
export function checkRecordEntry(
  entry: RecordEntry,
  ctx: RecordEntryContext,
): { errors: RecordEntryError[]; type?: ActivityType } {
  const errors: RecordEntryError[] = [];
  const { plan, index, today } = ctx;
  const push = (path: string, code: RecordEntryErrorCode, vi: string, en: string) =>
    errors.push({ path, code, vi, en });

  if (entry.date > today) {
    push(
      'date',
      'DATE_FUTURE',
      `Ngày ${formatDateVi(entry.date)} chưa đến (hôm nay là ${formatDateVi(today)}).`,
      `${formatDateVi(entry.date)} is in the future (today is ${formatDateVi(today)}).`,
    );
  } else if (entry.date < plan.period.from || entry.date > plan.period.to) {
    push(
      'date',
      'DATE_OUTSIDE_PLAN',
      `Ngày ${formatDateVi(entry.date)} nằm ngoài thời gian thực hiện kế hoạch (${formatDateVi(plan.period.from)} – ${formatDateVi(plan.period.to)}).`,
      `${formatDateVi(entry.date)} lies outside the plan period (${formatDateVi(plan.period.from)} – ${formatDateVi(plan.period.to)}).`,
    );
  }

  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  if (!index.has(entry.areaCode)) {
    push(
      'areaCode',
      'AREA_UNKNOWN',
      `Mã địa bàn ${entry.areaCode} không có trong danh mục đơn vị hành chính của kế hoạch.`,
      `Area ${entry.areaCode} is not in the plan's list of administrative units.`,
    );
  } else if (!index.inScope(entry.areaCode, plan)) {
    const name = index.get(entry.areaCode)?.name ?? entry.areaCode;
    push(
      'areaCode',
      'AREA_OUT_OF_SCOPE',
      `${name} không thuộc ${index.get(scope)?.name ?? scope}.`,
      `${name} is outside ${scope}.`,
    );
  }

  let type: ActivityType | undefined = entry.type;
  if (entry.activityId !== undefined) {
    const activity = plan.activities.find((a) => a.id === entry.activityId);
    if (!activity) {
      push(
        'activityId',
        'ACTIVITY_UNKNOWN',
        `Hoạt động “${entry.activityId}” không có trong kế hoạch ${plan.code}.`,
        `Activity "${entry.activityId}" is not in plan ${plan.code}.`,
      );
    } else {
      if (entry.type !== undefined && entry.type !== activity.type) {
        push(
          'type',
          'TYPE_MISMATCH',
          `Loại “${ACTIVITY_TYPE_LABELS[entry.type].vi}” khác loại của hoạt động (“${ACTIVITY_TYPE_LABELS[activity.type].vi}”).`,
          `Type ${entry.type} differs from the activity's type ${activity.type}.`,
        );
      }
      type = activity.type;
    }
  } else if (entry.type === undefined) {
    push(
      'activityId',
      'TYPE_REQUIRED',
      'Cần chọn hoạt động của kế hoạch hoặc loại hoạt động.',
      'Choose an activity of the plan or an activity type.',
    );
  }

  const total = entry.reached?.total;
  if (total !== undefined) {
    for (const [group, vi, en] of GROUPS) {
      const n = entry.reached?.[group];
      if (n !== undefined && n > total) {
        push(
          `reached.${group}`,
          'REACHED_EXCEEDS_TOTAL',
          `Số người ${vi} (${formatNumberVi(n)}) lớn hơn tổng số người được tiếp cận (${formatNumberVi(total)}).`,
          `People reached ${en} (${n}) exceed the total reached (${total}).`,
        );
      }
    }
  }
  return type === undefined ? { errors } : { errors, type };
}
