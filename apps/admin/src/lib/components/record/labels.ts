import {
  ACTIVITY_TYPE_LABELS,
  formatCountVi,
  normaliseVietnamese,
  RECORD_STATUS_LABELS,
  type ActivityType,
  type RecordStatus,
} from '@pcmbn/domain';

/** Labels and search keys the record screens share (the domain owns the words). */
export const STATUS_LABELS: Record<RecordStatus, { vi: string; en: string }> = RECORD_STATUS_LABELS;
export const STATUSES: RecordStatus[] = ['draft', 'submitted', 'approved', 'rejected'];

export function typeLabel(type: string): string {
  return ACTIVITY_TYPE_LABELS[type as ActivityType]?.vi ?? type;
}

export const TYPE_OPTIONS = (Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[])
  .map((type) => ({ type, label: ACTIVITY_TYPE_LABELS[type].vi }))
  .sort((a, b) => a.label.localeCompare(b.label, 'vi'));

/** 'Phong Tho' finds 'Thị trấn Phong Thổ'. */
export function matchesVi(text: string, query: string): boolean {
  const needle = normaliseVietnamese(query);
  return needle === '' || normaliseVietnamese(text).includes(needle);
}

/** A count that may be missing: 1.234 (the domain's count wording), '' when not given. */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : formatCountVi(n);
}

export interface PickerArea {
  code: string;
  name: string;
  /** The district (or province) it belongs to. */
  parentName: string | null;
}
