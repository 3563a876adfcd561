import type { ReportBlock, ReportDocument, ReportSection } from '@pcmbn/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';

/**
 * DOCX of a periodic report, laid out per Decree 30/2020/NĐ-CP (Phụ lục I, thể thức văn bản hành chính):
 * A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt, header 13 pt; a borderless
 * two-column table (38% / 62% of the text width) for the issuing body (ô 2, a short rule under it, 1/3 of the
 * column) and the national title (12 pt bold, on one line: 5,006 twips of text in a 5,800-twip column) and motto
 * (ô 1, motto underlined), the number (ô 3) under the body and the place and date (ô 4, italic) under the motto;
 * centred bold title (ô 5); the data period in italics; the body; recipients bottom left (ô 9a, 12 pt bold
 * heading, 11 pt lines) and the signature block bottom right (ô 7). A draft says "DỰ THẢO" above the header and
 * keeps the fill-ins marked; a final report prints the signer's name.
 */
const FONT = 'Times New Roman';
const pt = (points: number) => points * 2; // docx sizes are half-points
/** Rounded, not floored as docx's own helper does: A4 is 11906 × 16838 twips as Word writes it. */
const convertMillimetersToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
/** Text width: A4 minus the left and right margins. */
const CONTENT_WIDTH = convertMillimetersToTwip(210 - MARGIN.left - MARGIN.right);

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const TABLE_NO_BORDERS = { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

interface RunOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(o.size ?? 14),
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    ...(o.underline ? { underline: {} } : {}),
  });

function line(
  text: string,
  o: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {},
) {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 0, line: 276 },
    ...(o.indent ? { indent: { firstLine: convertMillimetersToTwip(10) } } : {}),
    children: [run(text, o)],
  });
}

function cell(children: Paragraph[], width: number, borders: ITableCellBorders = NO_BORDERS) {
  return new TableCell({ children, borders, width: { size: width, type: WidthType.DXA } });
}

/** Header columns: the national title (12 pt bold, ≈ 5,006 twips + 216 of cell margins) fits on one line. */
export const HEADER_LEFT_WIDTH = Math.round(CONTENT_WIDTH * 0.38);
export const HEADER_RIGHT_WIDTH = CONTENT_WIDTH - HEADER_LEFT_WIDTH;
/** Default left and right cell margins of a Word table (0.08"). */
const CELL_MARGIN = 108;

/** A short centred rule (đường kẻ ngang, nét liền) `width` twips long in a column `column` twips wide. */
function rule(width: number, column: number, after = 0) {
  const side = Math.max(0, Math.round((column - 2 * CELL_MARGIN - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 120 },
    children: [],
  });
}

/** Two columns without borders: left 38%, right 62% of the text width. */
function twoColumns(left: Paragraph[], right: Paragraph[]) {
  const l = HEADER_LEFT_WIDTH;
  const r = HEADER_RIGHT_WIDTH;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [l, r],
    borders: TABLE_NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, l), cell(right, r)] })],
  });
}

function header(doc: ReportDocument) {
  const center = AlignmentType.CENTER;
  const body = doc.header.issuingBody;
  // Decree 30/2020, Phụ lục I: under the issuing body's name a solid rule 1/3 to 1/2 as long as the line, centred.
  const left = [
    ...body.map((text, i) => line(text, { size: 13, bold: i === body.length - 1, align: center })),
    rule(Math.round(HEADER_LEFT_WIDTH / 3), HEADER_LEFT_WIDTH, 120),
    line(doc.header.number, { size: 13, align: center, after: 120 }),
  ];
  const right = [
    line(doc.header.nationalTitle, { size: 12, bold: true, align: center }),
    line(doc.header.motto, { size: 14, bold: true, underline: true, align: center, after: 120 }),
    line(doc.header.placeAndDate, { size: 14, italics: true, align: AlignmentType.RIGHT }),
  ];
  return twoColumns(left, right);
}

function table(block: Extract<ReportBlock, { kind: 'table' }>) {
  const columns = block.headers.length;
  const first = Math.round(CONTENT_WIDTH * 0.07);
  const rest = Math.floor((CONTENT_WIDTH - first) / Math.max(1, columns - 1));
  const widths = block.headers.map((_, i) => (i === 0 ? first : rest));
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((text, i) =>
        cell(
          [line(text, { size: 12, bold, align: bold || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })],
          widths[i] ?? rest,
          GRID,
        ),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    rows: [row(block.headers, true), ...block.rows.map((r) => row(r, false))],
  });
}

function blocks(list: readonly ReportBlock[]): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'paragraph':
        return [line(b.text, { indent: true, after: 60, italics: b.editable ?? false })];
      case 'list':
        return b.items.map((item) => line(`- ${item}`, { indent: true, after: 60 }));
      case 'table':
        return [
          ...(b.caption ? [line(b.caption, { italics: true, align: AlignmentType.LEFT, after: 60 })] : []),
          table(b),
          line('', { after: 60 }),
        ];
    }
  });
}

function section(s: ReportSection, depth: number): (Paragraph | Table)[] {
  const heading = depth === 0 ? `${s.number}. ${s.title.toLocaleUpperCase('vi')}` : `${s.number}. ${s.title}`;
  return [
    line(heading, { bold: true, indent: true, after: 60 }),
    ...blocks(s.blocks),
    ...s.subsections.flatMap((sub) => section(sub, depth + 1)),
  ];
}

function closing(doc: ReportDocument) {
  const left = [
    line(doc.recipients.heading, { size: 12, bold: true, italics: true, align: AlignmentType.LEFT }),
    ...doc.recipients.lines.map((text) => line(text, { size: 11, align: AlignmentType.LEFT })),
  ];
  const center = AlignmentType.CENTER;
  const right = doc.draft
    ? [
        ...doc.signature.authority.map((text) => line(text, { bold: true, align: center })),
        line('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: 13, align: center, after: 1200 }),
        line(doc.signature.signerName || '[Dự thảo — họ và tên người ký]', { bold: true, align: center }),
      ]
    : [
        ...doc.signature.authority.map((text, i, all) =>
          line(text, { bold: true, align: center, after: i === all.length - 1 ? 1560 : 0 }),
        ),
        line(doc.signature.signerName, { bold: true, align: center }),
      ];
  return twoColumns(left, right);
}

export function reportDocxDocument(doc: ReportDocument): Document {
  return new Document({
    creator: 'PCMBN',
    title: `${doc.title.kind} ${doc.title.summary}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: convertMillimetersToTwip(MARGIN.top),
              bottom: convertMillimetersToTwip(MARGIN.bottom),
              left: convertMillimetersToTwip(MARGIN.left),
              right: convertMillimetersToTwip(MARGIN.right),
            },
          },
        },
        children: [
          ...(doc.draft ? [line('DỰ THẢO', { bold: true, size: 13, align: AlignmentType.RIGHT, after: 120 })] : []),
          header(doc),
          line('', { after: 240 }),
          line(doc.title.kind, { bold: true, align: AlignmentType.CENTER }),
          line(doc.title.summary, { bold: true, align: AlignmentType.CENTER, after: 240 }),
          line(doc.preamble, { indent: true, after: doc.dataNote ? 60 : 120 }),
          ...(doc.dataNote ? [line(doc.dataNote, { indent: true, italics: true, after: 120 })] : []),
          ...doc.sections.flatMap((s) => section(s, 0)),
          line('', { after: 240 }),
          closing(doc),
        ],
      },
    ],
  });
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocxDocument(doc));
}
