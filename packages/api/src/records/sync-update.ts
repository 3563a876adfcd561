import {
  checkRecordEntry,
  EDIT_REFUSALS,
  fieldRefusal,
  reconcileOfflineEdit,
  todayInHoChiMinh,
  type ActivityType,
  type FieldRefusal,
} from '@pcmbn/domain';
import type { z } from 'zod';
import { structureLookup } from '../areas/structures.js';
import { canWriteRecord } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { Prisma, type DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { appError } from '../errors.js';
import type { ActivityRecord as RecordRow } from '../generated/prisma/client.js';
import { auditShape, planLoader } from './access.js';
import { entryContext } from './entry.js';
import { contentOf, recordEdit, withEditor } from './history.js';
import { holdRecordKey, refusal, scopeRefusal, type Deps } from './sync-push.js';
import type { PushOutputSchema, ReturnedOutputSchema, UpdateInputSchema } from './sync-schemas.js';
import { transition } from './workflow.js';

/**
 * A record already on the server, corrected in the field app (issue 19, domain rule 5): the officer's own records a
 * reviewer returned, downloaded with the version the device edits from (`returnedRecords`), corrected offline and
 * sent back (`updateRecord`), then submitted by id (`submitById`). An edit is idempotent by what it says: sent again
 * (a lost answer) it finds its own content stored and answers `replay`; another device's edit from the same version
 * finds another version and is refused RECORD_CHANGED_ELSEWHERE unless it says the same. Refusals are answers.
 */

type Update = z.infer<typeof UpdateInputSchema>;
type UpdateOut = z.infer<typeof PushOutputSchema>;

const GONE: FieldRefusal = {
  code: 'RECORD_GONE',
  vi: 'Kết quả này không còn trên máy chủ hoặc không phải của bạn.',
  en: 'This record is no longer on the server or is not yours.',
  fields: [],
};

/** One call per author and record at a time (edits and submissions by id), like holdRecordKey for new records. */
const holdRecord = (db: DbClient, user: AuthUser, id: string) => holdRecordKey(db, user, `record:${id}`);

/** The officer's own records returned by a reviewer, oldest return first. */
export async function returnedRecords(db: DbClient, user: AuthUser): Promise<z.infer<typeof ReturnedOutputSchema>> {
  const rows = await db.activityRecord.findMany({
    where: { createdById: user.id, status: 'rejected' },
    orderBy: [{ rejectedAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return {
    records: rows.map((r) => ({
      id: r.id,
      planId: r.planId,
      activityId: r.activityId,
      type: r.type as ActivityType,
      date: fromDbDate(r.date),
      areaCode: r.areaCode,
      quantity: r.quantity,
      reached: (r.reached as Record<string, number> | null) ?? null,
      note: r.note,
      reason: r.reason,
      returnedAt: r.rejectedAt?.toISOString() ?? null,
      version: r.version,
    })),
  };
}

function sameContent(row: RecordRow, f: Update['record']): boolean {
  const stored = contentOf(row);
  const reached = (x: Record<string, number | undefined> | null | undefined) =>
    JSON.stringify(
      Object.entries(x ?? {})
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return (
    stored.activityId === (f.activityId ?? null) &&
    stored.date === f.date &&
    stored.areaCode === f.areaCode &&
    stored.quantity === (f.quantity ?? null) &&
    reached(stored.reached) === reached(f.reached) &&
    (stored.note ?? '') === (f.note ?? '')
  );
}

export async function updateRecord({ db, user, audit }: Deps, input: Update): Promise<UpdateOut> {
  const fields = input.record;
  await holdRecord(db, user, input.recordId);
  const before = await db.activityRecord.findUnique({ where: { id: input.recordId } });
  if (!before || before.createdById !== user.id) return refusal(GONE);

  const verdict = reconcileOfflineEdit(
    { baseVersion: input.baseVersion, sameContent: sameContent(before, fields) },
    { version: before.version, status: before.status },
  );
  if (verdict === 'already_applied') return { outcome: 'stored', recordId: before.id, replay: true };
  if (verdict !== 'apply') return refusal(EDIT_REFUSALS[verdict]);

  const planRow = await db.plan.findUnique({ where: { id: before.planId }, select: { status: true } });
  if (!planRow || planRow.status === 'archived') {
    return refusal({
      code: 'PLAN_GONE',
      vi: 'Kế hoạch của kết quả này không còn nhận kết quả (đã lưu trữ). Hãy sửa trên trang quản trị.',
      en: 'The plan of this record no longer takes records (archived). Correct it in the console.',
      fields: [],
    });
  }
  const plan = await planLoader(db)(before.planId);
  const { ctx, structure } = await entryContext(db, plan, fields.date);
  const { errors, type } = checkRecordEntry(fields, {
    plan: ctx.plan,
    index: ctx.index,
    today: todayInHoChiMinh(),
    structure,
    structures: await structureLookup(db),
  });
  if (errors.length > 0 || type === undefined) return refusal(fieldRefusal(errors, { device: null, server: '' }));

  // Scope read again now: the record as it is and as it would be (the same rule as record.update).
  const activityId = fields.activityId ?? null;
  const mayWrite = (r: Pick<RecordRow, 'areaCode' | 'activityId'>, c: typeof ctx) =>
    canWriteRecord(
      user,
      { areaCode: r.areaCode, activityId: r.activityId, agencyId: before.agencyId, createdById: before.createdById },
      c.plan,
      c.index,
    );
  if (!mayWrite(before, plan) || !mayWrite({ areaCode: fields.areaCode, activityId }, ctx)) {
    return scopeRefusal(ctx.index.get(fields.areaCode)?.name ?? fields.areaCode);
  }

  const reached = fields.reached && Object.keys(fields.reached).length > 0 ? fields.reached : null;
  const { count } = await db.activityRecord.updateMany({
    where: { id: before.id, version: input.baseVersion },
    data: {
      activityId,
      type,
      date: toDbDate(fields.date),
      areaCode: fields.areaCode,
      areaStructure: toDbDate(structure),
      quantity: fields.quantity ?? null,
      reached: reached ?? Prisma.DbNull,
      note: fields.note || null,
      status: 'draft',
      editorIds: withEditor(before.editorIds, user.id),
      version: { increment: 1 },
    },
  });
  if (count === 0) return refusal(EDIT_REFUSALS.conflict);
  const after = await db.activityRecord.findUniqueOrThrow({ where: { id: before.id } });
  await recordEdit(db, before, after, user.id);
  audit({
    entity: 'record',
    entityId: before.id,
    action: 'record.sync.update',
    userId: user.id,
    before: auditShape(before),
    after: auditShape(after),
  });
  return { outcome: 'stored', recordId: before.id, replay: false };
}

/** Submits the officer's corrected record; one already submitted (a retry) or further on is left as it is. */
export async function submitById({ db, user, audit }: Deps, id: string) {
  await holdRecord(db, user, id);
  const row = await db.activityRecord.findUnique({ where: { id } });
  if (!row || row.createdById !== user.id) {
    throw appError('NOT_FOUND', 'NOT_FOUND', {
      vi: 'Không có kết quả này trong các kết quả của bạn',
      en: 'No such record among yours',
    });
  }
  if (row.status !== 'draft') return { recordId: row.id, status: row.status };
  const after = await transition(
    { db, user, loadPlan: planLoader(db), audit: (e) => audit({ ...e, userId: user.id }) },
    row,
    'submit',
  );
  return { recordId: after.id, status: after.status };
}
