import { z } from 'zod';
import type { Activity, ActivityType, Area, Plan, Reached } from '../../model/index.js';
import { ACTIVITY_TYPE_LABELS } from '../../model/index.js';
import { areaIndex, areasForStructure, type AreaIndex } from '../areas/areas.js';
import { unitGoneMessage, unitOnDate, type StructureLookup } from '../areas/areas-on-date.js';
import { areasByName, resolveArea } from './record-import-areas.js';
import {
  RECORD_IMPORT_COLUMNS,
  columnOfHeader,
  parseActivityType,
  parseCountCell,
  parseDateCell,
  type RecordImportColumnKey,
} from './record-import-columns.js';
import { formatDateVi } from '../../format/dates.js';
import { formatNumberVi } from '../../format/numbers.js';

export { RECORD_IMPORT_COLUMNS, type RecordImportColumnKey } from './record-import-columns.js';

/**
 * Bulk import of activity records (kết quả thực hiện) from a CSV/XLSX file that the API has parsed into rows of
 * strings. All or nothing: either every row is valid and becomes an ImportedRecord, or the file is refused with
 * every error found, each naming its row as numbered in the file (the header is row 1).
 *
 * Readings:
 * - Empty rows (every cell blank) are skipped wherever they are; spreadsheets keep trailing and spacer rows.
 * - An unknown column is an error (data typed under a misspelt header must not be dropped silently); a leading
 *   "STT" column is accepted and ignored.
 * - The date must lie inside the plan period and not after `today`, and inside its activity's own period (issue 14
 *   item 5: a 2017 record is not one of the 2018 Sìn Hồ event; a late record names the year it was done in).
 * - With `structures`, the area must still exist on the row's date (checkRecordEntry's rule: Phường 4 is refused
 *   after 01/07/2025, naming Phường Long Đức).
 * - The area is a code or a name of the plan's structure, inside the plan's scope, at any level (a province-wide
 *   broadcast is recorded at the province). Names match without diacritics, with or without the kind
 *   ("Long Đức" = "Xã Long Đức"); a name shared by several units is refused with the candidates and their
 *   districts, and can be written "Phường 1, Thị xã Duyên Hải".
 * - Two rows with the same activity (or type), date, area and quantity are taken as a copy-paste slip.
 */

export const DEFAULT_MAX_IMPORT_ROWS = 10_000;
const MAX_NOTE_LENGTH = 1000;

export const RecordImportRowsSchema = z.array(z.array(z.string()));

export interface ImportedRecord {
  planId: string;
  activityId?: string;
  type: ActivityType;
  date: string;
  areaCode: string;
  quantity?: number;
  reached?: Reached;
  /** Not yet in ActivityRecord: the API stores it beside the record. */
  note?: string;
  /** Row number in the file (header = 1). */
  row: number;
}

export type RecordImportErrorCode =
  | 'ROWS_INVALID'
  | 'HEADER_MISSING'
  | 'COLUMN_UNKNOWN'
  | 'COLUMN_DUPLICATE'
  | 'COLUMN_REQUIRED'
  | 'NO_ROWS'
  | 'TOO_MANY_ROWS'
  | 'CELL_OUTSIDE_COLUMNS'
  | 'VALUE_REQUIRED'
  | 'DATE_INVALID'
  | 'DATE_FUTURE'
  | 'DATE_OUTSIDE_PLAN'
  | 'ACTIVITY_UNKNOWN'
  | 'TYPE_UNKNOWN'
  | 'TYPE_MISMATCH'
  | 'AREA_UNKNOWN'
  | 'AREA_AMBIGUOUS'
  | 'AREA_OUT_OF_SCOPE'
  | 'AREA_NOT_IN_FORCE'
  | 'DATE_OUTSIDE_ACTIVITY'
  | 'NUMBER_INVALID'
  | 'REACHED_EXCEEDS_TOTAL'
  | 'NOTE_TOO_LONG'
  | 'DUPLICATE_ROW';

export interface RecordImportError {
  /** 1-based, as in the file, header included. */
  row: number;
  /** The column's Vietnamese header. */
  column?: string;
  code: RecordImportErrorCode;
  message: string;
  messageEn: string;
}

export type RecordImportResult = { ok: true; records: ImportedRecord[] } | { ok: false; errors: RecordImportError[] };

export interface RecordImportContext {
  plan: Plan;
  areas: readonly Area[];
  /** todayInHoChiMinh() */
  today: string;
  maxRows?: number;
  /** Succession links and unit names: rows at units gone by their date are refused. */
  structures?: StructureLookup | undefined;
  /**
   * A plan carried across a reform (carry.ts): the new structure's units seen through the plan's scope
   * (carriedIndex); rows dated from the carry on are read among them.
   */
  carried?: AreaIndex | undefined;
}

const COLUMN_VI = Object.fromEntries(RECORD_IMPORT_COLUMNS.map((c) => [c.key, c.vi])) as Record<
  RecordImportColumnKey,
  string
>;

export function parseRecordRows(rows: unknown, ctx: RecordImportContext): RecordImportResult {
  const parsed = RecordImportRowsSchema.safeParse(rows);
  if (!parsed.success) {
    return fail([
      {
        row: 1,
        code: 'ROWS_INVALID',
        message: 'Tệp không đọc được thành bảng chữ.',
        messageEn: 'The file could not be read as a table of text.',
      },
    ]);
  }
  const table = parsed.data;
  const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  const headerIndex = table.findIndex((row) => !blank(row));
  if (headerIndex < 0) {
    return fail([
      {
        row: 1,
        code: 'HEADER_MISSING',
        message: 'Tệp trống: cần một dòng tiêu đề và ít nhất một dòng số liệu.',
        messageEn: 'The file is empty: a header row and at least one data row are needed.',
      },
    ]);
  }

  const errors: RecordImportError[] = [];
  const headerRow = headerIndex + 1;
  const columns = readHeader(table[headerIndex] as string[], headerRow, errors);
  if (errors.length > 0) return fail(errors);

  const dataRows: Array<{ row: number; cells: string[] }> = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i] as string[];
    if (!blank(cells)) dataRows.push({ row: i + 1, cells });
  }
  const maxRows = ctx.maxRows ?? DEFAULT_MAX_IMPORT_ROWS;
  if (dataRows.length === 0) {
    return fail([
      {
        row: headerRow + 1,
        code: 'NO_ROWS',
        message: 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.',
        messageEn: 'The file has no data rows below the header.',
      },
    ]);
  }
  if (dataRows.length > maxRows) {
    const first = dataRows[maxRows] as { row: number };
    const max = formatNumberVi(maxRows);
    return fail([
      {
        row: first.row,
        code: 'TOO_MANY_ROWS',
        message: `Tệp có ${formatNumberVi(dataRows.length)} dòng số liệu, vượt quá giới hạn ${max} dòng mỗi lần nhập; hãy chia thành nhiều tệp.`,
        messageEn: `The file has ${dataRows.length} data rows, over the limit of ${maxRows} per import; split it into several files.`,
      },
    ]);
  }

  const rowContext = makeRowContext(ctx);
  const records: ImportedRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows) {
    const record = readRow(row, cells, columns, rowContext, errors);
    if (!record) continue;
    const key = [record.activityId ?? '', record.type, record.date, record.areaCode, record.quantity ?? ''].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        row,
        code: 'DUPLICATE_ROW',
        message: `Dòng ${row} trùng với dòng ${first} (cùng hoạt động, ngày, địa bàn và số lượng).`,
        messageEn: `Row ${row} repeats row ${first} (same activity, date, area and quantity).`,
      });
      continue;
    }
    seen.set(key, row);
    records.push(record);
  }
  return errors.length > 0 ? fail(errors) : { ok: true, records };
}

function fail(errors: RecordImportError[]): RecordImportResult {
  return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
}

type Columns = Array<RecordImportColumnKey | 'ignored'>;

function readHeader(cells: readonly string[], row: number, errors: RecordImportError[]): Columns {
  const columns: Columns = [];
  const seen = new Set<RecordImportColumnKey>();
  cells.forEach((text, i) => {
    if (text.trim() === '') {
      columns.push('ignored');
      return;
    }
    const key = columnOfHeader(text);
    if (key === undefined) {
      const names = RECORD_IMPORT_COLUMNS.map((c) => c.vi).join(', ');
      errors.push({
        row,
        column: text.trim(),
        code: 'COLUMN_UNKNOWN',
        message: `Cột thứ ${i + 1} “${text.trim()}” không có trong mẫu; các cột được nhận: ${names}.`,
        messageEn: `Column ${i + 1} "${text.trim()}" is not in the template; accepted columns: ${RECORD_IMPORT_COLUMNS.map((c) => c.en).join(', ')}.`,
      });
      columns.push('ignored');
      return;
    }
    if (key !== 'ignored') {
      if (seen.has(key)) {
        errors.push({
          row,
          column: COLUMN_VI[key],
          code: 'COLUMN_DUPLICATE',
          message: `Cột “${COLUMN_VI[key]}” xuất hiện hai lần.`,
          messageEn: `Column "${key}" appears twice.`,
        });
      }
      seen.add(key);
    }
    columns.push(key);
  });
  const required: Array<[boolean, string, string]> = [
    [seen.has('date'), 'Thiếu cột “Ngày”.', 'The "date" column is missing.'],
    [seen.has('area'), 'Thiếu cột “Địa bàn” (mã hoặc tên xã).', 'The "area" column is missing.'],
    [
      seen.has('activity') || seen.has('type'),
      'Cần cột “Mã hoạt động” hoặc “Loại hoạt động”.',
      'An "activity" or "type" column is needed.',
    ],
  ];
  for (const [ok, message, messageEn] of required)
    if (!ok) errors.push({ row, code: 'COLUMN_REQUIRED', message, messageEn });
  return columns;
}

interface RowContext {
  plan: Plan;
  today: string;
  structures?: StructureLookup | undefined;
  index: AreaIndex;
  activities: Map<string, Activity>;
  byName: Map<string, Area[]>;
  /** From the carry date on (RecordImportContext.carried). */
  carried?: { from: string; structure: string; index: AreaIndex; byName: Map<string, Area[]> } | undefined;
}

function makeRowContext(ctx: RecordImportContext): RowContext {
  const index = areaIndex(areasForStructure(ctx.areas, ctx.plan.areaStructure));
  return {
    plan: ctx.plan,
    today: ctx.today,
    structures: ctx.structures,
    index,
    activities: new Map(ctx.plan.activities.map((a) => [a.id, a])),
    byName: areasByName(index),
    carried:
      ctx.carried && ctx.plan.carry
        ? {
            from: ctx.plan.carry.from,
            structure: ctx.plan.carry.structure,
            index: ctx.carried,
            byName: areasByName(ctx.carried),
          }
        : undefined,
  };
}

/** The units a row is read among: the plan's own, or from a carry's date on the carried ones. */
function areaContext(ctx: RowContext, date: string | undefined) {
  const c = ctx.carried;
  return c && date !== undefined && date >= c.from
    ? { plan: ctx.plan, index: c.index, byName: c.byName, structure: c.structure }
    : { plan: ctx.plan, index: ctx.index, byName: ctx.byName, structure: ctx.plan.areaStructure };
}

function readRow(
  row: number,
  cells: readonly string[],
  columns: Columns,
  ctx: RowContext,
  errors: RecordImportError[],
): ImportedRecord | undefined {
  const before = errors.length;
  const err = (
    code: RecordImportErrorCode,
    column: RecordImportColumnKey | undefined,
    message: string,
    messageEn: string,
  ) =>
    errors.push({
      row,
      ...(column ? { column: COLUMN_VI[column] } : {}),
      code,
      message: `Dòng ${row}: ${message}`,
      messageEn: `Row ${row}: ${messageEn}`,
    });

  const value: Partial<Record<RecordImportColumnKey, string>> = {};
  cells.forEach((cell, i) => {
    const key = columns[i];
    const text = cell.trim();
    if (key === undefined) {
      if (text !== '')
        err(
          'CELL_OUTSIDE_COLUMNS',
          undefined,
          `ô thứ ${i + 1} “${text}” nằm ngoài các cột có tiêu đề.`,
          `cell ${i + 1} "${text}" lies outside the headed columns.`,
        );
      return;
    }
    if (key !== 'ignored' && text !== '') value[key] = text;
  });

  // Date
  let date: string | undefined;
  if (value.date === undefined) err('VALUE_REQUIRED', 'date', 'thiếu ngày thực hiện.', 'the date is missing.');
  else {
    date = parseDateCell(value.date);
    const { period } = ctx.plan;
    if (date === undefined)
      err(
        'DATE_INVALID',
        'date',
        `ngày “${value.date}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2019.`,
        `"${value.date}" is not a valid date; use dd/mm/yyyy, e.g. 15/07/2019.`,
      );
    else if (date > ctx.today)
      err(
        'DATE_FUTURE',
        'date',
        `ngày ${formatDateVi(date)} chưa đến (hôm nay là ${formatDateVi(ctx.today)}).`,
        `${formatDateVi(date)} is in the future (today is ${formatDateVi(ctx.today)}).`,
      );
    else if (date < period.from || date > period.to) {
      err(
        'DATE_OUTSIDE_PLAN',
        'date',
        `ngày ${formatDateVi(date)} nằm ngoài thời gian thực hiện kế hoạch (${formatDateVi(period.from)} – ${formatDateVi(period.to)}).`,
        `${formatDateVi(date)} lies outside the plan period (${formatDateVi(period.from)} – ${formatDateVi(period.to)}).`,
      );
    }
  }

  // Activity and type
  let activity: Activity | undefined;
  let type: ActivityType | undefined;
  if (value.activity !== undefined) {
    activity = ctx.activities.get(value.activity.toLowerCase());
    if (!activity)
      err(
        'ACTIVITY_UNKNOWN',
        'activity',
        `mã hoạt động “${value.activity}” không có trong kế hoạch ${ctx.plan.code}.`,
        `activity "${value.activity}" is not in plan ${ctx.plan.code}.`,
      );
    else type = activity.type;
  }
  if (value.type !== undefined) {
    const given = parseActivityType(value.type);
    if (!given)
      err(
        'TYPE_UNKNOWN',
        'type',
        `loại hoạt động “${value.type}” không xác định.`,
        `activity type "${value.type}" is unknown.`,
      );
    else if (activity && given !== activity.type) {
      err(
        'TYPE_MISMATCH',
        'type',
        `loại “${value.type}” khác loại của hoạt động ${activity.id} (“${ACTIVITY_TYPE_LABELS[activity.type].vi}”).`,
        `type "${value.type}" differs from activity ${activity.id}'s type (${activity.type}).`,
      );
    } else type = given;
  }
  if (value.activity === undefined && value.type === undefined)
    err(
      'VALUE_REQUIRED',
      'type',
      'cần mã hoạt động hoặc loại hoạt động.',
      'an activity id or an activity type is needed.',
    );

  // Area
  const areaCode =
    value.area === undefined
      ? (err('VALUE_REQUIRED', 'area', 'thiếu địa bàn.', 'the area is missing.'), undefined)
      : resolveArea(value.area, areaContext(ctx, date), err);

  // Numbers
  const count = (key: RecordImportColumnKey): number | undefined => {
    const text = value[key];
    if (text === undefined) return undefined;
    const n = parseCountCell(text);
    if (n === undefined)
      err(
        'NUMBER_INVALID',
        key,
        `“${COLUMN_VI[key]}” phải là số nguyên không âm (ví dụ 1.000), không phải “${text}”.`,
        `"${key}" must be a non-negative integer (e.g. 1.000), not "${text}".`,
      );
    return n;
  };
  const quantity = count('quantity');
  const reached: Reached = {};
  const total = count('reachedTotal');
  if (total !== undefined) reached.total = total;
  const groups: Array<[RecordImportColumnKey, 'aged14to60' | 'women' | 'children']> = [
    ['reachedAged14to60', 'aged14to60'],
    ['reachedWomen', 'women'],
    ['reachedChildren', 'children'],
  ];
  for (const [key, group] of groups) {
    const n = count(key);
    if (n === undefined) continue;
    reached[group] = n;
    if (total !== undefined && n > total) {
      err(
        'REACHED_EXCEEDS_TOTAL',
        key,
        `“${COLUMN_VI[key]}” (${formatNumberVi(n)}) lớn hơn tổng số người được tiếp cận (${formatNumberVi(total)}).`,
        `${key} (${n}) exceeds the people reached (${total}).`,
      );
    }
  }
  if (value.note !== undefined && value.note.length > MAX_NOTE_LENGTH) {
    err(
      'NOTE_TOO_LONG',
      'note',
      `ghi chú dài ${formatNumberVi(value.note.length)} ký tự, tối đa ${formatNumberVi(MAX_NOTE_LENGTH)}.`,
      `the note has ${value.note.length} characters, at most ${MAX_NOTE_LENGTH}.`,
    );
  }

  if (date !== undefined && activity && errors.length === before) {
    const { from, to } = activity.period;
    if (date < from || date > to)
      err(
        'DATE_OUTSIDE_ACTIVITY',
        'date',
        `ngày ${formatDateVi(date)} nằm ngoài thời gian của hoạt động ${activity.id} (${formatDateVi(from)} – ${formatDateVi(to)}); hãy ghi hoạt động của năm đó.`,
        `${formatDateVi(date)} lies outside the period of activity ${activity.id} (${formatDateVi(from)} – ${formatDateVi(to)}); give that year's activity.`,
      );
  }
  if (date !== undefined && areaCode !== undefined && ctx.structures) {
    const { index, structure } = areaContext(ctx, date);
    const onDate = unitOnDate(areaCode, structure, date, ctx.structures);
    if (!onDate.inForce) {
      const name = index.get(areaCode)?.name ?? areaCode;
      const m = unitGoneMessage({ code: areaCode, name, structure }, date, onDate);
      err('AREA_NOT_IN_FORCE', 'area', m.vi, m.en);
    }
  }
  if (errors.length > before || date === undefined || type === undefined || areaCode === undefined) return undefined;
  return {
    planId: ctx.plan.id,
    ...(activity ? { activityId: activity.id } : {}),
    type,
    date,
    areaCode,
    ...(quantity === undefined ? {} : { quantity }),
    ...(Object.keys(reached).length > 0 ? { reached } : {}),
    ...(value.note === undefined ? {} : { note: value.note }),
    row,
  };
}
