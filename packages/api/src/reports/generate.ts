import { buildPeriodicReport, evaluatePlan, type DueReport } from '@pcmbn/domain';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { mayReadRecord, type ScopeUser } from '../records/access.js';
import { renderReportDocx } from './docx.js';
import { CONTENT_TYPES, contentDisposition, reportFileName, type ReportFormat } from './filename.js';
import { loadApprovedRecords, type PlanReportContext } from './load.js';
import { renderReportXlsx } from './xlsx.js';

export interface GenerateOptions {
  /** Who asks: the report holds only the records this user may read (the rule of record.get). */
  reader: ScopeUser;
  due: DueReport;
  agencyId: string;
  format: ReportFormat;
  number?: string | undefined;
  place?: string | undefined;
  date: string;
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
 * The periodic report of one agency for one period: content from buildPeriodicReport over the plan's approved
 * records the reader may read (a district officer: its district's) and evaluatePlan over them at the period's end,
 * rendered as DOCX (Decree 30/2020 layout) or XLSX. Every figure, sheet and row comes from those records only.
 */
export async function generateReport(
  db: DbClient,
  context: PlanReportContext,
  options: GenerateOptions,
): Promise<GeneratedFile> {
  const { plan, agencies, areas } = context;
  const { due } = options;
  const [loaded, index] = await Promise.all([
    loadApprovedRecords(db, plan.id, due.period.to),
    areaIndexFor(db, plan.areaStructure),
  ]);
  const records = loaded.records.filter((r) => mayReadRecord(options.reader, r, index));
  const results = evaluatePlan(plan, { areas, records, asOf: due.period.to });
  const province = areas.find((a) => a.level === 'province');
  const place = options.place ?? placeOf(province?.name ?? plan.provinceCode);
  const document = buildPeriodicReport({
    plan,
    agencies,
    areas,
    records,
    results,
    period: due.period,
    reportingAgencyId: options.agencyId,
    ...(due.toAgencyId === options.agencyId && due.consolidatedForAgencyId
      ? { recipientAgencyId: due.consolidatedForAgencyId }
      : {}),
    ...(options.number ? { number: options.number } : {}),
    place,
    date: options.date,
    asOf: due.period.to,
  });
  let buffer: Buffer;
  if (options.format === 'docx') buffer = await renderReportDocx(document);
  else {
    const inPeriod = records.filter((r) => r.date >= due.period.from && r.date <= due.period.to);
    buffer = await renderReportXlsx({
      plan,
      period: due.period,
      results,
      records: inPeriod,
      areas,
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
