import { RECORD_IMPORT_COLUMNS } from '@pcmbn/domain';
import ExcelJS from 'exceljs';

/** The downloadable import template: the headers the domain reads, with each column's hint and an example. */

function csvCell(text: string): string {
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with BOM so Excel opens the Vietnamese headers correctly; header row only (no example row to import by mistake). */
export function recordImportTemplateCsv(): Buffer {
  const header = RECORD_IMPORT_COLUMNS.map((c) => csvCell(c.vi)).join(',');
  return Buffer.from(`\uFEFF${header}\r\n`, 'utf8');
}

export async function recordImportTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PCMBN';
  const sheet = workbook.addWorksheet('Kết quả thực hiện');
  const header = sheet.addRow(RECORD_IMPORT_COLUMNS.map((c) => c.vi));
  header.font = { bold: true };
  RECORD_IMPORT_COLUMNS.forEach((column, i) => {
    header.getCell(i + 1).note = `${column.hint.vi} — ví dụ: ${column.example}`;
    sheet.getColumn(i + 1).width = Math.max(14, column.vi.length + 4);
  });
  // Dates as text so Excel does not turn 15/07/2019 into a US date.
  sheet.getColumn(1).numFmt = '@';
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.addRow(['Cột', 'Column', 'Cách ghi', 'Ví dụ']).font = { bold: true };
  for (const column of RECORD_IMPORT_COLUMNS) guide.addRow([column.vi, column.en, column.hint.vi, column.example]);
  guide.addRow([]);
  guide.addRow(['Chỉ trang tính đầu tiên được nhập. Cần cột Ngày, Địa bàn và Mã hoạt động hoặc Loại hoạt động.']);
  guide.columns.forEach((c) => (c.width = 30));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
