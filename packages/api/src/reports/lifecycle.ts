import {
  REPORT_ACTION_LABELS,
  reportActorOf,
  reportFigureChanges,
  reportFigures,
  reportTransition,
  type DueReport,
  type ReportAction,
  type ReportDocument,
  type ReportFigure,
  type ReportLifecycleStatus,
  type ReportNarrative,
  type ReportSection,
} from '@pcmbn/domain';
import { signerOfAgencyOn } from '../agencies/signers.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { appError } from '../errors.js';
import type { ReportSubmission } from '../generated/prisma/client.js';
import { renderReportDocx } from './docx.js';
import { reportFileName } from './filename.js';
import { buildSenderReport } from './generate.js';
import type { PlanReportContext } from './load.js';

/**
 * The life of one sender's report (domain report-lifecycle.ts) over ReportSubmission, ReportSnapshot and
 * ReportEvent: the sender's officers save the narrative and submit (the content and the DOCX are frozen in a
 * snapshot), the recipient's officers accept or return with a reason. Every step is checked by reportTransition,
 * written with its event; the router audits it.
 */
type Actor = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;

const STATUSES: readonly ReportLifecycleStatus[] = ['draft', 'submitted', 'returned', 'accepted'];
export const lifecycleStatusOf = (row: Pick<ReportSubmission, 'status'> | null): ReportLifecycleStatus | null =>
  row === null ? null : (STATUSES.find((s) => s === row.status) ?? 'draft');

export const narrativeOf = (row: Pick<ReportSubmission, 'results' | 'difficulties' | 'proposals'> | null) => ({
  results: row?.results ?? '',
  difficulties: row?.difficulties ?? '',
  proposals: row?.proposals ?? '',
});

const where = (planId: string, due: DueReport, agencyId: string) => ({
  planId_ruleId_periodFrom_agencyId: { planId, ruleId: due.ruleId, periodFrom: toDbDate(due.period.from), agencyId },
});

export function findSubmission(db: DbClient, planId: string, due: DueReport, agencyId: string) {
  return db.reportSubmission.findUnique({ where: where(planId, due, agencyId) });
}

const FIELD_OF: Partial<Record<string, string>> = {
  REPORT_INCOMPLETE: 'results',
  REPORT_REASON_REQUIRED: 'reason',
};

function check(
  from: ReportLifecycleStatus | null,
  action: ReportAction,
  user: Actor,
  due: DueReport,
  agencyId: string,
  input: Parameters<typeof reportTransition>[3] = {},
): ReportLifecycleStatus {
  const actor = reportActorOf(user, { senderAgencyId: agencyId, recipientAgencyId: due.toAgencyId });
  const t = reportTransition(from, action, actor, input);
  if (t.ok) return t.to;
  const trpc =
    t.code === 'REPORT_NOT_YOURS' || t.code === 'REPORT_NOT_RECIPIENT'
      ? 'FORBIDDEN'
      : t.code === 'REPORT_FROZEN' || t.code === 'REPORT_NOT_SUBMITTED'
        ? 'CONFLICT'
        : 'BAD_REQUEST';
  const path =
    t.code === 'REPORT_INCOMPLETE' && !input.signerName?.trim() && input.narrative?.results.trim()
      ? 'signerName'
      : FIELD_OF[t.code];
  throw appError(trpc, t.code, t.message, path ? [{ path, ...t.message }] : []);
}

async function event(
  db: DbClient,
  row: ReportSubmission,
  action: ReportAction,
  from: ReportLifecycleStatus | null,
  userId: string,
  reason?: string,
) {
  await db.reportEvent.create({
    data: {
      submissionId: row.id,
      action,
      fromStatus: from,
      toStatus: row.status,
      reason: reason ?? null,
      userId,
    },
  });
}

function createData(planId: string, due: DueReport, agencyId: string) {
  return {
    planId,
    ruleId: due.ruleId,
    periodFrom: toDbDate(due.period.from),
    periodTo: toDbDate(due.period.to),
    dueDate: toDbDate(due.dueDate),
    agencyId,
  };
}

/** The sender's officers save the narrative and the signer (a draft, or a returned report being corrected). */
export async function saveReport(
  db: DbClient,
  user: Actor,
  context: PlanReportContext,
  due: DueReport,
  agencyId: string,
  input: { narrative: ReportNarrative; signerName: string | null; signerTitle?: string | null | undefined },
): Promise<{ before: ReportSubmission | null; row: ReportSubmission }> {
  const before = await findSubmission(db, context.plan.id, due, agencyId);
  const from = lifecycleStatusOf(before);
  const to = check(from, 'save', user, due, agencyId, { narrative: input.narrative });
  const data = {
    ...input.narrative,
    signerName: input.signerName,
    ...(input.signerTitle !== undefined ? { signerTitle: input.signerTitle } : {}),
    status: to,
  };
  const row = before
    ? await db.reportSubmission.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
    : await db.reportSubmission.create({ data: { ...createData(context.plan.id, due, agencyId), ...data } });
  await event(db, row, 'save', from, user.id);
  return { before, row };
}

/**
 * Submits the report: the saved narrative (or the one given), a signer and a number; the document is built now,
 * with the records as they are, and frozen — its content, figures and DOCX bytes — in a new snapshot.
 */
export async function submitReport(
  db: DbClient,
  user: Actor,
  context: PlanReportContext,
  due: DueReport,
  agencyId: string,
  input: { narrative?: ReportNarrative; signerName?: string; signerTitle?: string; number?: string; date: string },
): Promise<{ before: ReportSubmission | null; row: ReportSubmission; sequence: number }> {
  const before = await findSubmission(db, context.plan.id, due, agencyId);
  const from = lifecycleStatusOf(before);
  const narrative = input.narrative ?? narrativeOf(before);
  // Who signs: as given, else as saved for this report, else the agency's signer on the report's date.
  const agencySigner = await signerOfAgencyOn(db, agencyId, input.date);
  const signerName = input.signerName ?? before?.signerName ?? agencySigner?.name ?? '';
  const signerTitle = input.signerTitle ?? before?.signerTitle ?? agencySigner?.title;
  const number = input.number ?? before?.number ?? undefined;
  const to = check(from, 'submit', user, due, agencyId, { narrative, signerName });
  const { document } = await buildSenderReport(db, context, {
    reader: user,
    due,
    agencyId,
    date: input.date,
    signerName,
    ...(signerTitle ? { signerTitle } : {}),
    narrative,
    ...(number ? { number } : {}),
  });
  const docx = await renderReportDocx(document);
  const agency = context.agencies.find((a) => a.id === agencyId);
  const fileName = reportFileName({
    planCode: context.plan.code,
    label: due.label,
    agency: agency?.shortName ?? agency?.name ?? agencyId,
    format: 'docx',
  });
  const data = {
    ...narrative,
    signerName,
    signerTitle: signerTitle ?? null,
    number: number ?? null,
    status: to,
    submittedAt: new Date(),
    submittedById: user.id,
    returnReason: null,
    decidedAt: null,
    decidedById: null,
  };
  const row = before
    ? await db.reportSubmission.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
    : await db.reportSubmission.create({ data: { ...createData(context.plan.id, due, agencyId), ...data } });
  const sequence = (await db.reportSnapshot.count({ where: { submissionId: row.id } })) + 1;
  await db.reportSnapshot.create({
    data: {
      submissionId: row.id,
      sequence,
      document: JSON.parse(JSON.stringify(document)) as object,
      narrative,
      figures: reportFigures(document).map((f) => ({ ...f })),
      docx: new Uint8Array(docx),
      fileName,
      createdById: user.id,
    },
  });
  await event(db, row, 'submit', from, user.id);
  return { before, row, sequence };
}

/** The recipient's officers accept a submitted report or return it with a reason. */
export async function decideReport(
  db: DbClient,
  user: Actor,
  context: PlanReportContext,
  due: DueReport,
  agencyId: string,
  decision: { action: 'accept' } | { action: 'return'; reason: string },
): Promise<{ before: ReportSubmission | null; row: ReportSubmission }> {
  const before = await findSubmission(db, context.plan.id, due, agencyId);
  const from = lifecycleStatusOf(before);
  const reason = decision.action === 'return' ? decision.reason.trim() : undefined;
  const to = check(from, decision.action, user, due, agencyId, { reason: reason ?? null });
  if (!before) throw new Error('unreachable: a decision needs a submitted report');
  const row = await db.reportSubmission.update({
    where: { id: before.id },
    data: {
      status: to,
      returnReason: reason ?? null,
      decidedAt: new Date(),
      decidedById: user.id,
      version: { increment: 1 },
    },
  });
  await event(db, row, decision.action, from, user.id, reason);
  return { before, row };
}

/** The latest frozen snapshot of a report, if it was ever submitted. */
export function latestSnapshot(db: DbClient, submissionId: string) {
  return db.reportSnapshot.findFirst({ where: { submissionId }, orderBy: { sequence: 'desc' } });
}

/** The report's history, oldest first, with people's names. */
export async function historyOf(db: DbClient, submissionId: string) {
  const events = await db.reportEvent.findMany({ where: { submissionId }, orderBy: { at: 'asc' } });
  const ids = [...new Set(events.flatMap((e) => (e.userId ? [e.userId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  const name = new Map(users.map((u) => [u.id, u.displayName]));
  return events.map((e) => ({
    action: e.action,
    actionLabel: REPORT_ACTION_LABELS[e.action as ReportAction].vi,
    at: e.at.toISOString(),
    userName: e.userId ? (name.get(e.userId) ?? '') : '',
    reason: e.reason,
  }));
}

/** Changes of the figures now against those frozen at the last submission (a returned report's new draft). */
export function changesSince(snapshotFigures: unknown, now: ReportDocument) {
  return reportFigureChanges(snapshotFigures as ReportFigure[], reportFigures(now));
}

/**
 * The narrative prefilled from the figures when nothing was written yet: one line per component's work ("Đã thực
 * hiện … lượt hoạt động …") and the targets listed under "Tồn tại, hạn chế".
 */
export function prefilledNarrative(document: ReportDocument): ReportNarrative {
  const section = (n: string) => document.sections.find((s) => s.number === n);
  const results = (section('II')?.subsections ?? []).flatMap((sub: ReportSection) => {
    const first = sub.blocks[0];
    return first?.kind === 'paragraph' && !first.editable && first.text.startsWith('Đã thực hiện')
      ? [`${sub.title}: ${first.text}`]
      : [];
  });
  const limits = section('III')?.subsections[1]?.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])) ?? [];
  return { results: results.join('\n'), difficulties: limits.join('\n'), proposals: '' };
}
