import {
  ActivityTypeSchema,
  AreaCodeSchema,
  IdSchema,
  IsoDateSchema,
  ReachedSchema,
  RECORD_CONTENT_FIELDS,
  RecordStatusSchema,
} from '@pcmbn/domain';
import { z } from 'zod';

/** Inputs and outputs of record.* (messages Vietnamese; the errorFormatter adds English). */

export const RecordIdSchema = z.uuid({ error: 'Mã kết quả không hợp lệ' });
export const VersionSchema = z.number().int().positive();
const Count = z
  .number()
  .int({ error: 'Phải là số nguyên' })
  .nonnegative({ error: 'Không được âm' })
  .max(100_000_000, { error: 'Số quá lớn' });

export const RecordFieldsSchema = z.object({
  activityId: IdSchema.optional(),
  type: ActivityTypeSchema.optional(),
  date: IsoDateSchema,
  areaCode: AreaCodeSchema,
  quantity: Count.optional(),
  reached: z
    .object({
      total: Count.optional(),
      aged14to60: Count.optional(),
      women: Count.optional(),
      children: Count.optional(),
    })
    .strict()
    .optional(),
  note: z.string().trim().max(1000, { error: 'Ghi chú tối đa 1.000 ký tự' }).optional(),
});

export const RecordCreateSchema = RecordFieldsSchema.extend({
  planId: IdSchema,
  /** Reporting agency; an agency officer always records for its own agency. */
  agencyId: IdSchema.optional(),
});

export const RecordUpdateSchema = RecordFieldsSchema.extend({ id: RecordIdSchema, version: VersionSchema });
export const RecordRefSchema = z.object({ id: RecordIdSchema, version: VersionSchema });
export const RejectReasonSchema = z
  .string()
  .trim()
  .min(3, { error: 'Cần ghi lý do trả lại (ít nhất 3 ký tự)' })
  .max(1000, { error: 'Lý do tối đa 1.000 ký tự' });

const BulkItems = z
  .array(RecordRefSchema)
  .min(1, { error: 'Chưa chọn kết quả nào' })
  .max(500, { error: 'Mỗi lần tối đa 500 kết quả' });
export const BulkSchema = z.object({ items: BulkItems });
export const BulkRejectSchema = z.object({ items: BulkItems, reason: RejectReasonSchema });

export const RECORD_SORTS = ['date', 'createdAt', 'status', 'area'] as const;
export const RecordListSchema = z.object({
  page: z.number().int().positive().max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  planId: IdSchema.optional(),
  activityId: IdSchema.optional(),
  type: ActivityTypeSchema.optional(),
  status: z.array(RecordStatusSchema).max(4).optional(),
  /** The area and everything below it. */
  areaCode: AreaCodeSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  createdByMe: z.boolean().optional(),
  importId: z.uuid().optional(),
  sort: z.enum(RECORD_SORTS).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type RecordListInput = z.infer<typeof RecordListSchema>;

export const RecordPermissionsSchema = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  reject: z.boolean(),
  attach: z.boolean(),
});

export const AttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.date(),
});

export const RecordSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planCode: z.string(),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  type: ActivityTypeSchema,
  date: IsoDateSchema,
  areaCode: z.string(),
  areaName: z.string(),
  /** The area's district (or province) name, to tell communes of the same name apart. */
  areaParentName: z.string().nullable(),
  quantity: z.number().int().nullable(),
  reached: ReachedSchema.nullable(),
  status: RecordStatusSchema,
  reason: z.string().nullable(),
  note: z.string().nullable(),
  agencyId: z.string().nullable(),
  importId: z.string().nullable(),
  version: z.number().int(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  rejectedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  can: RecordPermissionsSchema,
});
export type RecordOut = z.infer<typeof RecordSchema>;

const ChangeValueSchema = z.union([z.string(), z.number(), ReachedSchema, z.null()]);

/** One step of a record's history: who did what, when, and (edits, attachments) what changed. */
export const RecordHistoryEntrySchema = z.object({
  action: z.enum([
    'created',
    'imported',
    'edited',
    'submitted',
    'approved',
    'rejected',
    'attachment_added',
    'attachment_removed',
  ]),
  at: z.date(),
  userId: z.string().nullable(),
  /** The person's name (null when the account is gone or the event came from the system). */
  userName: z.string().nullable(),
  /** The record's version after the event. */
  version: z.number().int().nullable(),
  reason: z.string().nullable(),
  changes: z.array(
    z.object({
      field: z.enum([...RECORD_CONTENT_FIELDS, 'attachment']),
      from: ChangeValueSchema,
      to: ChangeValueSchema,
      /** Names of areas, activities and agencies, when the value is a code. */
      fromName: z.string().optional(),
      toName: z.string().optional(),
    }),
  ),
});
export type RecordHistoryEntry = z.infer<typeof RecordHistoryEntrySchema>;

export const RecordDetailSchema = RecordSchema.extend({
  attachments: z.array(AttachmentSchema),
  /** Oldest first: who entered, changed, submitted, approved or rejected it (four eyes reads the same facts). */
  history: z.array(RecordHistoryEntrySchema),
  /** Why the caller may not approve it (four eyes), when it is submitted and the caller is otherwise a reviewer. */
  approvalRefusal: z.object({ vi: z.string(), en: z.string() }).nullable(),
});

export const RecordPageSchema = z.object({
  items: z.array(RecordSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ImportInputSchema = z.object({
  planId: IdSchema,
  /** From POST /files/imports. */
  uploadId: z.uuid({ error: 'Mã tệp tải lên không hợp lệ' }),
  /** true: parse and report only (preview); false: insert every row or none. */
  dryRun: z.boolean(),
});

export const ImportRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().optional(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

export const ImportResultSchema = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  rowCount: z.number().int(),
  /** The first rows as they will be stored (preview). */
  preview: z.array(
    z.object({
      row: z.number().int(),
      date: IsoDateSchema,
      activityId: z.string().nullable(),
      type: ActivityTypeSchema,
      areaCode: z.string(),
      areaName: z.string(),
      quantity: z.number().int().nullable(),
      reached: ReachedSchema.nullable(),
      note: z.string().nullable(),
    }),
  ),
  errors: z.array(ImportRowErrorSchema),
  importId: z.string().nullable(),
  inserted: z.number().int(),
});
