import type { ActivityType, Agency, Plan } from '../../model/index.js';
import { dateShortVi, documentDateVi } from '../../format/dates.js';
import { normaliseVietnamese } from '../text.js';

/**
 * A report as structured content, independent of the renderer (DOCX, XLSX, HTML): the API lays these blocks out per
 * Decree 30/2020/NĐ-CP (thể thức văn bản hành chính); nothing here knows fonts or page sizes.
 */
export type ReportBlock =
  | { kind: 'paragraph'; text: string; /** The officer completes or rewrites it before sending. */ editable?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption?: string; headers: string[]; rows: string[][] };

export interface ReportSection {
  /** 'I', 'II' for sections; '1', '2' for subsections. */
  number: string;
  title: string;
  blocks: ReportBlock[];
  subsections: ReportSection[];
}

export interface ReportDocument {
  header: {
    /** Left block, top to bottom: governing body (if any) then the issuing body, in capitals (ô số 2). */
    issuingBody: string[];
    /** Quốc hiệu and tiêu ngữ (ô số 1). */
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    motto: 'Độc lập - Tự do - Hạnh phúc';
    /** 'Số: 125/BC-STTTT' or 'Số:      /BC-STTTT' when not yet numbered (ô số 3). */
    number: string;
    /** 'Trà Vinh, ngày 19 tháng 12 năm 2019' (ô số 4). */
    placeAndDate: string;
  };
  title: { kind: 'BÁO CÁO'; summary: string };
  /** Opening sentence before section I. */
  preamble: string;
  /** Which days the figures cover and the rule that sets them (thời gian chốt số liệu). */
  dataNote?: string;
  /** A draft carries fill-ins marked "[Dự thảo …]" and no signer; a final report has neither. */
  draft: boolean;
  sections: ReportSection[];
  recipients: { heading: 'Nơi nhận:'; lines: string[] };
  signature: { authority: string[]; signerName: string; editable: boolean };
  /** The work of section II as numbers, one row per activity type (what a compiled report adds up). */
  tallies?: ReportTally[];
}

/** The work of one activity type in a report: quantities kept per unit, people reached. */
export interface ReportTally {
  type: ActivityType;
  label: string;
  records: number;
  /** Quantity per unit ('tờ' → 30240): only the same unit is added up. */
  units: Record<string, number>;
  reached: number;
  aged14to60: number;
  women: number;
  children: number;
}

/** 'Quyết định số 651/QĐ-UBND ngày 06/4/2018 của Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch …'. */
export function documentReference(plan: Pick<Plan, 'code' | 'issuedOn' | 'issuer' | 'title'>): string {
  const issued = `số ${plan.code} ngày ${dateShortVi(plan.issuedOn)} của ${plan.issuer}`;
  if (plan.code.includes('/QĐ')) return `Quyết định ${issued} ban hành ${plan.title}`;
  return `${plan.title} (${issued})`;
}

export function placeAndDateLine(place: string, iso: string): string {
  return `${place}, ${documentDateVi(iso)}`;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * Left header block. A provincial body under the provincial People's Committee shows it above its own name
 * ('UBND TỈNH TRÀ VINH' / 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'); a People's Committee, police, army or mass organisation
 * shows its own name only.
 */
export function issuingBodyLines(agency: Agency): string[] {
  const governed = agency.kind === 'department' || agency.kind === 'media_outlet' || agency.kind === 'portal';
  const m = / (tỉnh|thành phố) (.+)$/.exec(agency.name);
  if (governed && m)
    return [`UBND ${upper(m[1] as string)} ${upper(m[2] as string)}`, upper(agency.name.slice(0, m.index))];
  return [upper(agency.name)];
}

/**
 * Ký hiệu of the issuing body, from its short name: acronyms kept, other words by their initial, the trailing
 * 'tỉnh'/'huyện' dropped: 'Sở TT&TT' → 'STTTT', 'Sở LĐ-TB&XH' → 'SLĐTBXH', 'Hội LHPN tỉnh' → 'HLHPN'.
 */
export function agencySymbol(agency: Agency): string {
  const words = (agency.shortName ?? agency.name).split(/\s+/).filter((w) => w !== '');
  while (words.length > 1 && ['tinh', 'huyen'].includes(normaliseVietnamese(words[words.length - 1] as string)))
    words.pop();
  return words
    .map((w) => {
      const letters = w.replace(/[^\p{L}\p{N}]/gu, '');
      return /\p{Lu}.*\p{Lu}/u.test(letters) ? letters : upper(letters.slice(0, 1));
    })
    .join('');
}

/** Authority line(s) above the signature, by kind of body (thẩm quyền ký, ô số 7a). */
export function signatureAuthority(agency: Agency): string[] {
  switch (agency.kind) {
    case 'people_committee':
    case 'district_committee':
      return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    case 'department':
    case 'police':
      return ['GIÁM ĐỐC'];
    case 'military':
    case 'border_guard':
      return ['CHỈ HUY TRƯỞNG'];
    case 'mass_organisation':
      return ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'];
    case 'media_outlet':
    case 'portal':
    case 'ministry':
    case 'other':
      return ['THỦ TRƯỞNG CƠ QUAN'];
  }
}
