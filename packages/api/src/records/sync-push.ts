import {
  checkRecordEntry,
  fieldRefusal,
  likelyDuplicateRefusal,
  sameWork,
  todayInHoChiMinh,
  type FieldRefusal,
} from '@pcmbn/domain';
import type { z } from 'zod';
import { structureLookup } from '../areas/structures.js';
import type { AuditEntry } from '../auth/audit.js';
import { canWriteRecord } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { appError } from '../errors.js';
import { auditShape, planLoader } from './access.js';
import { entryContext } from './entry.js';
import { recordEvents } from './history.js';
import { fieldDataVersion, fieldPlans } from './sync-bootstrap.js';
import type { PushInputSchema, PushOutputSchema } from './sync-schemas.js';
import { transition } from './workflow.js';

/**
 * One queued record from the field app (issue 19, domain rules/records/offline-sync.ts): stored once per idempotency key
 * and author — a key already stored answers `replay` with the same record — or refused with a reason the officer
 * reads and corrects. A refusal is an answer, not an error: nothing is stored, the device keeps the record.
 * Records arrive as drafts; photos follow (sync-photo.ts) and then `submit`.
 */

/** What every record.sync call runs with (sync-push, sync-update, sync-photo). */
export interface Deps {
  db: DbClient;
  user: AuthUser;
  audit: (entry: AuditEntry) => void;
}
type Push = z.infer<typeof PushInputSchema>;
type PushOut = z.infer<typeof PushOutputSchema>;

export const refusal = (r: FieldRefusal): PushOut => ({ outcome: 'refused', ...r });

/** The account may no longer write at the area (its scope changed while the device was offline). */
export function scopeRefusal(areaName: string): PushOut {
  const m = {
    vi: `Bạn không còn được nhập kết quả tại ${areaName} (phạm vi tài khoản đã đổi).`,
    en: `You may no longer enter records at ${areaName} (the account's scope changed).`,
  };
  return refusal({ code: 'FORBIDDEN', ...m, fields: [{ path: 'areaCode', ...m }] });
}

/**
 * One call per author and record key at a time (push, photo, submit), until its transaction ends. Two sent at once —
 * two tabs of the app, a retry while the first try still runs — would both find nothing done and meet at a unique
 * index, and the later would fail with an error that stops the device's round. Waiting here, the later one finds the
 * first one's work and answers as a retry does: a replay, `done`, already submitted.
 */
export async function holdRecordKey(db: DbClient, user: AuthUser, recordKey: string): Promise<void> {
  const name = `record-sync:${user.id}:${recordKey}`;
  await db.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))) AS l`;
}

export async function pushRecord({ db, user, audit }: Deps, input: Push): Promise<PushOut> {
  const { record: fields } = input;
  await holdRecordKey(db, user, fields.idempotencyKey);
  const stored = await db.activityRecord.findUnique({
    where: { createdById_idempotencyKey: { createdById: user.id, idempotencyKey: fields.idempotencyKey } },
    select: { id: true },
  });
  if (stored) return { outcome: 'stored', recordId: stored.id, replay: true };

  const planRow = await db.plan.findUnique({ where: { id: fields.planId }, select: { id: true, status: true } });
  if (!planRow || planRow.status === 'archived') {
    return refusal({
      code: 'PLAN_GONE',
      vi: 'Kế hoạch này không còn nhận kết quả (đã xóa hoặc đã lưu trữ). Hãy chọn kế hoạch khác.',
      en: 'This plan no longer takes records (deleted or archived). Choose another plan.',
      fields: [{ path: 'planId', vi: 'Kế hoạch không còn nhận kết quả', en: 'The plan no longer takes records' }],
    });
  }
  const plan = await planLoader(db)(fields.planId);
  const { ctx, structure } = await entryContext(db, plan, fields.date);
  const { errors, type } = checkRecordEntry(fields, {
    plan: ctx.plan,
    index: ctx.index,
    today: todayInHoChiMinh(),
    structure,
    structures: await structureLookup(db),
  });
  if (errors.length > 0 || type === undefined) {
    const server = input.deviceVersion === null ? '' : fieldDataVersion(user, await fieldPlans(db, user));
    return refusal(fieldRefusal(errors, { device: input.deviceVersion, server }));
  }

  const agencyId = user.role === 'agency_officer' ? user.agencyId : null;
  const activityId = fields.activityId ?? null;
  if (
    !canWriteRecord(
      user,
      { areaCode: fields.areaCode, activityId, agencyId, createdById: user.id },
      ctx.plan,
      ctx.index,
    )
  ) {
    return scopeRefusal(ctx.index.get(fields.areaCode)?.name ?? fields.areaCode);
  }

  if (!fields.confirmDuplicate) {
    const same = await db.activityRecord.findMany({
      where: {
        createdById: user.id,
        planId: fields.planId,
        areaCode: fields.areaCode,
        date: toDbDate(fields.date),
        status: { not: 'rejected' },
      },
      select: { activityId: true, type: true, areaCode: true, date: true, quantity: true },
    });
    const candidate = { activityId, type, areaCode: fields.areaCode, date: fields.date, quantity: fields.quantity };
    if (same.some((r) => sameWork({ ...r, type: r.type as typeof type, date: fromDbDate(r.date) }, candidate))) {
      return refusal(likelyDuplicateRefusal(ctx.index.get(fields.areaCode)?.name ?? fields.areaCode, fields.date));
    }
  }

  const reached = fields.reached && Object.keys(fields.reached).length > 0 ? fields.reached : null;
  const row = await db.activityRecord.create({
    data: {
      planId: fields.planId,
      activityId,
      type,
      date: toDbDate(fields.date),
      areaCode: fields.areaCode,
      areaStructure: toDbDate(structure),
      quantity: fields.quantity ?? null,
      ...(reached ? { reached } : {}),
      note: fields.note || null,
      agencyId,
      createdById: user.id,
      editorIds: [user.id],
      idempotencyKey: fields.idempotencyKey,
    },
  });
  await recordEvents(db, [
    { recordId: row.id, action: 'created', userId: user.id, version: row.version, at: row.createdAt },
  ]);
  audit({ entity: 'record', entityId: row.id, action: 'record.sync.push', userId: user.id, after: auditShape(row) });
  return { outcome: 'stored', recordId: row.id, replay: false };
}

/** The officer's record stored under `recordKey`, or 404. */
export async function recordByKey(db: DbClient, user: AuthUser, recordKey: string) {
  const row = await db.activityRecord.findUnique({
    where: { createdById_idempotencyKey: { createdById: user.id, idempotencyKey: recordKey } },
  });
  if (!row) {
    throw appError('NOT_FOUND', 'NOT_FOUND', {
      vi: 'Chưa có kết quả nào được gửi với khóa này',
      en: 'No record was sent under this key',
    });
  }
  return row;
}

/** Submits the record sent under `recordKey`; a record already submitted (a retry) or further on is left as it is. */
export async function submitByKey({ db, user, audit }: Deps, recordKey: string) {
  await holdRecordKey(db, user, recordKey);
  const row = await recordByKey(db, user, recordKey);
  if (row.status !== 'draft') return { recordId: row.id, status: row.status };
  const after = await transition(
    { db, user, loadPlan: planLoader(db), audit: (e) => audit({ ...e, userId: user.id }) },
    row,
    'submit',
  );
  return { recordId: after.id, status: after.status };
}
