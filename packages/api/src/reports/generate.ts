import {
  agencyAt,
  agencyNameAt,
  areaIndex,
  buildPeriodicReport,
  countOf,
  dateSplits,
  evaluatePlan,
  isSenderRecord,
  minIso,
  reportDataPeriod,
  type ActivityRecord,
  type CountedRecord,
  type DueReport,
  type ReportDocument,
  type ReportNarrative,
  type TargetResult,
} from '@pcmbn/domain';
import { signerOfAgencyOn } from '../agencies/signers.js';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { mayReadRecord, type ScopeUser } from '../records/access.js';
import { renderReportDocx } from './docx.js';
import { CONTENT_TYPES, contentDisposition, reportFileName, type ReportFormat } from './filename.js';
import { approvedTallies } from '../plans/tally.js';
import { loadApprovedRecords, type PlanReportContext } from './load.js';
import { senderTallies } from './tallies.js';
import { renderReportXlsx } from './xlsx.js';

export interface GenerateOptions {
  /** Who asks: the report holds only the records this user may read (the rule of record.get). */
  reader: ScopeUser;
  due: DueReport;
  agencyId: string;
  format: ReportFormat;
  number?: string | undefined;
  place?: string | undefined;
  /** The report's date (reportDocumentDate: its due date, or the day it is made when earlier). */
  date: string;
  /** Who signs; without one the document is a draft with marked fill-ins. */
  signerName?: string | undefined;
  /** The signer's title; default: the agency's signer on `date` (agency.signers), else the kind of body's. */
  signerTitle?: string | undefined;
  recommendations?: string[] | undefined;
  /** What the sender wrote (report-lifecycle.ts): results, difficulties, proposals. */
  narrative?: ReportNarrative | undefined;
}

export interface GeneratedFile {
  fileName: string;
  contentType: string;
  contentDisposition: string;
  size: number;
  base64: string;
}

/** 'Tỉnh Trà Vinh' → 'Trà Vinh': the place line names the locality without its kind (Decree 30/2020, ô số 4). */
export function placeOf(provinceName: string): string {
  return provinceName.replace(/^(Tỉnh|Thành phố)\s+/i, '');
}

/**
 * The periodic report of one sender for one period: content from buildPeriodicReport over the plan's approved
 * records the reader may read (a district officer: its district's), of which the sender's own work (isSenderRecord:
 * entered by or for it; a district committee also its district's records entered without an agency) makes the
 * report — the receiving body's report consolidates all. Figures cover the data period of the rule
 * (reportDataPeriod, printed), up to the report's date; targets are judged by evaluatePlan at that cut-off (final
 * from a target period's last day). Names, issuer and place are those in force on the report's date. Rendered as
 * DOCX (Decree 30/2020 layout) or XLSX (its records sheet holds the sender's own records).
 */
export interface SenderReport {
  document: ReportDocument;
  /**
   * What the reader may read that the report counts, as tallies: a consolidated report's data period, or up to the
   * cut-off the sender's own (tallies by agency); and the evaluation of all it may read at the cut-off.
   */
  records: CountedRecord[];
  results: TargetResult[];
  dataFrom: string;
  asOf: string;
  consolidated: boolean;
}

/** The content of one sender's report (see generateReport), before it is laid out as a file. */
export async function buildSenderReport(
  db: DbClient,
  context: PlanReportContext,
  options: Omit<GenerateOptions, 'format'>,
): Promise<SenderReport> {
  const { plan, agencies, areas } = context;
  const { due } = options;
  const rule = plan.reporting.find((r) => r.id === due.ruleId);
  const data = rule
    ? reportDataPeriod(rule, due, plan.period)
    : { ...due.period, note: undefined as { vi: string } | undefined };
  // Nothing after the report's date: a report made before its cut-off counts up to the day it is made.
  const asOf = minIso(data.to, options.date);
  const consolidated = due.toAgencyId === options.agencyId;
  // Every figure is a sum: evaluated over the plan's tallies (as plan.status); a consolidated report's work in the
  // period counted from them too, a sender's own work from the tallies by agency (isSenderRecord decides over who
  // entered them and where; its share is evaluated over them, from the plan's start up to the cut-off). No record
  // row: only the XLSX records sheet lists rows (generateReport).
  const sender = agencyAt(agencies, options.agencyId, options.date);
  const senderIds = [...new Set([options.agencyId, ...(sender ? [sender.id] : [])])];
  const splits = dateSplits(plan, { from: data.from, to: asOf });
  const [tallies, own, index, signer] = await Promise.all([
    approvedTallies(db, [plan.id], splits),
    consolidated ? [] : senderTallies(db, context, sender, senderIds, splits, asOf),
    areaIndexFor(db, plan.areaStructure),
    options.signerTitle === undefined ? signerOfAgencyOn(db, options.agencyId, options.date) : undefined,
  ]);
  const signerTitle = options.signerTitle ?? signer?.title;
  const readable = tallies.filter((t) => t.date <= asOf && countOf(t) > 0 && mayReadRecord(options.reader, t, index));
  const results = evaluatePlan(plan, { areas, records: readable, asOf });
  const records: CountedRecord[] = consolidated
    ? readable.filter((t) => t.date >= data.from)
    : own.filter((t) => t.date <= asOf && mayReadRecord(options.reader, t, index));
  const province = areas.find((a) => a.level === 'province');
  const place = options.place ?? placeOf(province?.name ?? plan.provinceCode);
  const document = buildPeriodicReport({
    plan,
    agencies,
    areas,
    records,
    results,
    period: due.period,
    dataPeriod: { from: data.from, to: data.to },
    ...(data.note ? { dataNote: data.note.vi } : {}),
    consolidated,
    reportingAgencyId: options.agencyId,
    ...(consolidated && due.consolidatedForAgencyId ? { recipientAgencyId: due.consolidatedForAgencyId } : {}),
    ...(options.number ? { number: options.number } : {}),
    ...(options.signerName ? { signerName: options.signerName } : {}),
    ...(signerTitle ? { signerTitle } : {}),
    ...(options.recommendations?.length ? { recommendations: options.recommendations } : {}),
    ...(options.narrative ? { narrative: options.narrative } : {}),
    place,
    date: options.date,
    asOf,
  });
  return { document, records, results, dataFrom: data.from, asOf, consolidated };
}

export async function generateReport(
  db: DbClient,
  context: PlanReportContext,
  options: GenerateOptions,
): Promise<GeneratedFile> {
  const { plan, agencies, areas } = context;
  const { due } = options;
  const { document, records, results, dataFrom, asOf, consolidated } = await buildSenderReport(db, context, options);
  let buffer: Buffer;
  if (options.format === 'docx') buffer = await renderReportDocx(document);
  else {
    const sender = agencyAt(agencies, options.agencyId, options.date);
    const senderIds = new Set([options.agencyId, ...(sender ? [sender.id] : [])]);
    const areaIdx = areaIndex(areas);
    const mine = (r: ActivityRecord) =>
      consolidated || (sender !== undefined && isSenderRecord(r, sender, senderIds, areaIdx));
    // The records sheet lists rows: the data period's only, entered by the sender or without an agency.
    const [rows, index] = await Promise.all([
      loadApprovedRecords(db, plan.id, { from: dataFrom, to: asOf }, consolidated ? undefined : [...senderIds]),
      areaIndexFor(db, plan.areaStructure),
    ]);
    const inPeriod = rows.filter((r) => mayReadRecord(options.reader, r, index) && mine(r));
    // The targets its DOCX lists (section II's target tables), with its share: the same evaluation over its own
    // records up to the same cut-off (as buildPeriodicReport).
    const listed = new Set(
      document.sections
        .filter((x) => x.number === 'II')
        .flatMap((x) => x.subsections)
        .flatMap((x) => x.blocks)
        .flatMap((b) =>
          b.kind === 'table' && b.caption === 'Kết quả thực hiện chỉ tiêu' ? b.rows.map((r) => r[1]) : [],
        ),
    );
    const ownResults = consolidated ? results : evaluatePlan(plan, { areas, records: records.filter(mine), asOf });
    const ownOf = new Map(ownResults.map((r) => [r.targetId, r]));
    const titleOf = new Map(plan.targets.map((t) => [t.id, t.title]));
    buffer = await renderReportXlsx({
      plan,
      period: due.period,
      targets: results
        .filter((r) => listed.has(titleOf.get(r.targetId)))
        .map((result) => ({ result, own: ownOf.get(result.targetId) })),
      records: inPeriod,
      areas,
      agencies,
      date: options.date,
      senderName: agencyNameAt(agencies, options.agencyId, options.date) ?? options.agencyId,
      title: `${document.title.kind} ${document.title.summary}`,
    });
  }
  const agency = agencies.find((a) => a.id === options.agencyId);
  const fileName = reportFileName({
    planCode: plan.code,
    label: due.label,
    agency: agency?.shortName ?? agency?.name ?? options.agencyId,
    format: options.format,
  });
  return {
    fileName,
    contentType: CONTENT_TYPES[options.format],
    contentDisposition: contentDisposition(fileName),
    size: buffer.length,
    base64: buffer.toString('base64'),
  };
}
