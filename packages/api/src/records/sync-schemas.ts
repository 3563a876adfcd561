import { ActivityTypeSchema, IdSchema, IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { RecordFieldsSchema, RecordIdSchema } from './schemas.js';

/** Inputs and outputs of record.sync.* (the field app, issue 19). */

const CredentialSchema = z.string().min(20).max(200);
/** A client-made key (crypto.randomUUID on the device). */
const ClientKeySchema = z.uuid({ error: 'Khóa gửi không hợp lệ' });

/** Nothing to send: z.void(), so a body carrying anything (even a Date smuggled in through superjson) is refused. */
export const IssueInputSchema = z.void();
export const IssueOutputSchema = z.object({
  token: z.string(),
  user: z.object({ id: z.string(), displayName: z.string(), role: z.string() }),
  idleDays: z.number().int(),
});

export const CredentialInputSchema = z.object({ credential: CredentialSchema });

export const BootstrapInputSchema = z.object({
  credential: CredentialSchema,
  /** The data version the device holds: the same answers `unchanged`. */
  since: z.string().max(100).nullable(),
});

const FieldAreaSchema = z.object({ code: z.string(), name: z.string(), parentName: z.string().nullable() });
const FieldActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: ActivityTypeSchema,
  typeLabel: z.string(),
  from: IsoDateSchema,
  to: IsoDateSchema,
});
export const FieldPlanSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  activities: z.array(FieldActivitySchema),
  communes: z.array(FieldAreaSchema),
});
export type FieldPlan = z.infer<typeof FieldPlanSchema>;

export const BootstrapOutputSchema = z.discriminatedUnion('unchanged', [
  z.object({ unchanged: z.literal(true), version: z.string(), idleDays: z.number().int() }),
  z.object({
    unchanged: z.literal(false),
    version: z.string(),
    idleDays: z.number().int(),
    user: z.object({ id: z.string(), displayName: z.string(), role: z.string() }),
    plans: z.array(FieldPlanSchema),
  }),
]);

export const PushInputSchema = z.object({
  credential: CredentialSchema,
  /** The data version the record was entered against (to say "the plan changed" in a refusal). */
  deviceVersion: z.string().max(100).nullable(),
  record: RecordFieldsSchema.extend({
    planId: IdSchema,
    idempotencyKey: ClientKeySchema,
    /** The officer said this is another piece of work, not a duplicate. */
    confirmDuplicate: z.boolean().default(false),
  }),
});

const RefusalSchema = z.object({
  outcome: z.literal('refused'),
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  fields: z.array(z.object({ path: z.string(), vi: z.string(), en: z.string() })),
});
export const PushOutputSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('stored'),
    recordId: z.string(),
    /** true: this key was stored before (a retry); nothing new was made. */
    replay: z.boolean(),
  }),
  RefusalSchema,
]);

/** One chunk of a photo: `data` (base64) is bytes [offset, offset + n) of `size` bytes. */
export const PHOTO_CHUNK_BYTES = 256 * 1024;
export const PhotoInputSchema = z.object({
  credential: CredentialSchema,
  recordKey: ClientKeySchema,
  photoKey: ClientKeySchema,
  fileName: z.string().trim().min(1).max(200),
  size: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  data: z.base64().max(Math.ceil(PHOTO_CHUNK_BYTES / 3) * 4),
});
export const PhotoOutputSchema = z.object({
  /** Bytes the server holds: the next chunk starts here. */
  received: z.number().int(),
  done: z.boolean(),
});

/** By the key a new record was pushed under, or by id: a returned record corrected on the device (sync-update.ts). */
export const SubmitInputSchema = z
  .object({ credential: CredentialSchema, recordKey: ClientKeySchema.optional(), recordId: RecordIdSchema.optional() })
  .refine((v) => (v.recordKey === undefined) !== (v.recordId === undefined), {
    error: 'Cần đúng một trong hai: khóa gửi hoặc mã kết quả',
  });

/** The officer's own records returned by a reviewer, with the version the device edits from. */
export const ReturnedOutputSchema = z.object({
  records: z.array(
    z.object({
      id: z.string(),
      planId: z.string(),
      activityId: z.string().nullable(),
      type: ActivityTypeSchema,
      date: IsoDateSchema,
      areaCode: z.string(),
      quantity: z.number().int().nullable(),
      reached: z.record(z.string(), z.number()).nullable(),
      note: z.string().nullable(),
      reason: z.string().nullable(),
      returnedAt: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
});

/** A correction made offline of a stored record: `baseVersion` is the version the device started from (rule 5). */
export const UpdateInputSchema = z.object({
  credential: CredentialSchema,
  recordId: RecordIdSchema,
  baseVersion: z.number().int().positive(),
  /** The device's key for this correction (kept with it in the queue; the edit is idempotent by its content). */
  editKey: ClientKeySchema,
  record: RecordFieldsSchema,
});
export const SubmitOutputSchema = z.object({ recordId: z.string(), status: z.string() });
