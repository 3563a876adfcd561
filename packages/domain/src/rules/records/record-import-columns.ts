import { ACTIVITY_TYPE_LABELS, ActivityTypeSchema, type ActivityType } from '../../model/index.js';
import { isIsoDate, isoOf } from '../dates.js';
import { normaliseVietnamese } from '../text.js';

/**
 * Columns of the record import file (CSV/XLSX): what the downloadable template shows and what the header row may
 * say. Headers are matched without diacritics, case or punctuation, in Vietnamese or English.
 */
export const RECORD_IMPORT_COLUMNS = [
  {
    key: 'date',
    vi: 'Ngày',
    en: 'date',
    aliases: ['ngày thực hiện', 'ngay', 'date'],
    example: '15/07/2019',
    hint: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  },
  {
    key: 'activity',
    vi: 'Mã hoạt động',
    en: 'activity',
    aliases: ['hoạt động', 'activity id', 'activity_id'],
    example: 'tv651-a-iii-2a-1',
    hint: {
      vi: 'mã hoạt động trong kế hoạch; để trống nếu ghi loại hoạt động',
      en: 'activity id from the plan; blank if type is given',
    },
  },
  {
    key: 'type',
    vi: 'Loại hoạt động',
    en: 'type',
    aliases: ['loại', 'activity type', 'activity_type'],
    example: 'community_event',
    hint: { vi: 'mã hoặc tên loại hoạt động', en: 'type code or name' },
  },
  {
    key: 'area',
    vi: 'Địa bàn',
    en: 'area',
    aliases: ['mã địa bàn', 'area code', 'area_code', 'xã', 'commune'],
    example: '29263',
    hint: { vi: 'mã xã (Tổng cục Thống kê) hoặc tên xã', en: 'commune code (GSO) or name' },
  },
  {
    key: 'quantity',
    vi: 'Số lượng',
    en: 'quantity',
    aliases: ['sl'],
    example: '1',
    hint: { vi: 'số nguyên không âm', en: 'non-negative integer' },
  },
  {
    key: 'reachedTotal',
    vi: 'Số người được tiếp cận',
    en: 'reached_total',
    aliases: ['số người', 'reached', 'reached total'],
    example: '120',
    hint: { vi: 'số người', en: 'people' },
  },
  {
    key: 'reachedAged14to60',
    vi: 'Từ 14–60 tuổi',
    en: 'reached_14_60',
    aliases: ['14-60 tuổi', '14 60', 'reached 14 60', 'aged 14 60'],
    example: '95',
    hint: { vi: 'trong đó từ 14 đến 60 tuổi', en: 'of whom aged 14–60' },
  },
  {
    key: 'reachedWomen',
    vi: 'Phụ nữ',
    en: 'women',
    aliases: ['nữ', 'reached women'],
    example: '70',
    hint: { vi: 'trong đó phụ nữ', en: 'of whom women' },
  },
  {
    key: 'reachedChildren',
    vi: 'Trẻ em',
    en: 'children',
    aliases: ['reached children'],
    example: '10',
    hint: { vi: 'trong đó trẻ em', en: 'of whom children' },
  },
  {
    key: 'note',
    vi: 'Ghi chú',
    en: 'note',
    aliases: ['notes'],
    example: 'Nói chuyện chuyên đề tại ấp Long Trị',
    hint: { vi: 'tối đa 1.000 ký tự', en: 'up to 1,000 characters' },
  },
] as const;

export type RecordImportColumnKey = (typeof RECORD_IMPORT_COLUMNS)[number]['key'];

/** A spreadsheet convention: a leading "STT" (số thứ tự) column is accepted and ignored. */
const IGNORED_HEADERS = new Set(['stt', 'so thu tu', 'no', 'no.']);

export function headerKey(text: string): string {
  return normaliseVietnamese(text)
    .replace(/[–—_\-/().:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_TO_KEY = new Map<string, RecordImportColumnKey>();
for (const column of RECORD_IMPORT_COLUMNS) {
  for (const name of [column.vi, column.en, ...column.aliases]) HEADER_TO_KEY.set(headerKey(name), column.key);
}

/** Column key for a header cell; 'ignored' for STT; undefined when unknown. */
export function columnOfHeader(text: string): RecordImportColumnKey | 'ignored' | undefined {
  const key = headerKey(text);
  if (IGNORED_HEADERS.has(key) || IGNORED_HEADERS.has(normaliseVietnamese(text))) return 'ignored';
  return HEADER_TO_KEY.get(key);
}

/** 'dd/mm/yyyy' (also d/m/yyyy, with '-' or '.') or 'yyyy-mm-dd' → ISO date; undefined when not a real date. */
export function parseDateCell(text: string): string | undefined {
  const t = text.trim();
  let iso: string | undefined;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) iso = isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  return iso !== undefined && isIsoDate(iso) ? iso : undefined;
}

/**
 * A non-negative integer as people type it in Vietnam: '1000', '1.000', '30 000' (groups of three after the first;
 * a ',' is the decimal mark in Vietnamese, so '1,5' and '30,000' are refused rather than guessed).
 */
export function parseCountCell(text: string): number | undefined {
  const t = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  if (!/^\d{1,3}(?:([. ])\d{3})?(?:\1\d{3})*$/.test(t) && !/^\d+$/.test(t)) return undefined;
  const n = Number(t.replace(/[. ]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

const TYPE_BY_KEY = new Map<string, ActivityType>();
for (const type of ActivityTypeSchema.options) {
  TYPE_BY_KEY.set(headerKey(type), type);
  TYPE_BY_KEY.set(headerKey(ACTIVITY_TYPE_LABELS[type].vi), type);
  TYPE_BY_KEY.set(headerKey(ACTIVITY_TYPE_LABELS[type].en), type);
}

/** Activity type from its code ('community_event') or its Vietnamese or English label, without diacritics. */
export function parseActivityType(text: string): ActivityType | undefined {
  return TYPE_BY_KEY.get(headerKey(text));
}
