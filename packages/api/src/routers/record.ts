import { z } from 'zod';
import type { AuditEntry } from '../auth/audit.js';
import type { AuthUser } from '../auth/session.js';
import { Prisma, type DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { appError, notFound } from '../errors.js';
import {
  approvalRefusalFor,
  assertCanRead,
  assertCanWrite,
  auditShape,
  findRecord,
  planLoader,
  recordOut,
  RECORD,
} from '../records/access.js';
import { checkedEntry } from '../records/entry.js';
import { historyOf, recordAttachmentChange, recordEdit, recordEvents, withEditor } from '../records/history.js';
import { importRecords } from '../records/import.js';
import { listOrder, listWhere } from '../records/list.js';
import {
  BulkRejectSchema,
  BulkSchema,
  ImportInputSchema,
  ImportResultSchema,
  RecordCreateSchema,
  RecordDetailSchema,
  RecordIdSchema,
  RecordListSchema,
  RecordPageSchema,
  RecordRefSchema,
  RecordSchema,
  RecordUpdateSchema,
  RejectReasonSchema,
} from '../records/schemas.js';
import { removeStoredFile } from '../records/storage.js';
import { syncRouter } from '../records/sync.js';
import { assertTransition, conflict, transition, transitionMany } from '../records/workflow.js';
import { authedProcedure, createRouter } from '../trpc.js';

/**
 * Activity records (kết quả thực hiện): entry, workflow (draft → submitted → approved | rejected), bulk actions,
 * import. Every decision on who may do what goes through src/records/access.ts → src/auth/scope.ts; every rule on
 * what a record may say comes from the domain (checkRecordEntry, assertRecordTransition, parseRecordRows).
 */

const withNames = { createdBy: { select: { displayName: true } } } as const;
const BulkResultSchema = z.object({ items: z.array(RecordSchema) });

export const recordRouter = createRouter({
  /** The field app (issue 19): src/records/sync.ts. */
  sync: syncRouter,

  list: authedProcedure
    .input(RecordListSchema)
    .output(RecordPageSchema)
    .query(async ({ ctx, input }) => {
      const where = await listWhere(ctx.db, ctx.user, input);
      const [total, rows] = await Promise.all([
        ctx.db.activityRecord.count({ where }),
        ctx.db.activityRecord.findMany({
          where,
          orderBy: listOrder(input),
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
          include: withNames,
        }),
      ]);
      const load = planLoader(ctx.db);
      const items = await Promise.all(rows.map(async (row) => recordOut(ctx.user, row, await load(row.planId))));
      return { items, total, page: input.page, pageSize: input.pageSize };
    }),

  get: authedProcedure
    .input(z.object({ id: RecordIdSchema }))
    .output(RecordDetailSchema)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.activityRecord.findUnique({
        where: { id: input.id },
        include: { ...withNames, attachments: { orderBy: { createdAt: 'asc' } } },
      });
      if (!row) throw notFound(RECORD, input.id);
      const plan = await planLoader(ctx.db)(row.planId);
      assertCanRead(ctx.user, row, plan);
      const attachments = row.attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
        createdAt: a.createdAt,
      }));
      return {
        ...recordOut(ctx.user, row, plan),
        attachments,
        history: await historyOf(ctx.db, row.id, plan),
        approvalRefusal: approvalRefusalFor(ctx.user, row, plan),
      };
    }),

  create: authedProcedure
    .input(RecordCreateSchema)
    .output(RecordSchema)
    .mutation(async ({ ctx, input }) => {
      const plan = await planLoader(ctx.db)(input.planId);
      const { type, reached, ctx: entry, structure } = await checkedEntry(ctx.db, input, plan);
      // An agency officer records for its own agency; others may name one.
      const agencyId = ctx.user.role === 'agency_officer' ? ctx.user.agencyId : (input.agencyId ?? null);
      if (agencyId) {
        const agency = await ctx.db.agency.findUnique({ where: { id: agencyId }, select: { provinceCode: true } });
        if (!agency) {
          const msg = { vi: `Không có cơ quan “${agencyId}”`, en: `No agency "${agencyId}"` };
          throw appError('BAD_REQUEST', 'INVALID_INPUT', msg, [{ path: 'agencyId', ...msg }]);
        }
        // As in the plan itself (agency.other_province): national, or of the plan's province.
        if (agency.provinceCode !== null && agency.provinceCode !== plan.plan.provinceCode) {
          const msg = {
            vi: `Cơ quan “${agencyId}” không thuộc tỉnh của kế hoạch (phải là cơ quan trung ương hoặc của tỉnh đó)`,
            en: `Agency "${agencyId}" is not of the plan’s province (it must be national or of that province)`,
          };
          throw appError('BAD_REQUEST', 'INVALID_INPUT', msg, [{ path: 'agencyId', ...msg }]);
        }
      }
      assertCanWrite(
        ctx.user,
        { areaCode: input.areaCode, activityId: input.activityId ?? null, agencyId, createdById: ctx.user.id },
        entry,
      );
      const row = await ctx.db.activityRecord.create({
        data: {
          planId: input.planId,
          activityId: input.activityId ?? null,
          type,
          date: toDbDate(input.date),
          areaCode: input.areaCode,
          areaStructure: toDbDate(structure),
          quantity: input.quantity ?? null,
          ...(reached ? { reached } : {}),
          note: input.note || null,
          agencyId,
          createdById: ctx.user.id,
          editorIds: [ctx.user.id],
        },
        include: withNames,
      });
      await recordEvents(ctx.db, [
        { recordId: row.id, action: 'created', userId: ctx.user.id, version: row.version, at: row.createdAt },
      ]);
      ctx.audit({ entity: 'record', entityId: row.id, after: auditShape(row) });
      return recordOut(ctx.user, row, entry);
    }),

  update: authedProcedure
    .input(RecordUpdateSchema)
    .output(RecordSchema)
    .mutation(async ({ ctx, input }) => {
      const before = await findRecord(ctx.db, input.id);
      const plan = await planLoader(ctx.db)(before.planId);
      assertCanWrite(ctx.user, before, plan);
      if (before.version !== input.version) conflict(input.id);
      if (before.status !== 'draft' && before.status !== 'rejected') {
        throw appError('CONFLICT', 'RECORD_NOT_EDITABLE', {
          vi: 'Chỉ sửa được kết quả ở trạng thái “Nháp” hoặc “Bị trả lại”',
          en: 'Only draft or rejected records can be edited',
        });
      }
      // A corrected rejected record goes back to draft (its author submits it again).
      if (before.status === 'rejected') assertTransition('rejected', 'draft');
      const { type, reached, ctx: entry, structure } = await checkedEntry(ctx.db, input, plan);
      const next = {
        areaCode: input.areaCode,
        activityId: input.activityId ?? null,
        agencyId: before.agencyId,
        createdById: before.createdById,
      };
      assertCanWrite(ctx.user, next, entry);
      const { count } = await ctx.db.activityRecord.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          activityId: input.activityId ?? null,
          type,
          date: toDbDate(input.date),
          areaCode: input.areaCode,
          areaStructure: toDbDate(structure),
          quantity: input.quantity ?? null,
          reached: reached ?? Prisma.DbNull,
          note: input.note || null,
          status: 'draft',
          // Four eyes: whoever changes the content may not approve it (domain approvalRefusal).
          editorIds: withEditor(before.editorIds, ctx.user.id),
          version: { increment: 1 },
        },
      });
      if (count === 0) conflict(input.id);
      const after = await ctx.db.activityRecord.findUniqueOrThrow({ where: { id: input.id }, include: withNames });
      await recordEdit(ctx.db, before, after, ctx.user.id);
      ctx.audit({ entity: 'record', entityId: input.id, before: auditShape(before), after: auditShape(after) });
      return recordOut(ctx.user, after, plan);
    }),

  delete: authedProcedure
    .input(RecordRefSchema)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const before = await ctx.db.activityRecord.findUnique({
        where: { id: input.id },
        include: { attachments: true },
      });
      if (!before) throw notFound(RECORD, input.id);
      const plan = await planLoader(ctx.db)(before.planId);
      assertCanWrite(ctx.user, before, plan);
      if (before.version !== input.version) conflict(input.id);
      if (before.status !== 'draft') {
        throw appError('CONFLICT', 'RECORD_NOT_DELETABLE', {
          vi: 'Chỉ xóa được kết quả ở trạng thái “Nháp”',
          en: 'Only draft records can be deleted',
        });
      }
      const { count } = await ctx.db.activityRecord.deleteMany({ where: { id: input.id, version: input.version } });
      if (count === 0) conflict(input.id);
      const { attachments, ...row } = before;
      ctx.audit({ entity: 'record', entityId: input.id, before: { ...auditShape(row), attachments } });
      // Files go last: a rollback after this point would only leave a record whose attachment files are missing.
      await Promise.all(attachments.map((a) => removeStoredFile(a.storagePath)));
      return { id: input.id };
    }),

  submit: authedProcedure
    .input(RecordRefSchema)
    .output(RecordSchema)
    .mutation(async ({ ctx, input }) => single(ctx, input, 'submit')),
  approve: authedProcedure
    .input(RecordRefSchema)
    .output(RecordSchema)
    .mutation(async ({ ctx, input }) => single(ctx, input, 'approve')),
  reject: authedProcedure
    .input(RecordRefSchema.extend({ reason: RejectReasonSchema }))
    .output(RecordSchema)
    .mutation(async ({ ctx, input }) => single(ctx, input, 'reject', input.reason)),

  submitMany: authedProcedure
    .input(BulkSchema)
    .output(BulkResultSchema)
    .mutation(async ({ ctx, input }) => many(ctx, input.items, 'submit')),
  approveMany: authedProcedure
    .input(BulkSchema)
    .output(BulkResultSchema)
    .mutation(async ({ ctx, input }) => many(ctx, input.items, 'approve')),
  rejectMany: authedProcedure
    .input(BulkRejectSchema)
    .output(BulkResultSchema)
    .mutation(async ({ ctx, input }) => many(ctx, input.items, 'reject', input.reason)),

  import: authedProcedure
    .input(ImportInputSchema)
    .output(ImportResultSchema)
    .mutation(async ({ ctx, input }) => {
      const plan = await planLoader(ctx.db)(input.planId);
      return importRecords({ db: ctx.db, user: ctx.user, audit: ctx.audit }, plan, input);
    }),

  attachmentDelete: authedProcedure
    .input(z.object({ id: z.uuid({ error: 'Mã tệp đính kèm không hợp lệ' }) }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const attachment = await ctx.db.attachment.findUnique({ where: { id: input.id }, include: { record: true } });
      if (!attachment) throw notFound({ vi: 'tệp đính kèm', en: 'Attachment' }, input.id);
      const plan = await planLoader(ctx.db)(attachment.record.planId);
      assertCanWrite(ctx.user, attachment.record, plan);
      if (attachment.record.status !== 'draft' && attachment.record.status !== 'rejected') {
        throw appError('CONFLICT', 'RECORD_NOT_EDITABLE', {
          vi: 'Chỉ gỡ tệp của kết quả “Nháp” hoặc “Bị trả lại”',
          en: 'Attachments can be removed only from draft or rejected records',
        });
      }
      await ctx.db.attachment.delete({ where: { id: input.id } });
      await recordAttachmentChange(ctx.db, attachment.recordId, ctx.user.id, { removed: attachment.fileName });
      const { record: _record, ...before } = attachment;
      ctx.audit({ entity: 'attachment', entityId: input.id, before });
      await removeStoredFile(attachment.storagePath);
      return { id: input.id };
    }),
});

interface Ctx {
  db: DbClient;
  user: AuthUser;
  audit: (entry: AuditEntry) => void;
}

async function single(
  ctx: Ctx,
  ref: { id: string; version: number },
  action: 'submit' | 'approve' | 'reject',
  reason?: string,
) {
  const load = planLoader(ctx.db);
  const row = await transition({ db: ctx.db, user: ctx.user, loadPlan: load, audit: ctx.audit }, ref, action, reason);
  const withName = await ctx.db.activityRecord.findUniqueOrThrow({ where: { id: row.id }, include: withNames });
  return recordOut(ctx.user, withName, await load(row.planId));
}

async function many(
  ctx: Ctx,
  items: Array<{ id: string; version: number }>,
  action: 'submit' | 'approve' | 'reject',
  reason?: string,
) {
  const load = planLoader(ctx.db);
  const rows = await transitionMany(
    { db: ctx.db, user: ctx.user, loadPlan: load, audit: ctx.audit },
    items,
    action,
    reason,
  );
  const named = await ctx.db.activityRecord.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    include: withNames,
  });
  return { items: await Promise.all(named.map(async (row) => recordOut(ctx.user, row, await load(row.planId)))) };
}
