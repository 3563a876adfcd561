import type { Agency, Period, Plan } from '../../model/index.js';
import { agencyAt } from '../effective.js';
import {
  agencySymbol,
  documentReference,
  issuingBodyLines,
  placeAndDateLine,
  signatureAuthority,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
  type ReportTally,
} from './report-document.js';
import { type ReportLifecycleStatus, type ReportNarrative } from './report-lifecycle.js';
import { signatureLines } from './report-signer.js';
import { formatDateVi } from '../../format/dates.js';
import { formatNumberVi } from '../../format/numbers.js';
import { periodPhraseVi } from '../../format/periods.js';
import { REPORT_LIFECYCLE_LABELS } from '../../format/statuses.js';

/** One sender's report as the recipient has it when compiling. */
export interface CompiledSender {
  agencyId: string;
  /** The sender's name on the report's date. */
  name: string;
  status: ReportLifecycleStatus | null;
  /** The day its (last) submission arrived, if any. */
  submittedOn: string | null;
  number: string | null;
  /** The frozen snapshot of an accepted report: its document (tallies included) and narrative. */
  snapshot?: { document: Pick<ReportDocument, 'tallies'>; narrative: ReportNarrative } | undefined;
}

export interface CompileInput {
  plan: Pick<Plan, 'code' | 'issuedOn' | 'issuer' | 'title' | 'period'>;
  agencies: readonly Agency[];
  /** The body the senders report to (the lead department), which compiles. */
  recipientAgencyId: string;
  /** Who it consolidates for (UBND tỉnh), named first under "Nơi nhận". */
  consolidatedForAgencyId?: string | undefined;
  period: Period;
  dueDate: string;
  senders: readonly CompiledSender[];
  place: string;
  date: string;
  number?: string | undefined;
  signerName?: string | undefined;
  /** The signer's title (the recipient's signer on the date); default: by kind of body. */
  signerTitle?: string | undefined;
}

/** Where each sender stood at the due date: on time, late (sent after it), or missing (no report accepted). */
export interface SenderStanding {
  agencyId: string;
  name: string;
  standing: 'on_time' | 'late' | 'missing';
  status: ReportLifecycleStatus | null;
}

export function senderStandings(senders: readonly CompiledSender[], dueDate: string): SenderStanding[] {
  return senders.map((s) => ({
    agencyId: s.agencyId,
    name: s.name,
    status: s.status,
    standing:
      s.status !== 'accepted' || !s.snapshot
        ? 'missing'
        : s.submittedOn !== null && s.submittedOn > dueDate
          ? 'late'
          : 'on_time',
  }));
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const unitText = (units: Record<string, number>) =>
  Object.entries(units)
    .map(([unit, n]) => `${formatNumberVi(n, 0)} ${unit}`)
    .join('; ');

function addTally(into: Map<string, ReportTally>, t: ReportTally): void {
  const sum = into.get(t.type) ?? { ...t, records: 0, units: {}, reached: 0, aged14to60: 0, women: 0, children: 0 };
  sum.records += t.records;
  for (const [unit, n] of Object.entries(t.units)) sum.units[unit] = (sum.units[unit] ?? 0) + n;
  sum.reached += t.reached;
  sum.aged14to60 += t.aged14to60;
  sum.women += t.women;
  sum.children += t.children;
  into.set(t.type, sum);
}

const TALLY_HEADERS = ['STT', 'Loại hoạt động', 'Số lượt', 'Số lượng', 'Số người được tiếp cận', 'Phụ nữ', 'Trẻ em'];
function tallyTable(tallies: readonly ReportTally[], caption: string): ReportBlock {
  const cells = (t: Omit<ReportTally, 'type' | 'label'>) => [
    formatNumberVi(t.records, 0),
    unitText(t.units),
    formatNumberVi(t.reached, 0),
    formatNumberVi(t.women, 0),
    formatNumberVi(t.children, 0),
  ];
  const sum = { records: 0, units: {} as Record<string, number>, reached: 0, aged14to60: 0, women: 0, children: 0 };
  for (const t of tallies) {
    sum.records += t.records;
    for (const [unit, n] of Object.entries(t.units)) sum.units[unit] = (sum.units[unit] ?? 0) + n;
    sum.reached += t.reached;
    sum.women += t.women;
    sum.children += t.children;
  }
  const rows = tallies.map((t, i) => [String(i + 1), t.label, ...cells(t)]);
  if (tallies.length > 0) rows.push(['', 'Cộng', ...cells(sum)]);
  return { kind: 'table', caption, headers: TALLY_HEADERS, rows };
}

/**
 * The province report compiled by the lead department (issue 13 item 4) from its senders' accepted reports: who
 * reported, who was late and who is missing as of the due date (by name); each accepted report's frozen figures and
 * narrative, attributed; the totals of the accepted reports (per activity type, quantities per unit); the
 * difficulties and proposals of each sender. A report not accepted is not counted: it is listed as missing. Without
 * a signer the compiled report is a draft.
 */
export function compileProvinceReport(input: CompileInput): ReportDocument {
  const recipient = agencyAt(input.agencies, input.recipientAgencyId, input.date);
  if (!recipient) throw new Error(`Unknown recipient agency ${input.recipientAgencyId}`);
  const phrase = periodPhraseVi(input.period, input.plan.period);
  const standings = senderStandings(input.senders, input.dueDate);
  const accepted = input.senders.filter((s) => s.status === 'accepted' && s.snapshot);
  const late = standings.filter((s) => s.standing === 'late').map((s) => s.name);
  const missing = standings.filter((s) => s.standing === 'missing').map((s) => s.name);
  const draft = input.signerName === undefined;

  const statusRows = input.senders.map((s, i) => {
    const standing = standings[i]?.standing;
    return [
      String(i + 1),
      s.name,
      s.status ? REPORT_LIFECYCLE_LABELS[s.status].vi : 'Chưa gửi',
      s.submittedOn ? formatDateVi(s.submittedOn) : '',
      s.number ?? '',
      standing === 'late' ? 'Gửi muộn' : standing === 'missing' ? 'Chưa có báo cáo' : 'Đúng hạn',
    ];
  });
  const reception: ReportSection = {
    number: 'I',
    title: 'Tình hình báo cáo của các cơ quan, đơn vị',
    blocks: [
      {
        kind: 'paragraph',
        text: `Hạn gửi báo cáo ${phrase} là ngày ${formatDateVi(input.dueDate)}. Đã tiếp nhận ${formatNumberVi(accepted.length, 0)}/${formatNumberVi(input.senders.length, 0)} báo cáo.`,
      },
      {
        kind: 'table',
        caption: 'Báo cáo của các cơ quan, đơn vị',
        headers: ['STT', 'Cơ quan, đơn vị', 'Tình trạng', 'Ngày gửi', 'Số văn bản', 'So với hạn'],
        rows: statusRows,
      },
      {
        kind: 'paragraph',
        text:
          late.length > 0
            ? `Gửi báo cáo sau hạn: ${late.join('; ')}.`
            : 'Không có cơ quan, đơn vị nào gửi báo cáo sau hạn.',
      },
      {
        kind: 'paragraph',
        text:
          missing.length > 0
            ? `Chưa có báo cáo được tiếp nhận (không tổng hợp trong báo cáo này): ${missing.join('; ')}.`
            : 'Tất cả các cơ quan, đơn vị đã có báo cáo được tiếp nhận.',
      },
    ],
    subsections: [],
  };

  const totals = new Map<string, ReportTally>();
  for (const s of accepted) for (const t of s.snapshot?.document.tallies ?? []) addTally(totals, t);
  const totalTallies = [...totals.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const summary: ReportSection = {
    number: 'II',
    title: 'Kết quả thực hiện toàn tỉnh',
    blocks:
      totalTallies.length > 0
        ? [tallyTable(totalTallies, 'Tổng hợp từ các báo cáo đã tiếp nhận, theo loại hoạt động')]
        : [{ kind: 'paragraph', text: 'Chưa có báo cáo nào được tiếp nhận.' }],
    subsections: [],
  };

  const perSender: ReportSection = {
    number: 'III',
    title: 'Kết quả của từng cơ quan, đơn vị',
    blocks: accepted.length === 0 ? [{ kind: 'paragraph', text: 'Chưa có báo cáo nào được tiếp nhận.' }] : [],
    subsections: accepted.map((s, i) => {
      const tallies = s.snapshot?.document.tallies ?? [];
      const source = `Theo Báo cáo${s.number ? ` số ${s.number}` : ''}${s.submittedOn ? ` ngày ${formatDateVi(s.submittedOn)}` : ''} của ${s.name}.`;
      return {
        number: String(i + 1),
        title: s.name,
        blocks: [
          { kind: 'paragraph', text: source },
          ...lines(s.snapshot?.narrative.results ?? '').map((text): ReportBlock => ({ kind: 'paragraph', text })),
          ...(tallies.length > 0
            ? [tallyTable(tallies, `Kết quả của ${s.name}`)]
            : [{ kind: 'paragraph' as const, text: 'Không có kết quả thực hiện được duyệt trong kỳ.' }]),
        ],
        subsections: [],
      };
    }),
  };

  const attributed = (part: 'difficulties' | 'proposals') =>
    accepted.flatMap((s) => lines(s.snapshot?.narrative[part] ?? '').map((l) => `${s.name}: ${l}`));
  const difficulties = attributed('difficulties');
  const proposals = attributed('proposals');
  const listOr = (items: string[], none: string): ReportBlock[] =>
    items.length > 0 ? [{ kind: 'list', items }] : [{ kind: 'paragraph', text: none }];

  const recipients = [
    ...(input.consolidatedForAgencyId
      ? [agencyAt(input.agencies, input.consolidatedForAgencyId, input.date)?.name]
      : []),
  ]
    .filter((n): n is string => n !== undefined)
    .map((n) => `- ${n} (b/c);`);

  return {
    header: {
      issuingBody: issuingBodyLines(recipient),
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: `Số: ${input.number ?? '      '}/BC-${agencySymbol(recipient)}`,
      placeAndDate: placeAndDateLine(input.place, input.date),
    },
    title: { kind: 'BÁO CÁO', summary: `Tổng hợp kết quả thực hiện ${input.plan.title} ${phrase}` },
    preamble: `Thực hiện ${documentReference(input.plan)}, trên cơ sở báo cáo của các cơ quan, đơn vị, ${recipient.name} tổng hợp kết quả thực hiện ${phrase} như sau:`,
    draft,
    sections: [
      reception,
      summary,
      perSender,
      {
        number: 'IV',
        title: 'Tồn tại, hạn chế, khó khăn',
        blocks: listOr(difficulties, 'Các báo cáo đã tiếp nhận không nêu tồn tại, hạn chế.'),
        subsections: [],
      },
      {
        number: 'V',
        title: 'Đề xuất, kiến nghị',
        blocks: listOr(proposals, 'Các báo cáo đã tiếp nhận không có đề xuất, kiến nghị.'),
        subsections: [],
      },
    ],
    recipients: { heading: 'Nơi nhận:', lines: [...recipients, '- Các cơ quan, đơn vị báo cáo;', '- Lưu: VT.'] },
    signature: {
      authority: signatureLines(signatureAuthority(recipient), input.signerTitle),
      signerName: input.signerName ?? '',
      editable: draft,
    },
    tallies: totalTallies,
  };
}
