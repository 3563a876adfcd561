import {
  ACTIVITY_TYPE_LABELS,
  TARGET_STATUS_LABELS,
  formatDateVi,
  type ActivityRecord,
  type Area,
  type Period,
  type Plan,
  type TargetResult,
} from '@pcmbn/domain';
import ExcelJS from 'exceljs';

/**
 * XLSX of a periodic report: the figures behind the DOCX, for officers who consolidate reports in spreadsheets.
 * Sheets: "Chỉ tiêu" (targets: status, value, threshold, what is missing), "Hoạt động" (records by activity type and
 * area), "Kết quả" (one row per approved record of the period). Numbers stay numbers; dates are text dd/mm/yyyy so
 * no spreadsheet's locale re-reads them.
 */
export interface ReportWorkbookInput {
  plan: Plan;
  period: Period;
  /** evaluatePlan at the period's end. */
  results: readonly TargetResult[];
  /** Approved records of the period (already filtered). */
  records: readonly ActivityRecord[];
  areas: readonly Area[];
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

export async function renderReportXlsx(input: ReportWorkbookInput): Promise<Buffer> {
  const { plan, results, records, areas } = input;
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  const label = (code: string) => areaName.get(code) ?? code;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PCMBN';
  wb.title = input.title;
  const periodText = `${formatDateVi(input.period.from)} – ${formatDateVi(input.period.to)}`;

  const targets = wb.addWorksheet('Chỉ tiêu');
  targets.columns = [
    { header: 'STT', key: 'n', width: 6 },
    { header: 'Mã chỉ tiêu', key: 'id', width: 18 },
    { header: 'Chỉ tiêu', key: 'title', width: 60 },
    { header: 'Loại', key: 'kind', width: 24 },
    { header: 'Tình trạng', key: 'status', width: 18 },
    { header: 'Kết quả', key: 'value', width: 12 },
    { header: 'Ngưỡng', key: 'threshold', width: 12 },
    { header: 'Còn thiếu', key: 'missing', width: 60 },
    { header: 'Giải thích', key: 'explanation', width: 80 },
  ];
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  results.forEach((r, i) => {
    targets.addRow({
      n: i + 1,
      id: r.targetId,
      title: byId.get(r.targetId)?.title ?? r.targetId,
      kind: KIND_LABELS[r.kind],
      status: TARGET_STATUS_LABELS[r.status].vi,
      value: Math.round(r.value * 10) / 10,
      threshold: r.threshold,
      missing: r.missing.map((m) => (areaName.has(m) ? label(m) : m)).join('; '),
      explanation: r.explanation,
    });
  });
  styleHeader(targets, `${input.title} — chỉ tiêu đến ngày ${formatDateVi(input.period.to)}`);

  const activities = wb.addWorksheet('Hoạt động');
  activities.columns = [
    { header: 'Loại hoạt động', key: 'type', width: 36 },
    { header: 'Mã địa bàn', key: 'code', width: 12 },
    { header: 'Địa bàn', key: 'area', width: 30 },
    { header: 'Số lượt', key: 'count', width: 10 },
    { header: 'Số lượng', key: 'quantity', width: 10 },
    { header: 'Số người được tiếp cận', key: 'reached', width: 14 },
  ];
  const groups = new Map<
    string,
    { type: ActivityRecord['type']; code: string; count: number; quantity: number; reached: number }
  >();
  for (const r of records) {
    const key = `${r.type}|${r.areaCode}`;
    const g = groups.get(key) ?? { type: r.type, code: r.areaCode, count: 0, quantity: 0, reached: 0 };
    g.count += 1;
    g.quantity += r.quantity ?? 1;
    g.reached += r.reached?.total ?? 0;
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      ACTIVITY_TYPE_LABELS[a.type].vi.localeCompare(ACTIVITY_TYPE_LABELS[b.type].vi, 'vi') ||
      a.code.localeCompare(b.code),
  );
  for (const g of sorted)
    activities.addRow({
      type: ACTIVITY_TYPE_LABELS[g.type].vi,
      code: g.code,
      area: label(g.code),
      count: g.count,
      quantity: g.quantity,
      reached: g.reached,
    });
  styleHeader(activities, `Hoạt động theo loại và địa bàn, ${periodText}`);

  const rows = wb.addWorksheet('Kết quả');
  rows.columns = [
    { header: 'Ngày', key: 'date', width: 12 },
    { header: 'Loại hoạt động', key: 'type', width: 36 },
    { header: 'Hoạt động', key: 'activity', width: 50 },
    { header: 'Mã địa bàn', key: 'code', width: 12 },
    { header: 'Địa bàn', key: 'area', width: 30 },
    { header: 'Số lượng', key: 'quantity', width: 10 },
    { header: 'Số người được tiếp cận', key: 'total', width: 14 },
    { header: 'Từ 14–60 tuổi', key: 'aged', width: 12 },
    { header: 'Phụ nữ', key: 'women', width: 10 },
    { header: 'Trẻ em', key: 'children', width: 10 },
  ];
  const activityTitle = new Map(plan.activities.map((a) => [a.id, a.title]));
  for (const r of records) {
    rows.addRow({
      date: formatDateVi(r.date),
      type: ACTIVITY_TYPE_LABELS[r.type].vi,
      activity: r.activityId ? (activityTitle.get(r.activityId) ?? r.activityId) : '',
      code: r.areaCode,
      area: label(r.areaCode),
      quantity: r.quantity ?? null,
      total: r.reached?.total ?? null,
      aged: r.reached?.aged14to60 ?? null,
      women: r.reached?.women ?? null,
      children: r.reached?.children ?? null,
    });
  }
  styleHeader(rows, `Kết quả thực hiện đã duyệt, ${periodText}`);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
