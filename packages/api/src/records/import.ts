import { parseRecordRows, planStructureOn, todayInHoChiMinh, type ImportedRecord } from '@pcmbn/domain';
import type { z } from 'zod';
import type { AuditEntry } from '../auth/audit.js';
import { canWriteRecord } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { structureLookup } from '../areas/structures.js';
import { appError } from '../errors.js';
import { auditShape, type PlanContext, type ScopeUser } from './access.js';
import { recordEvents } from './history.js';
import { ImportFileError, readImportRows } from './import-file.js';
import { checkImportFileLimits, ImportLimitError } from './import-limits.js';
import type { ImportResultSchema, ImportRowErrorSchema } from './schemas.js';
import { readImportFile, removeImportFile } from './storage.js';

/**
 * record.import: the uploaded file → rows of text → the domain's parseRecordRows (all or nothing), plus the one
 * check the domain cannot make: may this user write a record at that area? A preview (dryRun) reports; a commit
 * inserts every row in the procedure's transaction or, on any error, nothing.
 */

type Result = z.infer<typeof ImportResultSchema>;
type RowError = z.infer<typeof ImportRowErrorSchema>;
const PREVIEW_ROWS = 200;

export interface ImportDeps {
  db: DbClient;
  user: ScopeUser;
  audit: (entry: AuditEntry) => void;
}

export async function importRecords(
  deps: ImportDeps,
  ctx: PlanContext,
  input: { planId: string; uploadId: string; dryRun: boolean },
): Promise<Result> {
  const file = await readImportFile(deps.user.id, input.uploadId);
  if (!file) {
    throw appError('NOT_FOUND', 'UPLOAD_NOT_FOUND', {
      vi: 'Không tìm thấy tệp đã tải lên (tệp chỉ được giữ 24 giờ); hãy tải tệp lên lại',
      en: 'The uploaded file was not found (files are kept for 24 hours); upload it again',
    });
  }
  let rows: string[][];
  try {
    // Size and rows are checked before exceljs or csv-parse sees the file (also done at upload; a file stored
    // before that check, or under other limits, is refused here).
    checkImportFileLimits(file.bytes);
    rows = await readImportRows(file.fileName, file.bytes);
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof ImportLimitError)
      throw appError('BAD_REQUEST', error.code, { vi: error.vi, en: error.en }, [
        { path: 'uploadId', vi: error.vi, en: error.en },
      ]);
    throw error;
  }
  const parsed = parseRecordRows(rows, {
    plan: ctx.plan,
    areas: ctx.index.areas,
    today: todayInHoChiMinh(),
    structures: await structureLookup(deps.db),
    carried: ctx.carried,
  });
  // A carried plan's rows from the carry date on are read, authorised and stored among the new units.
  const rowCtx = (r: ImportedRecord): PlanContext =>
    ctx.carried && planStructureOn(ctx.plan, r.date) !== ctx.plan.areaStructure
      ? { plan: ctx.plan, index: ctx.carried }
      : ctx;
  const records = parsed.ok ? parsed.records : [];
  const errors: RowError[] = parsed.ok ? [] : [...parsed.errors];
  const agencyId = deps.user.role === 'agency_officer' ? deps.user.agencyId : null;
  for (const record of records) {
    const like = {
      areaCode: record.areaCode,
      activityId: record.activityId ?? null,
      agencyId,
      createdById: deps.user.id,
    };
    const here = rowCtx(record);
    if (!canWriteRecord(deps.user, like, here.plan, here.index)) {
      const name = here.index.get(record.areaCode)?.name ?? record.areaCode;
      errors.push({
        row: record.row,
        column: 'Địa bàn',
        code: 'AREA_FORBIDDEN',
        message: `Dòng ${record.row}: bạn không có quyền nhập kết quả cho ${name} (ngoài địa bàn hoặc nhiệm vụ của bạn).`,
        messageEn: `Row ${record.row}: you may not enter records for ${name} (outside your area or duties).`,
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result: Result = {
    ok: errors.length === 0,
    fileName: file.fileName,
    rowCount: parsed.ok ? records.length : countDataRows(rows),
    preview: records.slice(0, PREVIEW_ROWS).map((r) => previewOf(r, rowCtx(r))),
    errors,
    importId: null,
    inserted: 0,
  };
  if (input.dryRun) {
    deps.audit({
      entity: 'recordImport',
      action: 'record.import.preview',
      after: { planId: input.planId, fileName: file.fileName, rows: result.rowCount, errors: errors.length },
    });
    return result;
  }
  if (!result.ok) {
    throw appError(
      'BAD_REQUEST',
      'IMPORT_INVALID',
      {
        vi: `Tệp “${file.fileName}” có ${errors.length} lỗi; không dòng nào được nhập. ${errors
          .slice(0, 3)
          .map((e) => e.message)
          .join(' ')}`,
        en: `"${file.fileName}" has ${errors.length} errors; no row was imported. ${errors
          .slice(0, 3)
          .map((e) => e.messageEn)
          .join(' ')}`,
      },
      errors.slice(0, 100).map((e) => ({ path: `rows.${e.row}`, vi: e.message, en: e.messageEn })),
    );
  }
  const batch = await deps.db.recordImport.create({
    data: {
      planId: ctx.plan.id,
      fileName: file.fileName.slice(0, 255),
      rowCount: records.length,
      createdById: deps.user.id,
    },
  });
  const inserted = await deps.db.activityRecord.createManyAndReturn({
    data: records.map((r) => ({
      planId: ctx.plan.id,
      activityId: r.activityId ?? null,
      type: r.type,
      date: toDbDate(r.date),
      areaCode: r.areaCode,
      areaStructure: toDbDate(planStructureOn(ctx.plan, r.date)),
      quantity: r.quantity ?? null,
      ...(r.reached ? { reached: r.reached } : {}),
      note: r.note ?? null,
      agencyId,
      importId: batch.id,
      createdById: deps.user.id,
      editorIds: [deps.user.id],
    })),
  });
  await recordEvents(
    deps.db,
    inserted.map((row) => ({
      recordId: row.id,
      action: 'imported' as const,
      userId: deps.user.id,
      version: row.version,
      at: row.createdAt,
    })),
  );
  deps.audit({
    entity: 'recordImport',
    entityId: batch.id,
    action: 'record.import',
    after: { ...batch, fileName: file.fileName },
  });
  for (const row of inserted)
    deps.audit({ entity: 'record', entityId: row.id, action: 'record.import', after: auditShape(row) });
  // The file has served its purpose; removing it after the rows are written (a rollback after this is harmless:
  // the user uploads again).
  await removeImportFile(deps.user.id, input.uploadId);
  return { ...result, importId: batch.id, inserted: inserted.length };
}

function countDataRows(rows: string[][]): number {
  const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== ''));
  return Math.max(0, nonBlank.length - 1);
}

function previewOf(r: ImportedRecord, ctx: PlanContext): Result['preview'][number] {
  return {
    row: r.row,
    date: r.date,
    activityId: r.activityId ?? null,
    type: r.type,
    areaCode: r.areaCode,
    areaName: ctx.index.get(r.areaCode)?.name ?? r.areaCode,
    quantity: r.quantity ?? null,
    reached: r.reached ?? null,
    note: r.note ?? null,
  };
}
