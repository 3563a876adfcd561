import { approvalRefusal, carriedIndex, type AreaIndex, type Plan } from '@pcmbn/domain';
import { areaIndexFor, canApproveRecord, canReadRecord, canRejectRecord, canWriteRecord } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { planFromRow } from '../db/mappers.js';
import { appError, forbidden, notFound, type Messages } from '../errors.js';
import type { ActivityRecord as RecordRow } from '../generated/prisma/client.js';
import type { RecordOut } from './schemas.js';

/** Loading plans and records for record.*, and every permission of a record (decided by src/auth/scope.ts). */

export type ScopeUser = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;
export const RECORD = { vi: 'kết quả thực hiện', en: 'Record' };
export const PLAN = { vi: 'kế hoạch', en: 'Plan' };

export interface PlanContext {
  plan: Plan;
  index: AreaIndex;
  /** A plan carried across a reform (issue 14 item 6): the new units seen through its old scope (carriedIndex). */
  carried?: AreaIndex | undefined;
}

/**
 * The context a stored record is read and authorised in: its own structure's units — a record of a carried plan
 * stored under the new structure is read among the new units (Phường Hòa Thuận 29398 is no unit of the 2018 list,
 * and 29263 is Phường Long Đức there, not Xã Long Đức).
 */
export function forRecord<C extends Partial<PlanContext> & Pick<PlanContext, 'index'>>(
  ctx: C,
  row: { areaStructure?: Date | undefined },
): C {
  const carry = ctx.plan?.carry;
  if (!ctx.carried || !carry || row.areaStructure === undefined) return ctx;
  return fromDbDate(row.areaStructure) === carry.structure ? { ...ctx, index: ctx.carried } : ctx;
}

/** Plans parsed once per request (a page of records usually shares one or two plans). */
export function planLoader(db: DbClient) {
  const cache = new Map<string, Promise<PlanContext>>();
  return (planId: string): Promise<PlanContext> => {
    let hit = cache.get(planId);
    if (!hit) {
      hit = (async () => {
        const row = await db.plan.findUnique({ where: { id: planId } });
        if (!row) throw notFound(PLAN, planId);
        const plan = planFromRow(row);
        const [index, carried] = await Promise.all([
          areaIndexFor(db, plan.areaStructure),
          plan.carry ? areaIndexFor(db, plan.carry.structure) : undefined,
        ]);
        return { plan, index, carried: carried && plan.carry ? carriedIndex(carried, plan.carry) : undefined };
      })();
      cache.set(planId, hit);
    }
    return hit;
  };
}

export async function findRecord(db: DbClient, id: string): Promise<RecordRow> {
  const row = await db.activityRecord.findUnique({ where: { id } });
  if (!row) throw notFound(RECORD, id);
  return row;
}

type RecordLikeRow = Pick<RecordRow, 'areaCode' | 'activityId' | 'agencyId' | 'createdById'> &
  Partial<Pick<RecordRow, 'editorIds' | 'submittedById'>>;

const asRecordLike = (row: RecordLikeRow) => ({
  areaCode: row.areaCode,
  activityId: row.activityId,
  agencyId: row.agencyId,
  createdById: row.createdById,
  editorIds: row.editorIds ?? null,
  submittedById: row.submittedById ?? null,
});

export function permissions(user: ScopeUser, row: RecordRow, plan: PlanContext): RecordOut['can'] {
  const ctx = forRecord(plan, row);
  const write = canWriteRecord(user, asRecordLike(row), ctx.plan, ctx.index);
  const submitted = row.status === 'submitted';
  const editable = row.status === 'draft' || row.status === 'rejected';
  return {
    edit: write && editable,
    delete: write && row.status === 'draft',
    submit: write && editable,
    approve: submitted && canApproveRecord(user, asRecordLike(row), ctx.plan, ctx.index),
    reject: submitted && canRejectRecord(user, asRecordLike(row), ctx.plan, ctx.index),
    attach: write && editable,
  };
}

/**
 * Four eyes only: why this reviewer — or the author, who would otherwise read that it has nothing to do — may not
 * approve the submitted record (null when it may, or is neither).
 */
export function approvalRefusalFor(user: ScopeUser, row: RecordRow, plan: PlanContext): Messages | null {
  const ctx = forRecord(plan, row);
  const record = asRecordLike(row);
  const concerned =
    canRejectRecord(user, record, ctx.plan, ctx.index) || canWriteRecord(user, record, ctx.plan, ctx.index);
  if (row.status !== 'submitted' || !concerned) return null;
  const refusal = approvalRefusal(user.id, asRecordLike(row));
  return refusal ? { vi: refusal.message, en: refusal.messageEn } : null;
}

/**
 * The one read rule of records (scope.ts canReadRecord): record.get, every record mutation and the reports
 * (src/reports/generate.ts keeps only the records this says the caller may read).
 */
export function mayReadRecord(user: ScopeUser, record: Pick<RecordRow, 'areaCode'>, index: AreaIndex): boolean {
  return canReadRecord(user, { areaCode: record.areaCode }, index);
}

/** A record the caller may not read does not exist for it: the same 404 as a missing id, so ids tell nothing. */
export function assertCanRead(
  user: ScopeUser,
  row: Pick<RecordRow, 'id' | 'areaCode'> & Partial<Pick<RecordRow, 'areaStructure'>>,
  ctx: Pick<PlanContext, 'index'> & Partial<PlanContext>,
): void {
  if (!mayReadRecord(user, row, forRecord(ctx, row).index)) throw notFound(RECORD, row.id);
}

/** Refuses (403) a change the caller may not make; a record it may not even read is missing (404, assertCanRead). */
export function assertCanWrite(
  user: ScopeUser,
  row: Pick<RecordRow, 'areaCode' | 'activityId' | 'agencyId' | 'createdById'> &
    Partial<Pick<RecordRow, 'id' | 'areaStructure'>>,
  plan: PlanContext,
): void {
  const ctx = forRecord(plan, row);
  if (row.id !== undefined) assertCanRead(user, { id: row.id, areaCode: row.areaCode }, ctx);
  if (!canWriteRecord(user, asRecordLike(row), ctx.plan, ctx.index)) {
    throw forbidden({
      vi: 'Bạn không có quyền thay đổi kết quả này (ngoài địa bàn hoặc nhiệm vụ của bạn)',
      en: 'You may not change this record (outside your area or duties)',
    });
  }
}

/**
 * approve: a reviewer in scope who neither entered, changed nor submitted the record (four eyes, domain
 * approvalRefusal → 403 RECORD_FOUR_EYES with its message); reject: a reviewer who did not enter it.
 */
export function assertCanReview(
  user: ScopeUser,
  row: RecordRow,
  plan: PlanContext,
  action: 'approve' | 'reject',
): void {
  const ctx = forRecord(plan, row);
  assertCanRead(user, row, ctx);
  const record = asRecordLike(row);
  if (row.createdById === user.id) {
    throw forbidden({
      vi: 'Bạn không thể tự duyệt hoặc trả lại kết quả do chính mình nhập',
      en: 'You cannot approve or reject a record you entered yourself',
    });
  }
  if (!canRejectRecord(user, record, ctx.plan, ctx.index)) {
    throw forbidden({
      vi: 'Bạn không có quyền duyệt hoặc trả lại kết quả này',
      en: 'You may not approve or reject this record',
    });
  }
  if (action === 'approve') {
    const refusal = approvalRefusal(user.id, record);
    if (refusal) throw appError('FORBIDDEN', refusal.code, { vi: refusal.message, en: refusal.messageEn });
  }
}

type Names = { createdBy?: { displayName: string } | null };

export function recordOut(user: ScopeUser, row: RecordRow & Names, plan: PlanContext): RecordOut {
  const ctx = forRecord(plan, row);
  const area = ctx.index.get(row.areaCode);
  const parent = area?.parentCode ? ctx.index.get(area.parentCode) : undefined;
  const activity = row.activityId ? ctx.plan.activities.find((a) => a.id === row.activityId) : undefined;
  return {
    id: row.id,
    planId: row.planId,
    planCode: ctx.plan.code,
    activityId: row.activityId,
    activityTitle: activity?.title ?? null,
    type: row.type as RecordOut['type'],
    date: fromDbDate(row.date),
    areaCode: row.areaCode,
    areaName: area?.name ?? row.areaCode,
    areaParentName: parent?.name ?? null,
    quantity: row.quantity,
    reached: (row.reached as RecordOut['reached']) ?? null,
    status: row.status,
    reason: row.reason,
    note: row.note,
    agencyId: row.agencyId,
    importId: row.importId,
    version: row.version,
    createdById: row.createdById,
    createdByName: row.createdBy?.displayName ?? null,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    rejectedAt: row.rejectedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    can: permissions(user, row, ctx),
  };
}

/** What goes into the audit log for a record (the stored row, dates as ISO). */
export function auditShape(row: RecordRow) {
  return { ...row, date: fromDbDate(row.date), areaStructure: fromDbDate(row.areaStructure) };
}
