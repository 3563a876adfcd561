import {
  ACTIVITY_TYPE_LABELS,
  QUANTITY_UNITS_VI,
  TARGET_STATUS_LABELS,
  agencyNameAt,
  areaIndex,
  formatDateVi,
  type ActivityRecord,
  type Agency,
  type Area,
  type Period,
  type Plan,
  type TargetResult,
} from '@pcmbn/domain';
import ExcelJS from 'exceljs';

/**
 * XLSX of one sender's periodic report (issue 13 item 6): the figures behind its DOCX, for officers who consolidate
 * reports in spreadsheets. One sheet per table — "Chỉ tiêu" (the targets of its report: its share and the province
 * total as numbers, threshold, status, what is missing by name), "Hoạt động" (its records by activity type, area and
 * unit), "Kết quả" (one row per record of its own, with the agency and the unit). Names, never codes; numbers stay
 * numbers; every sheet's first row names the sender and the period and its headers stay frozen; dates are text
 * dd/mm/yyyy so no spreadsheet's locale re-reads them.
 */
export interface ReportWorkbookInput {
  plan: Plan;
  period: Period;
  /** The targets of the report (as its DOCX lists them): the province result, and the sender's share. */
  targets: readonly { result: TargetResult; own: TargetResult | undefined }[];
  /** The sender's approved records of the data period (already filtered). */
  records: readonly ActivityRecord[];
  areas: readonly Area[];
  agencies: readonly Agency[];
  /** The report's date: names as in force then. */
  date: string;
  senderName: string;
  title: string;
}

const KIND_LABELS: Record<TargetResult['kind'], string> = {
  area_coverage: 'Độ bao phủ địa bàn',
  cadence: 'Tần suất',
  population_reach: 'Tỷ lệ người dân được tiếp cận',
  output_count: 'Số lượng sản phẩm',
  deadline: 'Thời hạn',
};

function styleHeader(sheet: ExcelJS.Worksheet, titleRow: string): void {
  sheet.insertRow(1, [titleRow]);
  sheet.getRow(1).font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function renderReportXlsx(input: ReportWorkbookInput): Promise<Buffer> {
  const { plan, records, areas } = input;
  const index = areaIndex(areas);
  const areaName = (code: string) => index.get(code)?.name ?? code;
  /** "Còn thiếu" lists areas (by name) or periods ('2017-Q3' → 'quý III/2017' as the DOCX writes them). */
  const missingName = (item: string) => (index.has(item) ? areaName(item) : periodItemVi(item));
  const agencyName = (id: string | undefined) => (id ? (agencyNameAt(input.agencies, id, input.date) ?? '') : '');
  const activityOf = new Map(plan.activities.map((a) => [a.id, a]));
  const unitOf = (r: ActivityRecord) =>
    (r.activityId ? activityOf.get(r.activityId)?.unit : undefined) ?? QUANTITY_UNITS_VI[r.type];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PCMBN';
  wb.title = `${input.title} — ${input.senderName}`;
  const periodText = `${formatDateVi(input.period.from)} – ${formatDateVi(input.period.to)}`;
  const heading = (what: string) => `${input.senderName} — ${what}, ${periodText}`;

  const targets = wb.addWorksheet('Chỉ tiêu');
  targets.columns = [
    { header: 'STT', key: 'n', width: 6 },
    { header: 'Chỉ tiêu', key: 'title', width: 60 },
    { header: 'Loại', key: 'kind', width: 24 },
    { header: 'Phần của đơn vị', key: 'own', width: 14 },
    { header: 'Toàn tỉnh', key: 'value', width: 12 },
    { header: 'Ngưỡng', key: 'threshold', width: 12 },
    { header: 'Tình trạng (toàn tỉnh)', key: 'status', width: 18 },
    { header: 'Còn thiếu (toàn tỉnh)', key: 'missing', width: 60 },
    { header: 'Giải thích', key: 'explanation', width: 80 },
  ];
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  input.targets.forEach(({ result, own }, i) => {
    targets.addRow({
      n: i + 1,
      title: byId.get(result.targetId)?.title ?? result.targetId,
      kind: KIND_LABELS[result.kind],
      own: round1(own?.value ?? 0),
      value: round1(result.value),
      threshold: result.threshold,
      status: TARGET_STATUS_LABELS[result.status].vi,
      missing: result.missing.map(missingName).join('; '),
      explanation: result.explanation,
    });
  });
  styleHeader(targets, heading(`chỉ tiêu đến ngày ${formatDateVi(input.period.to)}`));

  const activities = wb.addWorksheet('Hoạt động');
  activities.columns = [
    { header: 'Loại hoạt động', key: 'type', width: 36 },
    { header: 'Địa bàn', key: 'area', width: 30 },
    { header: 'Đơn vị tính', key: 'unit', width: 16 },
    { header: 'Số lượt', key: 'count', width: 10 },
    { header: 'Số lượng', key: 'quantity', width: 10 },
    { header: 'Số người được tiếp cận', key: 'reached', width: 14 },
  ];
  // One row per type, area and unit: quantities of different units are never added up.
  const groups = new Map<
    string,
    { type: string; area: string; unit: string; count: number; quantity: number; reached: number }
  >();
  for (const r of records) {
    const unit = unitOf(r);
    const key = `${r.type}|${r.areaCode}|${unit}`;
    const g = groups.get(key) ?? {
      type: ACTIVITY_TYPE_LABELS[r.type].vi,
      area: areaName(r.areaCode),
      unit,
      count: 0,
      quantity: 0,
      reached: 0,
    };
    g.count += 1;
    g.quantity += r.quantity ?? 1;
    g.reached += r.reached?.total ?? 0;
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      a.type.localeCompare(b.type, 'vi') || a.area.localeCompare(b.area, 'vi') || a.unit.localeCompare(b.unit, 'vi'),
  );
  for (const g of sorted) activities.addRow(g);
  styleHeader(activities, heading('hoạt động theo loại, địa bàn và đơn vị tính'));

  const rows = wb.addWorksheet('Kết quả');
  rows.columns = [
    { header: 'Ngày', key: 'date', width: 12 },
    { header: 'Loại hoạt động', key: 'type', width: 36 },
    { header: 'Hoạt động', key: 'activity', width: 50 },
    { header: 'Địa bàn', key: 'area', width: 30 },
    { header: 'Cơ quan thực hiện', key: 'agency', width: 36 },
    { header: 'Số lượng', key: 'quantity', width: 10 },
    { header: 'Đơn vị tính', key: 'unit', width: 16 },
    { header: 'Số người được tiếp cận', key: 'total', width: 14 },
    { header: 'Từ 14–60 tuổi', key: 'aged', width: 12 },
    { header: 'Phụ nữ', key: 'women', width: 10 },
    { header: 'Trẻ em', key: 'children', width: 10 },
  ];
  for (const r of records) {
    rows.addRow({
      date: formatDateVi(r.date),
      type: ACTIVITY_TYPE_LABELS[r.type].vi,
      activity: r.activityId ? (activityOf.get(r.activityId)?.title ?? '') : '',
      area: areaName(r.areaCode),
      agency: r.agencyId ? agencyName(r.agencyId) : input.senderName,
      quantity: r.quantity ?? 1,
      unit: unitOf(r),
      total: r.reached?.total ?? null,
      aged: r.reached?.aged14to60 ?? null,
      women: r.reached?.women ?? null,
      children: r.reached?.children ?? null,
    });
  }
  styleHeader(rows, heading('kết quả thực hiện đã duyệt'));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** '2017-03' → 'tháng 3/2017', '2017-Q3' → 'quý III/2017', '2017' → 'năm 2017'. */
function periodItemVi(item: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(item);
  if (month) return `tháng ${Number(month[2])}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(item);
  if (quarter) return `quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}`;
  if (/^\d{4}$/.test(item)) return `năm ${item}`;
  return item;
}
