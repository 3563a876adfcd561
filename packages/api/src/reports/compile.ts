import {
  agencyNameAt,
  compileProvinceReport,
  reportSendersOf,
  type CompiledSender,
  type DueReport,
  type ReportDocument,
  type ReportNarrative,
} from '@pcmbn/domain';
import { signerOfAgencyOn } from '../agencies/signers.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { renderReportDocx } from './docx.js';
import { submittedOnOf } from './due.js';
import { CONTENT_TYPES, contentDisposition, reportFileName } from './filename.js';
import type { GeneratedFile } from './generate.js';
import { placeOf } from './generate.js';
import { lifecycleStatusOf } from './lifecycle.js';
import type { PlanReportContext } from './load.js';

/**
 * The province report of one period (issue 13 item 4): every sender of the rule (reportSendersOf) with the state of
 * its report; the accepted ones from their frozen snapshots (never today's records), compiled by the domain's
 * compileProvinceReport; laid out as the other reports' DOCX, in the name of the body the senders report to.
 */
export async function compileReport(
  db: DbClient,
  context: PlanReportContext,
  due: DueReport,
  options: {
    date: string;
    place?: string | undefined;
    number?: string | undefined;
    signerName?: string | undefined;
    signerTitle?: string | undefined;
  },
): Promise<GeneratedFile & { document: ReportDocument }> {
  const { plan, agencies, areas } = context;
  const rule = plan.reporting.find((r) => r.id === due.ruleId);
  const senders = rule ? reportSendersOf(plan, rule, agencies).senders : [];
  const rows = await db.reportSubmission.findMany({
    where: { planId: plan.id, ruleId: due.ruleId, periodFrom: toDbDate(due.period.from) },
    include: { snapshots: { orderBy: { sequence: 'desc' }, take: 1 } },
  });
  const byAgency = new Map(rows.map((r) => [r.agencyId, r]));
  const compiled: CompiledSender[] = senders.map(({ agencyId }) => {
    const row = byAgency.get(agencyId);
    const status = lifecycleStatusOf(row ?? null);
    const snapshot = row?.snapshots[0];
    return {
      agencyId,
      name: agencyNameAt(agencies, agencyId, options.date) ?? agencyId,
      status,
      submittedOn: row ? (submittedOnOf(row) ?? null) : null,
      number: row?.number ?? null,
      ...(status === 'accepted' && snapshot
        ? {
            snapshot: {
              document: snapshot.document as unknown as ReportDocument,
              narrative: snapshot.narrative as unknown as ReportNarrative,
            },
          }
        : {}),
    };
  });
  const province = areas.find((a) => a.level === 'province');
  const document = compileProvinceReport({
    plan,
    agencies,
    recipientAgencyId: due.toAgencyId,
    consolidatedForAgencyId: due.consolidatedForAgencyId,
    period: due.period,
    dueDate: due.dueDate,
    senders: compiled,
    place: options.place ?? placeOf(province?.name ?? plan.provinceCode),
    date: options.date,
    number: options.number,
    signerName: options.signerName,
    // The receiving body's signer on the date (agency.signers) unless the officer names another title.
    signerTitle: options.signerTitle ?? (await signerOfAgencyOn(db, due.toAgencyId, options.date))?.title,
  });
  const buffer = await renderReportDocx(document);
  const recipient = agencies.find((a) => a.id === due.toAgencyId);
  const fileName = reportFileName({
    planCode: plan.code,
    label: due.label,
    agency: `Tổng hợp - ${recipient?.shortName ?? recipient?.name ?? due.toAgencyId}`,
    format: 'docx',
  });
  return {
    document,
    fileName,
    contentType: CONTENT_TYPES.docx,
    contentDisposition: contentDisposition(fileName),
    size: buffer.length,
    base64: buffer.toString('base64'),
  };
}
