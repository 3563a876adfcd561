import type { ActivityType, Plan, Reached } from '../../model/index.js';
import { ACTIVITY_TYPE_LABELS } from '../../model/index.js';
import type { AreaIndex } from '../areas/areas.js';
import { unitGoneMessage, unitOnDate, type StructureLookup } from '../areas/areas-on-date.js';
import { formatDateVi } from '../../format/dates.js';
import { formatNumberVi } from '../../format/numbers.js';

/**
 * One record typed into the entry form (kết quả thực hiện), checked against its plan before it is stored. The
 * same readings as the file import (`parseRecordRows`), field by field so a form can show each error beside its
 * field:
 * - the date is not after today (Asia/Ho_Chi_Minh) and lies inside the plan period (both edges);
 * - the area belongs to the plan's administrative structure (`index` is built for `plan.areaStructure`) and lies
 *   inside the plan's scope;
 * - with `structures`, the unit still exists on the record's date: a 2026 record at Phường 4 (29236, gone on
 *   01/07/2025) is refused naming Phường Long Đức, and a code reused by a later unit is never taken silently;
 * - the activity belongs to the plan, a type given beside it must be the activity's type, and the date lies in
 *   the activity's own period (a 2017 record is not one of the 2018 Sìn Hồ event);
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
  | 'AREA_NOT_IN_FORCE'
  | 'DATE_OUTSIDE_ACTIVITY'
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
  /** The structure `index` holds (default: plan.areaStructure). */
  structure?: string | undefined;
  /** Succession links and unit names of every structure: when given, units gone by the record's date are refused. */
  structures?: StructureLookup | undefined;
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
  } else if (ctx.structures) {
    const structure = ctx.structure ?? plan.areaStructure;
    const onDate = unitOnDate(entry.areaCode, structure, entry.date, ctx.structures);
    if (!onDate.inForce) {
      const name = index.get(entry.areaCode)?.name ?? entry.areaCode;
      const m = unitGoneMessage({ code: entry.areaCode, name, structure }, entry.date, onDate);
      push('areaCode', 'AREA_NOT_IN_FORCE', m.vi, m.en);
    }
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
      const { from, to } = activity.period;
      if (!errors.some((e) => e.path === 'date') && (entry.date < from || entry.date > to)) {
        push(
          'date',
          'DATE_OUTSIDE_ACTIVITY',
          `Ngày ${formatDateVi(entry.date)} nằm ngoài thời gian của hoạt động “${activity.title}” (${formatDateVi(from)} – ${formatDateVi(to)}); hãy chọn hoạt động của năm đó.`,
          `${formatDateVi(entry.date)} lies outside the period of activity "${activity.title}" (${formatDateVi(from)} – ${formatDateVi(to)}); choose that year's activity.`,
        );
      }
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
