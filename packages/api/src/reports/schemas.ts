import { IdSchema, IsoDateSchema, REPORT_LIFECYCLE_STATUSES, ReportNarrativeSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { fromDbDate } from '../db/dates.js';
import type { ReportSubmission } from '../generated/prisma/client.js';
import { submittedOnOf } from './due.js';
import { lifecycleStatusOf } from './lifecycle.js';

/** Inputs and outputs of the report.* procedures (src/routers/report.ts). */
export const PeriodLabelSchema = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]|\d{2}))?$/, { error: 'Kỳ báo cáo có dạng 2019, 2019-H1, 2019-Q2 hoặc 2019-03' });
export const DueStatusSchema = z.enum(['not_due', 'due_soon', 'overdue', 'submitted']);

export const DueItemSchema = z.object({
  ruleId: z.string(),
  cadence: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
  label: z.string(),
  period: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
  dueDate: IsoDateSchema,
  agencyId: z.string(),
  agencyName: z.string(),
  /** The group the plan names this sender through ("UBND các huyện, thành phố" → each district committee). */
  viaGroupId: z.string().nullable(),
  viaGroupName: z.string().nullable(),
  /** A collective entry without listed members: one sender until its members are listed; no document. */
  group: z.boolean(),
  toAgencyId: z.string(),
  toAgencyName: z.string(),
  status: DueStatusSchema,
  /** not_started, draft, submitted (waiting for the recipient), returned, accepted, late (past due, not sent). */
  state: z.enum(['not_started', 'draft', 'submitted', 'returned', 'accepted', 'late']),
  /** Overdue, or submitted after the due date. */
  late: z.boolean(),
  /** Days from asOf to the due date (negative once past). */
  daysLeft: z.number().int(),
  submittedOn: IsoDateSchema.nullable(),
  number: z.string().nullable(),
});

export const SignerSchema = z.string().trim().min(1).max(100);
/** The signature block's title, one line per row (domain signerTitleLines). */
export const SignerTitleSchema = z.string().trim().min(1).max(200);
export const NumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z.-]+$/, { error: 'Số văn bản chỉ gồm chữ, số, "." và "-"' });
export const FileSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  contentDisposition: z.string(),
  size: z.number().int(),
  base64: z.string(),
});
export const LifecycleStatusSchema = z.enum(REPORT_LIFECYCLE_STATUSES);
export const ReportViewSchema = z.object({
  status: LifecycleStatusSchema.nullable(),
  statusLabel: z.string(),
  actor: z.enum(['sender', 'recipient', 'other']),
  agencyName: z.string(),
  toAgencyName: z.string(),
  narrative: ReportNarrativeSchema,
  /** The narrative shown was prefilled from the figures, not yet saved. */
  prefilled: z.boolean(),
  /** Who signs: as saved for this report, else the agency's signer on the report's date (agency.signers). */
  signerName: z.string().nullable(),
  /** The signer's title: as saved, else the agency's signer's, else the kind of body's ("GIÁM ĐỐC"). */
  signerTitle: z.string(),
  number: z.string().nullable(),
  submittedOn: IsoDateSchema.nullable(),
  returnReason: z.string().nullable(),
  may: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
  history: z.array(
    z.object({
      action: z.string(),
      actionLabel: z.string(),
      at: z.string(),
      userName: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  snapshot: z
    .object({
      sequence: z.number().int(),
      createdAt: z.string(),
      fileName: z.string(),
      figures: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
    })
    .nullable(),
  changes: z.array(z.object({ label: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
});

export const ReportKeySchema = z.object({
  planId: IdSchema,
  ruleId: IdSchema,
  period: PeriodLabelSchema,
  agencyId: IdSchema,
});

export const SubmissionSchema = z.object({
  planId: z.string(),
  ruleId: z.string(),
  period: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
  agencyId: z.string(),
  dueDate: IsoDateSchema,
  status: LifecycleStatusSchema,
  submittedOn: IsoDateSchema.nullable(),
  number: z.string().nullable(),
});

export function submissionOut(row: ReportSubmission): z.infer<typeof SubmissionSchema> {
  return {
    planId: row.planId,
    ruleId: row.ruleId,
    period: { from: fromDbDate(row.periodFrom), to: fromDbDate(row.periodTo) },
    agencyId: row.agencyId,
    dueDate: fromDbDate(row.dueDate),
    status: lifecycleStatusOf(row) ?? 'draft',
    submittedOn: submittedOnOf(row) ?? null,
    number: row.number,
  };
}
