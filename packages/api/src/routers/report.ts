import {
  IdSchema,
  IsoDateSchema,
  REPORT_LIFECYCLE_LABELS,
  ReportNarrativeSchema,
  ReturnReasonSchema,
  agencyAt,
  agencyNameAt,
  defaultSignerTitle,
  reportActorOf,
  signatureAuthority,
  type ReportFigure,
  reportDocumentDate,
  reportSendersOf,
  type Agency,
  type Plan,
  todayInHoChiMinh,
} from '@pcmbn/domain';
import { z } from 'zod';
import { areaIndexFor, canReadPlan, canWritePlan } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { appError, forbidden, notFound } from '../errors.js';
import type { ReportSubmission } from '../generated/prisma/client.js';
import { canSubmitReport, reportAgencyFilter } from '../reports/access.js';
import { signerOfAgencyOn } from '../agencies/signers.js';
import { defaultRange, dueItems, findDue, submittedOnOf } from '../reports/due.js';
import { compileReport } from '../reports/compile.js';
import { CONTENT_TYPES, contentDisposition } from '../reports/filename.js';
import { buildSenderReport, generateReport } from '../reports/generate.js';
import {
  changesSince,
  decideReport,
  findSubmission,
  historyOf,
  latestSnapshot,
  lifecycleStatusOf,
  narrativeOf,
  prefilledNarrative,
  saveReport,
  submitReport,
} from '../reports/lifecycle.js';
import { loadPlanContext, PLAN, type PlanReportContext } from '../reports/load.js';
import {
  DueStatusSchema,
  DueItemSchema,
  SignerSchema,
  SignerTitleSchema,
  NumberSchema,
  FileSchema,
  ReportViewSchema,
  ReportKeySchema,
  SubmissionSchema,
  submissionOut,
} from '../reports/schemas.js';
import { authedProcedure, createRouter, permittedProcedure } from '../trpc.js';

const fieldError = (path: string, vi: string, en: string) =>
  appError('BAD_REQUEST', 'INVALID_INPUT', { vi, en }, [{ path, vi, en }]);

async function readablePlan(db: DbClient, user: AuthUser, planId: string): Promise<PlanReportContext> {
  const context = await loadPlanContext(db, planId);
  const areas = await areaIndexFor(db, context.plan.areaStructure);
  // A plan outside the user's area does not exist for it.
  if (!canReadPlan(user, context.plan, areas)) throw notFound(PLAN, planId);
  return context;
}

/**
 * The due report named by (rule, period label) and a sender under it (reportSendersOf: each member of a group, no
 * body outside the province) or the body that receives and consolidates.
 */
function resolveDue(
  plan: Plan,
  agencies: readonly Agency[],
  input: { ruleId: string; period: string; agencyId: string },
) {
  const rule = plan.reporting.find((r) => r.id === input.ruleId);
  if (!rule)
    throw fieldError(
      'ruleId',
      `Kế hoạch không có chế độ báo cáo "${input.ruleId}"`,
      `The plan has no reporting rule "${input.ruleId}"`,
    );
  const due = findDue(plan, input.ruleId, input.period);
  if (!due)
    throw fieldError(
      'period',
      `Chế độ báo cáo này không có kỳ "${input.period}"`,
      `This rule owes no report for "${input.period}"`,
    );
  const { senders, excluded } = reportSendersOf(plan, rule, agencies);
  const sender = senders.find((s) => s.agencyId === input.agencyId);
  if (!sender && rule.toAgencyId !== input.agencyId) {
    const name = agencyNameAt(agencies, input.agencyId, due.dueDate) ?? input.agencyId;
    const why = excluded.find((e) => e.agencyId === input.agencyId)?.reason;
    if (why === 'group_expanded')
      throw fieldError(
        'agencyId',
        `“${name}” là một nhóm cơ quan: mỗi thành viên gửi báo cáo riêng`,
        `"${name}" is a group: each member reports on its own`,
      );
    throw fieldError(
      'agencyId',
      `“${name}” không gửi báo cáo theo chế độ này`,
      `"${name}" does not report under this rule`,
    );
  }
  return { due, group: sender?.group ?? false };
}

const submissionWhere = (planId: string, ruleId: string, periodFrom: string, agencyId: string) => ({
  planId_ruleId_periodFrom_agencyId: { planId, ruleId, periodFrom: toDbDate(periodFrom), agencyId },
});

/**
 * A paper-submission mark (markSubmitted / undoSubmitted) never overrides the life of a report sent through the
 * platform: once sent (a snapshot exists), returned or accepted, only its sender and recipient move it.
 */
async function refuseOverLifecycle(db: DbClient, row: ReportSubmission | null): Promise<void> {
  if (!row) return;
  const sent = row.status === 'accepted' || row.status === 'returned' || (await latestSnapshot(db, row.id)) !== null;
  if (sent)
    throw appError('CONFLICT', 'REPORT_IN_LIFECYCLE', {
      vi: `Báo cáo đã được gửi qua hệ thống (${REPORT_LIFECYCLE_LABELS[lifecycleStatusOf(row) ?? 'draft'].vi.toLowerCase()}): chỉ cơ quan gửi và cơ quan nhận thay đổi trạng thái`,
      en: 'The report was sent through the platform: only its sender and recipient change its state',
    });
}

export const reportRouter = createRouter({
  /** Every report due under the plan's rules, per sending agency, with its status on asOf (default today). */
  due: authedProcedure
    .input(
      z.object({
        planId: IdSchema,
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        asOf: IsoDateSchema.optional(),
        agencyId: IdSchema.optional(),
        status: DueStatusSchema.optional(),
      }),
    )
    .output(z.object({ asOf: IsoDateSchema, from: IsoDateSchema, to: IsoDateSchema, items: z.array(DueItemSchema) }))
    .query(async ({ ctx, input }) => {
      const { plan, agencies } = await readablePlan(ctx.db, ctx.user, input.planId);
      const range = defaultRange(plan);
      const from = input.from ?? range.from;
      const to = input.to ?? range.to;
      if (from > to)
        throw fieldError('to', 'Ngày kết thúc phải sau ngày bắt đầu', 'The end date must follow the start date');
      const asOf = input.asOf ?? todayInHoChiMinh();
      // An officer sees its own body's reports and those sent to it (the lead department sees its senders').
      const own = reportAgencyFilter(ctx.user);
      const submissions = await ctx.db.reportSubmission.findMany({ where: { planId: plan.id } });
      const items = dueItems(plan, agencies, submissions, { from, to, asOf, agencyId: input.agencyId ?? null }).filter(
        (i) => own === null || i.agencyId === own || i.toAgencyId === own,
      );
      if (
        own !== null &&
        input.agencyId !== undefined &&
        input.agencyId !== own &&
        !plan.reporting.some((r) => r.toAgencyId === own)
      )
        throw forbidden();
      return { asOf, from, to, items: input.status ? items.filter((i) => i.status === input.status) : items };
    }),

  /**
   * Builds the report file. A mutation so that each generated document is audited (who produced which report
   * when); it changes nothing else. The file comes back base64-encoded with its name and headers.
   */
  generate: authedProcedure
    .input(
      ReportKeySchema.extend({
        format: z.enum(['docx', 'xlsx']),
        number: z
          .string()
          .trim()
          .min(1)
          .max(20)
          .regex(/^[0-9A-Za-z.-]+$/, { error: 'Số văn bản chỉ gồm chữ, số, "." và "-"' })
          .optional(),
        place: z.string().trim().min(1).max(100).optional(),
        /** Default: the report's due date, or today when earlier (reportDocumentDate). */
        date: IsoDateSchema.optional(),
        /** Who signs. Without a signer the document is a draft: fill-ins marked "[Dự thảo …]". */
        signerName: z.string().trim().min(1).max(100).optional(),
        /** The signer's title; default: the agency's signer on the date (agency.signers), else by kind of body. */
        signerTitle: SignerTitleSchema.optional(),
        /** Section V: the officer's recommendations ("Không có kiến nghị, đề xuất." when none). */
        recommendations: z.array(z.string().trim().min(1).max(2000)).max(20).optional(),
      }),
    )
    .output(
      z.object({
        fileName: z.string(),
        contentType: z.string(),
        contentDisposition: z.string(),
        size: z.number().int(),
        base64: z.string(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due, group } = resolveDue(context.plan, context.agencies, input);
      const own = reportAgencyFilter(ctx.user);
      if (own !== null && own !== input.agencyId)
        throw forbidden({
          vi: 'Bạn chỉ lập được báo cáo của cơ quan mình',
          en: 'You can only produce your own agency’s reports',
        });
      if (group) {
        const name = agencyNameAt(context.agencies, input.agencyId, due.dueDate) ?? input.agencyId;
        throw fieldError(
          'agencyId',
          `“${name}” là một nhóm cơ quan chưa có danh sách thành viên: không lập báo cáo nhân danh một nhóm — bổ sung thành viên (Cơ quan) để mỗi cơ quan báo cáo riêng`,
          `"${name}" is a group without listed members: no report is made in a group's name — list its members (Agencies) so each reports on its own`,
        );
      }
      const date = input.date ?? reportDocumentDate(due, todayInHoChiMinh());
      const file = await generateReport(ctx.db, context, {
        reader: ctx.user,
        due,
        agencyId: input.agencyId,
        format: input.format,
        number: input.number,
        place: input.place,
        date,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        recommendations: input.recommendations,
      });
      // The sender has started: a draft submission (never over a submitted one), when the user may submit it.
      if (
        canSubmitReport(ctx.user, context.plan, input.agencyId, await areaIndexFor(ctx.db, context.plan.areaStructure))
      ) {
        await ctx.db.reportSubmission.upsert({
          where: submissionWhere(context.plan.id, input.ruleId, due.period.from, input.agencyId),
          update: {},
          create: {
            planId: context.plan.id,
            ruleId: input.ruleId,
            periodFrom: toDbDate(due.period.from),
            periodTo: toDbDate(due.period.to),
            dueDate: toDbDate(due.dueDate),
            agencyId: input.agencyId,
            status: 'draft',
          },
        });
      }
      ctx.audit({
        entity: 'report',
        entityId: `${input.planId}/${input.ruleId}/${input.period}/${input.agencyId}`,
        after: {
          format: input.format,
          fileName: file.fileName,
          size: file.size,
          number: input.number ?? null,
          date,
          place: input.place ?? null,
          signerName: input.signerName ?? null,
        },
      });
      return file;
    }),

  markSubmitted: permittedProcedure('report.write')
    .input(
      ReportKeySchema.extend({
        number: z.string().trim().min(1).max(50).optional(),
        submittedOn: IsoDateSchema.optional(),
      }),
    )
    .output(SubmissionSchema)
    .mutation(async ({ ctx, input }) => {
      const { plan, agencies } = await readablePlan(ctx.db, ctx.user, input.planId);
      if (!canSubmitReport(ctx.user, plan, input.agencyId, await areaIndexFor(ctx.db, plan.areaStructure))) {
        throw forbidden({
          vi: 'Bạn không được đánh dấu đã nộp báo cáo của cơ quan này',
          en: 'You may not mark this agency’s report as submitted',
        });
      }
      const { due } = resolveDue(plan, agencies, input);
      const today = todayInHoChiMinh();
      const submittedOn = input.submittedOn ?? today;
      if (submittedOn > today)
        throw fieldError(
          'submittedOn',
          'Ngày nộp không được sau hôm nay',
          'The submission date cannot be in the future',
        );
      const where = submissionWhere(plan.id, input.ruleId, due.period.from, input.agencyId);
      const before = await ctx.db.reportSubmission.findUnique({ where });
      await refuseOverLifecycle(ctx.db, before);
      // Noon in Vietnam, so the stored instant reads back as the same calendar day there.
      const submittedAt = input.submittedOn ? new Date(`${input.submittedOn}T05:00:00.000Z`) : new Date();
      const data = {
        status: 'submitted',
        submittedAt,
        submittedById: ctx.user.id,
        number: input.number ?? before?.number ?? null,
        dueDate: toDbDate(due.dueDate),
        periodTo: toDbDate(due.period.to),
      };
      const row = before
        ? await ctx.db.reportSubmission.update({ where, data: { ...data, version: { increment: 1 } } })
        : await ctx.db.reportSubmission.create({
            data: {
              ...data,
              planId: plan.id,
              ruleId: input.ruleId,
              periodFrom: toDbDate(due.period.from),
              agencyId: input.agencyId,
            },
          });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: before ? submissionOut(before) : null,
        after: submissionOut(row),
      });
      return submissionOut(row);
    }),

  /** Undo a "submitted" mark made by mistake: the report is owed again. */
  undoSubmitted: permittedProcedure('report.write')
    .input(ReportKeySchema)
    .output(SubmissionSchema)
    .mutation(async ({ ctx, input }) => {
      const { plan, agencies } = await readablePlan(ctx.db, ctx.user, input.planId);
      if (!canSubmitReport(ctx.user, plan, input.agencyId, await areaIndexFor(ctx.db, plan.areaStructure))) {
        throw forbidden({
          vi: 'Bạn không được sửa trạng thái báo cáo của cơ quan này',
          en: 'You may not change this agency’s report status',
        });
      }
      const { due } = resolveDue(plan, agencies, input);
      const where = submissionWhere(plan.id, input.ruleId, due.period.from, input.agencyId);
      const before = await ctx.db.reportSubmission.findUnique({ where });
      await refuseOverLifecycle(ctx.db, before);
      if (!before || before.status !== 'submitted') {
        throw appError('CONFLICT', 'REPORT_NOT_SUBMITTED', {
          vi: 'Báo cáo này chưa được đánh dấu đã nộp',
          en: 'This report is not marked as submitted',
        });
      }
      const row = await ctx.db.reportSubmission.update({
        where,
        data: { status: 'draft', submittedAt: null, submittedById: null, version: { increment: 1 } },
      });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: submissionOut(before),
        after: submissionOut(row),
      });
      return submissionOut(row);
    }),

  /**
   * One sender's report and its life (issue 13.3): state, narrative (prefilled from the figures until written),
   * signer, number, the reason of the last return, what the user may do, the history, the last frozen snapshot's
   * figures and what changed since (for a report being corrected).
   */
  get: authedProcedure
    .input(ReportKeySchema)
    .output(ReportViewSchema)
    .query(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due, group } = resolveDue(context.plan, context.agencies, input);
      const own = reportAgencyFilter(ctx.user);
      if (own !== null && own !== input.agencyId && own !== due.toAgencyId) throw forbidden();
      const row = await findSubmission(ctx.db, context.plan.id, due, input.agencyId);
      const status = lifecycleStatusOf(row);
      const actor = reportActorOf(ctx.user, { senderAgencyId: input.agencyId, recipientAgencyId: due.toAgencyId });
      const date = reportDocumentDate(due, todayInHoChiMinh());
      const current = group
        ? null
        : (await buildSenderReport(ctx.db, context, { reader: ctx.user, due, agencyId: input.agencyId, date }))
            .document;
      const snapshot = row ? await latestSnapshot(ctx.db, row.id) : null;
      const signer = await signerOfAgencyOn(ctx.db, input.agencyId, date);
      const sender = agencyAt(context.agencies, input.agencyId, date);
      const written = row !== null && (row.results !== '' || row.difficulties !== '' || row.proposals !== '');
      const editable = actor === 'sender' && (status === null || status === 'draft' || status === 'returned');
      return {
        status,
        statusLabel: status ? REPORT_LIFECYCLE_LABELS[status].vi : 'Chưa soạn',
        actor,
        agencyName: agencyNameAt(context.agencies, input.agencyId, due.dueDate) ?? input.agencyId,
        toAgencyName: agencyNameAt(context.agencies, due.toAgencyId, due.dueDate) ?? due.toAgencyId,
        narrative: written || !current ? narrativeOf(row) : prefilledNarrative(current),
        prefilled: !written && current !== null,
        // Who signs: as saved for this report, else the agency's signer on the report's date, else whoever signed
        // this body's last report.
        signerName:
          row?.signerName ??
          signer?.name ??
          (
            await ctx.db.reportSubmission.findFirst({
              where: { agencyId: input.agencyId, signerName: { not: null } },
              orderBy: { updatedAt: 'desc' },
              select: { signerName: true },
            })
          )?.signerName ??
          null,
        signerTitle:
          row?.signerTitle ??
          signer?.title ??
          (sender ? defaultSignerTitle(signatureAuthority(sender)) : defaultSignerTitle([])),
        number: row?.number ?? null,
        submittedOn: row ? (submittedOnOf(row) ?? null) : null,
        returnReason: status === 'returned' ? (row?.returnReason ?? null) : null,
        may: {
          edit: editable && !group,
          submit: editable && !group,
          decide: actor === 'recipient' && status === 'submitted',
        },
        history: row ? await historyOf(ctx.db, row.id) : [],
        snapshot: snapshot
          ? {
              sequence: snapshot.sequence,
              createdAt: snapshot.createdAt.toISOString(),
              fileName: snapshot.fileName,
              figures: snapshot.figures as unknown as ReportFigure[],
            }
          : null,
        changes: snapshot && current && editable ? changesSince(snapshot.figures, current) : [],
      };
    }),

  /** The sender's officers save the narrative and the signer of a draft or a returned report. */
  save: authedProcedure
    .input(
      ReportKeySchema.extend({
        narrative: ReportNarrativeSchema,
        signerName: SignerSchema.nullable(),
        signerTitle: SignerTitleSchema.nullable().optional(),
      }),
    )
    .output(SubmissionSchema)
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due } = resolveDue(context.plan, context.agencies, input);
      const { before, row } = await saveReport(ctx.db, ctx.user, context, due, input.agencyId, {
        narrative: input.narrative,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
      });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: before ? submissionOut(before) : null,
        after: {
          ...submissionOut(row),
          narrative: input.narrative,
          signerName: input.signerName,
          signerTitle: input.signerTitle ?? null,
        },
      });
      return submissionOut(row);
    }),

  /** The sender's officers submit: the document is built now and frozen (content, figures, DOCX) in a snapshot. */
  submit: authedProcedure
    .input(
      ReportKeySchema.extend({
        narrative: ReportNarrativeSchema.optional(),
        signerName: SignerSchema.optional(),
        signerTitle: SignerTitleSchema.optional(),
        number: NumberSchema.optional(),
        date: IsoDateSchema.optional(),
      }),
    )
    .output(SubmissionSchema.extend({ sequence: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due, group } = resolveDue(context.plan, context.agencies, input);
      if (group) throw forbidden({ vi: 'Không gửi báo cáo nhân danh một nhóm', en: 'No report in a group’s name' });
      const today = todayInHoChiMinh();
      const date = input.date ?? reportDocumentDate(due, today);
      if (date > today)
        throw fieldError('date', 'Ngày ban hành không được sau hôm nay', 'The date cannot be in the future');
      const { before, row, sequence } = await submitReport(ctx.db, ctx.user, context, due, input.agencyId, {
        ...(input.narrative ? { narrative: input.narrative } : {}),
        ...(input.signerName ? { signerName: input.signerName } : {}),
        ...(input.signerTitle ? { signerTitle: input.signerTitle } : {}),
        ...(input.number ? { number: input.number } : {}),
        date,
      });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: before ? submissionOut(before) : null,
        after: { ...submissionOut(row), sequence, date },
      });
      return { ...submissionOut(row), sequence };
    }),

  /** The recipient's officers accept a submitted report. */
  accept: authedProcedure
    .input(ReportKeySchema)
    .output(SubmissionSchema)
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due } = resolveDue(context.plan, context.agencies, input);
      const { before, row } = await decideReport(ctx.db, ctx.user, context, due, input.agencyId, {
        action: 'accept',
      });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: before ? submissionOut(before) : null,
        after: submissionOut(row),
      });
      return submissionOut(row);
    }),

  /** The recipient's officers return a submitted report to its sender, saying why. */
  return: authedProcedure
    .input(ReportKeySchema.extend({ reason: ReturnReasonSchema }))
    .output(SubmissionSchema)
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due } = resolveDue(context.plan, context.agencies, input);
      const { before, row } = await decideReport(ctx.db, ctx.user, context, due, input.agencyId, {
        action: 'return',
        reason: input.reason,
      });
      ctx.audit({
        entity: 'report_submission',
        entityId: row.id,
        before: before ? submissionOut(before) : null,
        after: { ...submissionOut(row), reason: input.reason },
      });
      return submissionOut(row);
    }),

  /** The DOCX frozen at the last submission, byte for byte (a mutation: each download is audited). */
  download: authedProcedure
    .input(ReportKeySchema)
    .output(FileSchema)
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const { due } = resolveDue(context.plan, context.agencies, input);
      const own = reportAgencyFilter(ctx.user);
      if (own !== null && own !== input.agencyId && own !== due.toAgencyId) throw forbidden();
      const row = await findSubmission(ctx.db, context.plan.id, due, input.agencyId);
      const snapshot = row ? await latestSnapshot(ctx.db, row.id) : null;
      if (!row || !snapshot)
        throw appError('NOT_FOUND', 'REPORT_NOT_SUBMITTED', {
          vi: 'Báo cáo này chưa được gửi: chưa có bản đã gửi để tải về',
          en: 'This report was never submitted: there is no sent copy',
        });
      const bytes = Buffer.from(snapshot.docx);
      ctx.audit({ entity: 'report_submission', entityId: row.id, after: { sequence: snapshot.sequence } });
      return {
        fileName: snapshot.fileName,
        contentType: CONTENT_TYPES.docx,
        contentDisposition: contentDisposition(snapshot.fileName),
        size: bytes.length,
        base64: bytes.toString('base64'),
      };
    }),

  /**
   * The province report of a period (issue 13.4), compiled by the body the senders report to (its officers) or a
   * province admin: the accepted reports' frozen figures and narratives, attributed; late and missing senders named.
   */
  compile: authedProcedure
    .input(
      ReportKeySchema.omit({ agencyId: true }).extend({
        number: NumberSchema.optional(),
        signerName: SignerSchema.optional(),
        signerTitle: SignerTitleSchema.optional(),
        date: IsoDateSchema.optional(),
        place: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .output(FileSchema)
    .mutation(async ({ ctx, input }) => {
      const context = await readablePlan(ctx.db, ctx.user, input.planId);
      const receiver = context.plan.reporting.find((r) => r.id === input.ruleId)?.toAgencyId ?? '';
      const { due } = resolveDue(context.plan, context.agencies, { ...input, agencyId: receiver });
      const areas = await areaIndexFor(ctx.db, context.plan.areaStructure);
      const mayCompile =
        (ctx.user.role === 'agency_officer' && ctx.user.agencyId === due.toAgencyId) ||
        (ctx.user.role === 'province_admin' && canWritePlan(ctx.user, context.plan, areas));
      if (!mayCompile)
        throw forbidden({
          vi: 'Chỉ cơ quan nhận báo cáo tổng hợp được báo cáo của tỉnh',
          en: 'Only the receiving body compiles the province report',
        });
      const date = input.date ?? todayInHoChiMinh();
      const file = await compileReport(ctx.db, context, due, {
        date,
        place: input.place,
        number: input.number,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
      });
      ctx.audit({
        entity: 'report',
        entityId: `${input.planId}/${input.ruleId}/${input.period}/compiled`,
        after: { fileName: file.fileName, size: file.size, date, number: input.number ?? null },
      });
      const { document: _document, ...out } = file;
      return out;
    }),
});
