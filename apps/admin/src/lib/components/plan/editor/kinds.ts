import type { ReportingRule, Target, TargetKind } from '@pcmbn/domain';

// Kinds that change the shape of a row: a target's measure, a reporting rule's due date. The page applies them as
// the select changes; without JavaScript, the form action applies them to the posted draft.

export const TARGET_KIND_OPTIONS: { value: TargetKind; label: string }[] = [
  { value: 'area_coverage', label: 'Tỷ lệ địa bàn được thực hiện' },
  { value: 'cadence', label: 'Tần suất (mỗi tháng/quý/năm)' },
  { value: 'population_reach', label: 'Tỷ lệ người dân được tiếp cận' },
  { value: 'output_count', label: 'Số lượng sản phẩm, hoạt động' },
  { value: 'deadline', label: 'Hoàn thành trước hạn' },
];

/** The same target with another kind: the shared fields stay, the kind's own fields get their defaults. */
export function withKind(target: Target, kind: TargetKind): Target {
  const { id, title, componentId, period, activityTypes, activityIds, sourceRef, reading, objectiveId } = target;
  const base = {
    id,
    title,
    period,
    activityTypes,
    ...(componentId ? { componentId } : {}),
    ...(activityIds ? { activityIds } : {}),
    ...(sourceRef ? { sourceRef } : {}),
    ...(reading ? { reading } : {}),
    ...(objectiveId ? { objectiveId } : {}),
  };
  switch (kind) {
    case 'area_coverage':
      return { ...base, kind, level: 'commune', areaTags: [], minRecordsPerArea: 1, thresholdPercent: 100 };
    case 'cadence':
      return { ...base, kind, every: 'month', minPerPeriod: 1 };
    case 'population_reach':
      return { ...base, kind, areaTags: [], group: 'aged14to60', thresholdPercent: 75 };
    case 'output_count':
      return { ...base, kind, minQuantity: 1 };
    case 'deadline':
      return { ...base, kind, dueDate: period.to };
  }
}

export const DUE_KIND_OPTIONS = [
  { value: 'fixed_date', label: 'Ngày cố định (trước/đúng ngày)' },
  { value: 'after_period_end', label: 'Số ngày sau khi hết kỳ' },
];

/** A due rule of another kind, with that kind's defaults. */
export function dueOfKind(kind: string): ReportingRule['due'] {
  return kind === 'after_period_end'
    ? { kind: 'after_period_end', days: 15 }
    : { kind: 'fixed_date', day: 20, before: true };
}
