import { DEFAULT_MAX_IMPORT_ROWS } from '@pcmbn/domain';
import { inflateRawSync } from 'node:zlib';

/**
 * Limits an import file must meet before any parser sees it (issue 12.7). An XLSX file is a zip: 2.4 MB of
 * deflate can hold 1 GB of shared strings, which exceljs would inflate and parse whole (40 s, 1.4 GB of memory)
 * before failing. So the zip's central directory is read here first, every entry is inflated with a hard output
 * limit (the sizes a zip declares can lie) and discarded, and the worksheets' rows are counted; a CSV's lines are
 * counted the same way. Only a file within the limits goes on to exceljs / csv-parse.
 */

/** Inflated size of every entry of a workbook together. A 10,000-row import with long notes is below 15 MB. */
export const IMPORT_UNCOMPRESSED_MAX_BYTES = 32 * 1024 * 1024;
/** Rows a file may hold (worksheet <row> elements, or CSV lines). Twice the domain's data-row limit
 *  (`DEFAULT_MAX_IMPORT_ROWS`), so blank or formatted rows never hide that precise message; past it, not parsed. */
export const IMPORT_ROWS_MAX = 2 * DEFAULT_MAX_IMPORT_ROWS;

export type ImportLimitCode = 'IMPORT_FILE_TOO_BIG_UNCOMPRESSED' | 'IMPORT_TOO_MANY_ROWS' | 'FILE_UNREADABLE';

export class ImportLimitError extends Error {
  constructor(
    readonly code: ImportLimitCode,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
  /** 413 for what is too big, 400 for a damaged file. */
  get status(): number {
    return this.code === 'FILE_UNREADABLE' ? 400 : 413;
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function tooBig(): ImportLimitError {
  return new ImportLimitError(
    'IMPORT_FILE_TOO_BIG_UNCOMPRESSED',
    `Bảng tính khi giải nén vượt quá ${mb(IMPORT_UNCOMPRESSED_MAX_BYTES)} MB nên không được đọc; hãy chia thành nhiều tệp nhỏ hơn hoặc lưu dạng CSV.`,
    `The workbook's uncompressed content exceeds ${mb(IMPORT_UNCOMPRESSED_MAX_BYTES)} MB, so it is not read; split it into smaller files or save it as CSV.`,
  );
}

function tooManyRows(rows: number): ImportLimitError {
  const max = IMPORT_ROWS_MAX.toLocaleString('vi-VN');
  return new ImportLimitError(
    'IMPORT_TOO_MANY_ROWS',
    `Tệp có hơn ${max} dòng (${rows.toLocaleString('vi-VN')}) nên không được đọc; mỗi lần nhập tối đa ${DEFAULT_MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng số liệu, hãy chia thành nhiều tệp.`,
    `The file has more than ${IMPORT_ROWS_MAX} rows (${rows}), so it is not read; an import takes at most ${DEFAULT_MAX_IMPORT_ROWS} data rows, split it into several files.`,
  );
}

function damaged(): ImportLimitError {
  return new ImportLimitError(
    'FILE_UNREADABLE',
    'Không đọc được bảng tính XLSX (tệp hỏng hoặc có mật khẩu).',
    'The XLSX workbook could not be read (damaged or password-protected).',
  );
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Counts `<row ` / `<row>` / `<row/>` elements (not `<rowBreaks>`) in a worksheet's XML. */
function countRows(xml: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf('<row'); at !== -1; at = xml.indexOf('<row', at + 4)) {
    const next = xml[at + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) n++;
  }
  return n;
}

/** Throws ImportLimitError when the workbook inflates past the limit, holds too many rows, or is no readable zip. */
function checkXlsx(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  const entries = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  // ZIP64 markers: no spreadsheet an officer makes needs them.
  if (entries === 0xffff || dirOffset === 0xffffffff) throw tooBig();
  const list: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let declared = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== ZIP_CENTRAL) throw damaged();
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    declared += size;
    // What the directory admits to is enough to refuse, without inflating a byte.
    if (declared > IMPORT_UNCOMPRESSED_MAX_BYTES) throw tooBig();
    list.push({ name, method, compressed, size, local });
    at += 46 + nameLength + extra + comment;
  }
  let inflated = 0;
  let rows = 0;
  for (const entry of list) {
    if (entry.local + 30 > buf.length || buf.readUInt32LE(entry.local) !== ZIP_LOCAL) throw damaged();
    const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
    if (start + entry.compressed > buf.length) throw damaged();
    const data = buf.subarray(start, start + entry.compressed);
    const budget = IMPORT_UNCOMPRESSED_MAX_BYTES - inflated;
    let content: Buffer;
    if (entry.method === 0) content = data;
    else if (entry.method === 8) {
      try {
        // maxOutputLength stops zlib as soon as the output passes the budget: memory and time stay bounded
        // whatever the entry's header claims.
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooBig();
        throw damaged();
      }
    } else throw damaged();
    inflated += content.length;
    if (inflated > IMPORT_UNCOMPRESSED_MAX_BYTES) throw tooBig();
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      rows += countRows(content);
      if (rows > IMPORT_ROWS_MAX) throw tooManyRows(rows);
    }
  }
}

function checkCsv(bytes: Uint8Array): void {
  let lines = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
    // A final line break ends the last row; it starts none.
    if (at < bytes.length - 1) lines++;
  }
  if (lines > IMPORT_ROWS_MAX) throw tooManyRows(lines);
}

/** Checks an import file against the limits before it is parsed (at upload, and again at record.import). */
export function checkImportFileLimits(bytes: Uint8Array): void {
  if (isZip(bytes)) checkXlsx(bytes);
  else checkCsv(bytes);
}
