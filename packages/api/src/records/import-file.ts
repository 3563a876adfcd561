import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * An uploaded import file (CSV or XLSX) as rows of strings, the shape the domain's `parseRecordRows` reads. Cells
 * keep what people typed; dates typed into Excel date cells come back as dd/mm/yyyy, numbers as plain digits.
 */

export class ImportFileError extends Error {
  constructor(
    readonly code: 'FILE_UNREADABLE' | 'FILE_TYPE',
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

export async function readImportRows(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (isXlsx(bytes)) return readXlsx(bytes);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new ImportFileError(
      'FILE_TYPE',
      `Tệp “${fileName}” không phải bảng tính XLSX hợp lệ (tệp .xls cũ cần lưu lại dạng .xlsx hoặc .csv).`,
      `"${fileName}" is not a valid XLSX workbook (save old .xls files as .xlsx or .csv).`,
    );
  }
  return readCsv(bytes);
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      'FILE_UNREADABLE',
      'Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: “CSV UTF-8”).',
      'The CSV file must be saved as UTF-8 (in Excel: "CSV UTF-8").',
    );
  }
  if (text.includes('\u0000'))
    throw new ImportFileError('FILE_TYPE', 'Tệp không phải CSV hay XLSX.', 'The file is neither CSV nor XLSX.');
  text = text.replace(/^\uFEFF/, '');
  // Excel in a Vietnamese locale writes ';' (',' is the decimal mark); pick the separator the header uses most.
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce(
    (best, d) => (header.split(d).length > header.split(best).length ? d : best),
    ',',
  );
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const where = error && typeof error === 'object' && 'lines' in error ? ` (dòng ${String(error.lines)})` : '';
    throw new ImportFileError(
      'FILE_UNREADABLE',
      `Không đọc được tệp CSV${where}: kiểm tra dấu ngoặc kép và dấu phân cách.`,
      `The CSV file could not be read${where}: check quotes and separators.`,
    );
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel stores a typed date as a day count; exceljs gives it back at UTC midnight.
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    // An error cell, or a formula saved without its result: no text to import (never "[object Object]").
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(
      'FILE_UNREADABLE',
      'Không đọc được bảng tính XLSX (tệp hỏng hoặc có mật khẩu).',
      'The XLSX workbook could not be read (damaged or password-protected).',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[number - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
