import { describe, expect, it } from 'vitest';
import { PlanSchema, type ActivityRecord } from '../../model/index.js';
import {
  LAI_CHAU_2016_STRUCTURE,
  TRA_VINH_2018_STRUCTURE,
  laiChau2228,
  seedAgencies,
  seedAreas,
  traVinh651,
} from '../../seeds/index.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { buildPeriodicReport } from './report.js';
import { type ReportBlock, type ReportDocument, type ReportSection } from './report-document.js';

const tv = PlanSchema.parse(traVinh651);
const lc = PlanSchema.parse(laiChau2228);
const tvAreas = seedAreas[TRA_VINH_2018_STRUCTURE] ?? [];
const lcAreas = seedAreas[LAI_CHAU_2016_STRUCTURE] ?? [];

let n = 0;
const rec = (r: Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'date' | 'areaCode'>): ActivityRecord => ({
  id: `s${++n}`,
  planId: 'tv651',
  status: 'approved',
  ...r,
});

const allBlocks = (doc: ReportDocument): ReportBlock[] => {
  const walk = (s: ReportSection): ReportBlock[] => [...s.blocks, ...s.subsections.flatMap(walk)];
  return doc.sections.flatMap(walk);
};
const tables = (doc: ReportDocument) =>
  allBlocks(doc).filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const texts = (doc: ReportDocument) =>
  allBlocks(doc).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : b.rows.flat()));

// Trà Vinh 2019: Sở TT&TT's 11 media items, the Women's Union's two community events.
const tvRecords: ActivityRecord[] = [
  ...Array.from({ length: 11 }, (_, i) =>
    rec({ type: 'media_item', date: `2019-0${(i % 9) + 1}-10`, areaCode: '84', agencyId: 'tv-stttt' }),
  ),
  rec({
    type: 'community_event',
    date: '2019-07-15',
    areaCode: '29263',
    agencyId: 'tv-hlhpn',
    reached: { total: 200 },
  }),
  rec({
    type: 'community_event',
    date: '2019-08-15',
    areaCode: '29239',
    agencyId: 'tv-hlhpn',
    reached: { total: 100 },
  }),
];
const tvDoc = (agencyId: string, extra: Record<string, unknown> = {}) =>
  buildPeriodicReport({
    plan: tv,
    agencies: seedAgencies,
    areas: tvAreas,
    records: tvRecords,
    results: evaluatePlan(tv, { areas: tvAreas, records: tvRecords, asOf: '2019-12-14' }),
    period: { from: '2019-01-01', to: '2019-12-31' },
    dataPeriod: { from: '2018-12-15', to: '2019-12-14' },
    dataNote: 'Số liệu tính từ ngày 15/12/2018 đến ngày 14/12/2019.',
    reportingAgencyId: agencyId,
    place: 'Trà Vinh',
    date: '2019-12-19',
    asOf: '2019-12-14',
    ...extra,
  });

describe('a sender’s report holds only its own work', () => {
  it('the Women’s Union does not list Sở TT&TT’s 11 media items', () => {
    const doc = tvDoc('tv-hlhpn');
    const workRows = tables(doc)
      .filter((t) => t.caption === 'Kết quả theo loại hoạt động')
      .flatMap((t) => t.rows);
    expect(workRows.some((r) => r[1] === 'Tin, bài trên phương tiện thông tin đại chúng')).toBe(false);
    expect(workRows.find((r) => r[1] === 'Cuộc truyền thông tại cộng đồng')?.[2]).toBe('2');
    expect(texts(doc).some((t) => t.includes('Đã thực hiện 2 lượt hoạt động, tiếp cận 300 người'))).toBe(true);
    // Its targets: its share beside the province total.
    const targetTable = tables(doc).find((t) => t.caption === 'Kết quả thực hiện chỉ tiêu');
    expect(targetTable?.headers).toEqual([
      'STT',
      'Chỉ tiêu',
      'Phần của đơn vị',
      'Toàn tỉnh',
      'Yêu cầu',
      'Tình trạng (toàn tỉnh)',
      'Còn thiếu (toàn tỉnh)',
    ]);
    expect(doc.dataNote).toBe('Số liệu tính từ ngày 15/12/2018 đến ngày 14/12/2019.');
  });

  it('Sở TT&TT (it receives the reports) consolidates everything', () => {
    const doc = tvDoc('tv-stttt');
    const workRows = tables(doc).flatMap((t) => (t.caption === 'Kết quả theo loại hoạt động' ? t.rows : []));
    expect(workRows.find((r) => r[1] === 'Tin, bài trên phương tiện thông tin đại chúng')?.[2]).toBe('11');
    expect(workRows.find((r) => r[1] === 'Cuộc truyền thông tại cộng đồng')?.[2]).toBe('2');
  });

  it('a district committee reports its own and its district’s records only (Lai Châu, Mường Tè 107)', () => {
    const records: ActivityRecord[] = [
      // A commune of Mường Tè (107), entered by a district officer (no agency).
      rec({ planId: 'lc2228', type: 'training', date: '2017-05-10', areaCode: '03433', quantity: 1 }),
      rec({
        planId: 'lc2228',
        type: 'training',
        date: '2017-05-11',
        areaCode: '107',
        quantity: 1,
        agencyId: 'lc-ubnd-107',
      }),
      // Sìn Hồ (108) and the department's leaflets: not Mường Tè's.
      rec({ planId: 'lc2228', type: 'training', date: '2017-05-12', areaCode: '03478', quantity: 1 }),
      rec({
        planId: 'lc2228',
        type: 'leaflet',
        date: '2017-05-12',
        areaCode: '03433',
        quantity: 5000,
        agencyId: 'lc-sldtbxh',
      }),
    ];
    const doc = buildPeriodicReport({
      plan: lc,
      agencies: seedAgencies,
      areas: lcAreas,
      records,
      results: evaluatePlan(lc, { areas: lcAreas, records, asOf: '2017-12-31' }),
      period: { from: '2017-01-01', to: '2017-12-31' },
      reportingAgencyId: 'lc-ubnd-107',
      place: 'Mường Tè',
      date: '2018-01-15',
      asOf: '2017-12-31',
    });
    expect(doc.header.issuingBody).toEqual(['ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ']);
    const workRows = tables(doc).flatMap((t) => (t.caption === 'Kết quả theo loại hoạt động' ? t.rows : []));
    expect(workRows.find((r) => r[1] === 'Lớp tập huấn')?.slice(2, 4)).toEqual(['2', '2 lớp']);
    expect(workRows.some((r) => r[1] === 'Tờ rơi, tờ gấp')).toBe(false);
    const training = tables(doc)
      .flatMap((t) => (t.caption === 'Kết quả thực hiện chỉ tiêu' ? t.rows : []))
      .find((r) => r[1]?.startsWith('08 lớp') || r[1]?.includes('lớp tập huấn'));
    expect(training?.[2]).toBe('2'); // its share
    expect(training?.[3]).toBe('3'); // the province total
  });
});

describe('totals only of the same unit', () => {
  it('no "Cộng" across articles, billboards and leaflets: one total per unit', () => {
    const records: ActivityRecord[] = [
      rec({
        planId: 'lc2228',
        type: 'media_item',
        date: '2018-03-01',
        areaCode: '12',
        quantity: 100,
        agencyId: 'lc-sldtbxh',
      }),
      rec({
        planId: 'lc2228',
        type: 'billboard',
        date: '2018-03-01',
        areaCode: '03433',
        quantity: 7,
        agencyId: 'lc-sldtbxh',
      }),
      rec({
        planId: 'lc2228',
        type: 'leaflet',
        date: '2018-03-01',
        areaCode: '03433',
        quantity: 30240,
        agencyId: 'lc-sldtbxh',
      }),
    ];
    const doc = buildPeriodicReport({
      plan: lc,
      agencies: seedAgencies,
      areas: lcAreas,
      records,
      results: evaluatePlan(lc, { areas: lcAreas, records, asOf: '2018-12-31' }),
      period: { from: '2018-01-01', to: '2018-12-31' },
      reportingAgencyId: 'lc-sldtbxh',
      place: 'Lai Châu',
      date: '2019-01-15',
      asOf: '2018-12-31',
    });
    const cells = texts(doc);
    expect(cells).not.toContain('30.347');
    const sums = tables(doc)
      .flatMap((t) => t.rows)
      .filter((r) => r[1] === 'Cộng')
      .map((r) => r[3]);
    expect(sums.join(' | ')).not.toMatch(/30\.347/);
    expect(sums.some((s) => s?.includes('30.240 tờ'))).toBe(true);
  });
});

describe('status at or after the period’s end is final', () => {
  it('Lai Châu 2017 year-end: 29,000/30,000 leaflets and the column at 3/4 are "Không đạt"', () => {
    const records: ActivityRecord[] = [
      rec({
        planId: 'lc2228',
        type: 'leaflet',
        date: '2017-06-01',
        areaCode: '03433',
        quantity: 29000,
        agencyId: 'lc-sldtbxh',
      }),
      ...['2017-02-10', '2017-05-10', '2017-08-10'].map((date) =>
        rec({ planId: 'lc2228', type: 'newspaper_column', date, areaCode: '12', quantity: 1, agencyId: 'lc-sldtbxh' }),
      ),
    ];
    const doc = buildPeriodicReport({
      plan: lc,
      agencies: seedAgencies,
      areas: lcAreas,
      records,
      results: evaluatePlan(lc, { areas: lcAreas, records, asOf: '2017-12-31' }),
      period: { from: '2017-01-01', to: '2017-12-31' },
      reportingAgencyId: 'lc-sldtbxh',
      place: 'Lai Châu',
      date: '2018-01-15',
      asOf: '2017-12-31',
    });
    const rows = tables(doc).flatMap((t) => (t.caption === 'Kết quả thực hiện chỉ tiêu' ? t.rows : []));
    const leaflets = rows.find((r) => r[2] === '29.000');
    expect(leaflets?.[4]).toBe('Không đạt');
    const column = rows.find((r) => r[1]?.toLowerCase().includes('chuyên mục') && r[2] === '3');
    expect(column?.[4]).toBe('Không đạt');
    expect(rows.some((r) => r[4] === 'Có nguy cơ chậm' || r[4] === 'Chậm tiến độ')).toBe(false);
  });
});

describe('no placeholder text', () => {
  it('a final report (a signer named) has no fill-ins; the signer is printed; V says what there is', () => {
    const doc = tvDoc('tv-hlhpn', { signerName: 'Nguyễn Thị A' });
    expect(doc.draft).toBe(false);
    expect(allBlocks(doc).some((b) => b.kind === 'paragraph' && (b.editable ?? false))).toBe(false);
    expect(texts(doc).some((t) => /^\(|\[Dự thảo/.test(t))).toBe(false);
    expect(doc.signature).toMatchObject({ signerName: 'Nguyễn Thị A', editable: false });
    expect(doc.sections.find((s) => s.number === 'V')?.blocks).toEqual([
      { kind: 'paragraph', text: 'Không có kiến nghị, đề xuất.' },
    ]);
    const withRecs = tvDoc('tv-hlhpn', { signerName: 'Nguyễn Thị A', recommendations: ['Bố trí kinh phí in tờ rơi.'] });
    expect(withRecs.sections.find((s) => s.number === 'V')?.blocks).toEqual([
      { kind: 'list', items: ['Bố trí kinh phí in tờ rơi.'] },
    ]);
  });

  it('a draft marks every fill-in for the officer', () => {
    const doc = tvDoc('tv-hlhpn');
    expect(doc.draft).toBe(true);
    const fills = allBlocks(doc).filter((b) => b.kind === 'paragraph' && (b.editable ?? false));
    expect(fills.length).toBeGreaterThan(0);
    for (const b of fills) expect(b.kind === 'paragraph' && b.text.startsWith('[Dự thảo — cán bộ bổ sung:')).toBe(true);
  });
});
