import { describe, expect, it } from 'vitest';
import { PlanSchema, type ActivityRecord } from '../../model/index.js';
import { LAI_CHAU_2016_STRUCTURE, laiChau2228, seedAgencies, seedAreas } from '../../seeds/index.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { agencySymbol, type ReportBlock, type ReportSection } from './report-document.js';
import { buildPeriodicReport } from './report.js';
import { recordMaker, tvReportInput, tvWork2019 } from './report-fixtures.js';

const lc = PlanSchema.parse(laiChau2228);
const lcAreas = seedAreas[LAI_CHAU_2016_STRUCTURE] ?? [];

const rec = recordMaker();
const tvRecords: ActivityRecord[] = [
  ...tvWork2019(rec, { reached: { total: 300 } }),
  // Not counted: outside the period, not approved, another plan.
  rec({ type: 'media_item', date: '2018-12-31', areaCode: '84' }),
  rec({ type: 'media_item', date: '2019-05-01', areaCode: '84', status: 'submitted' }),
  rec({ type: 'media_item', date: '2019-05-01', areaCode: '84', planId: 'lc2228' }),
];

const tvReport = (extra: Record<string, unknown> = {}) =>
  buildPeriodicReport(tvReportInput(tvRecords, { number: '125', ...extra }));

const section = (sections: ReportSection[], number: string) =>
  sections.find((s) => s.number === number) as ReportSection;
const tables = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const lists = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'list' }> => b.kind === 'list').flatMap((b) => b.items);

describe('buildPeriodicReport (Trà Vinh 651, year 2019)', () => {
  const doc = tvReport();

  it('lays out the header per Decree 30/2020/NĐ-CP with the names in force on the date', () => {
    expect(doc.header).toEqual({
      issuingBody: ['UBND TỈNH TRÀ VINH', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: 'Số: 125/BC-STTTT',
      placeAndDate: 'Trà Vinh, ngày 19 tháng 12 năm 2019',
    });
    expect(doc.title).toEqual({
      kind: 'BÁO CÁO',
      summary:
        'Kết quả thực hiện Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 trên địa bàn tỉnh Trà Vinh năm 2019',
    });
    expect(doc.preamble).toBe(
      'Thực hiện Quyết định số 651/QĐ-UBND ngày 06/4/2018 của Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 trên địa bàn tỉnh Trà Vinh, Sở Thông tin và Truyền thông tỉnh Trà Vinh báo cáo kết quả thực hiện năm 2019 như sau:',
    );
    expect(doc.recipients).toEqual({
      heading: 'Nơi nhận:',
      lines: ['- Ủy ban nhân dân tỉnh Trà Vinh (b/c);', '- Lưu: VT.'],
    });
    expect(doc.signature).toEqual({ authority: ['GIÁM ĐỐC'], signerName: '', editable: true });
  });

  it('follows successors after a merger and leaves the number blank when not given', () => {
    const later = tvReport({ date: '2025-03-15', number: undefined });
    expect(later.header.issuingBody).toEqual(['UBND TỈNH TRÀ VINH', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(later.header.number).toBe('Số:       /BC-SKHCN');
    expect(later.header.placeAndDate).toBe('Trà Vinh, ngày 15 tháng 3 năm 2025');
  });

  it('has the five sections in order, V a marked fill-in of the draft', () => {
    expect(doc.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      'I. Công tác chỉ đạo, triển khai',
      'II. Kết quả thực hiện',
      'III. Đánh giá chung',
      'IV. Phương hướng, nhiệm vụ thời gian tới',
      'V. Kiến nghị, đề xuất',
    ]);
    expect(section(doc.sections, 'V').blocks).toEqual([
      {
        kind: 'paragraph',
        text: '[Dự thảo — cán bộ bổ sung: kiến nghị, đề xuất với cấp trên, nếu có.]',
        editable: true,
      },
    ]);
    expect(lists(section(doc.sections, 'I').blocks)).toEqual(['Văn bản, kế hoạch, hướng dẫn: 1 lượt.']);
  });

  it('counts only approved records of the plan in the period, per component and type, in Vietnamese numbers', () => {
    const parts = section(doc.sections, 'II').subsections;
    const community = parts.find((p) => p.title.startsWith('Tiểu đề án 2')) as ReportSection;
    expect(community.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Đã thực hiện 2 lượt hoạt động, tiếp cận 1.500 người (trong đó 1.000 người từ 14–60 tuổi, 600 phụ nữ, 50 trẻ em).',
    });
    const [work] = tables(community.blocks);
    expect(work?.headers).toEqual([
      'STT',
      'Loại hoạt động',
      'Số lượt',
      'Số lượng',
      'Số người được tiếp cận',
      'Từ 14–60 tuổi',
      'Phụ nữ',
      'Trẻ em',
    ]);
    expect(work?.rows).toContainEqual([
      '1',
      'Cuộc truyền thông tại cộng đồng',
      '2',
      '3 cuộc',
      '1.500',
      '1.000',
      '600',
      '50',
    ]);
    expect(work?.rows.at(-1)?.[1]).toBe('Cộng');
    const media = parts.find((p) => p.title.startsWith('Tiểu đề án 1')) as ReportSection;
    const mediaRows = tables(media.blocks)[0]?.rows ?? [];
    expect(mediaRows.find((r) => r[1] === 'Tin, bài trên phương tiện thông tin đại chúng')?.[2]).toBe('1');
  });

  it('tabulates targets with status labels, value against requirement and what is missing', () => {
    const rows = section(doc.sections, 'II')
      .subsections.flatMap((s) => tables(s.blocks))
      .filter((t) => t.caption === 'Kết quả thực hiện chỉ tiêu')
      .flatMap((t) => t.rows);
    expect(rows).toHaveLength(6);
    const coverage = rows.find((r) => r[1]?.startsWith('100% xã, phường, thị trấn')) as string[];
    expect(coverage[2]).toBe('0% (0/106)');
    expect(coverage[3]).toBe('100%');
    expect(coverage[4]).toBe('Chậm tiến độ');
    expect(coverage[5]).toMatch(/^Phường 4, Phường 1, /);
    const monthly = rows.find((r) =>
      r[1]?.startsWith('Thông tin về phòng, chống mua bán người được đăng tải'),
    ) as string[];
    expect(monthly[4]).toBe('Không đạt');
    expect(monthly[3]).toBe('≥ 1 lượt mỗi tháng');
    expect(monthly[5]).toContain('tháng 5/2018');
  });

  it('assesses strengths and limitations from the results, and carries open targets forward', () => {
    const [strengths, limits] = section(doc.sections, 'III').subsections;
    // Every 2019 target is still open or already missed (2018 had no campaign and no review).
    expect(strengths?.blocks[0]).toEqual({ kind: 'paragraph', text: 'Chưa có chỉ tiêu nào đạt trong kỳ.' });
    expect(strengths?.blocks[1]).toMatchObject({ editable: true });
    const limitLines = lists(limits?.blocks ?? []);
    expect(
      limitLines.some((l) => l.startsWith('Hàng năm, Hội Liên hiệp phụ nữ các cấp') && l.includes(' — Không đạt: ')),
    ).toBe(true);
    expect(limitLines.every((l) => l.endsWith('.'))).toBe(true);
    // A no-data target (high-risk communes: no commune tagged) says its status once, then what is missing.
    const noData = limitLines.find((l) => l.includes('Chưa đủ dữ liệu'));
    expect(noData).toMatch(/ — Chưa đủ dữ liệu: chưa có xã nào/);
    expect(limitLines.join('\n')).not.toContain('Chưa đủ dữ liệu: Chưa đủ dữ liệu');
    const next = lists(section(doc.sections, 'IV').blocks);
    expect(next.some((l) => l.startsWith('Tiếp tục thực hiện chỉ tiêu: 100% xã, phường, thị trấn'))).toBe(true);
  });

  it('narrows to a district when areaCode is given', () => {
    const district = tvReport({ areaCode: '842', reportingAgencyId: 'tv-ubnd-842' });
    expect(district.title.summary).toMatch(/trên địa bàn Thành phố Trà Vinh năm 2019$/);
    expect(district.header.issuingBody).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ TRÀ VINH']);
    expect(district.signature.authority).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(district.recipients.lines[0]).toBe('- Sở Thông tin và Truyền thông tỉnh Trà Vinh (b/c);');
    const parts = section(district.sections, 'II').subsections;
    // The province-wide media item and campaign lie outside the district.
    expect(parts.find((p) => p.title.startsWith('Tiểu đề án 1'))?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Chưa có kết quả thực hiện được duyệt trong kỳ.',
    });
    expect(parts.find((p) => p.title.startsWith('Tiểu đề án 2'))?.blocks[0]).toMatchObject({
      text: expect.stringContaining('Đã thực hiện 2 lượt'),
    });
  });

  it('refuses an unknown reporting agency', () => {
    expect(() => tvReport({ reportingAgencyId: 'khong-co' })).toThrow(/Không tìm thấy cơ quan báo cáo/);
  });
});

describe('buildPeriodicReport (Lai Châu 2228, first half of 2017)', () => {
  it('names the half-year and reports to the focal department', () => {
    const doc = buildPeriodicReport({
      plan: lc,
      agencies: seedAgencies,
      areas: lcAreas,
      records: [],
      results: evaluatePlan(lc, { areas: lcAreas, records: [], asOf: '2017-06-30' }),
      period: { from: '2017-01-01', to: '2017-06-30' },
      reportingAgencyId: 'lc-ubnd-108',
      place: 'Sìn Hồ',
      date: '2017-07-10',
      asOf: '2017-06-30',
    });
    expect(doc.title.summary).toMatch(/ 6 tháng đầu năm 2017$/);
    expect(doc.header.placeAndDate).toBe('Sìn Hồ, ngày 10 tháng 7 năm 2017');
    expect(doc.recipients.lines).toContain('- Lưu: VT.');
    expect(doc.recipients.lines[0]).toMatch(/^- Sở Lao động - Thương binh và Xã hội/);
  });
});

describe('report helpers', () => {
  it('writes agency symbols the way documents do', () => {
    expect(
      agencySymbol({
        id: 'x',
        name: 'Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu',
        shortName: 'Sở LĐ-TB&XH',
        kind: 'department',
      }),
    ).toBe('SLĐTBXH');
    expect(
      agencySymbol({
        id: 'x',
        name: 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh',
        shortName: 'Hội LHPN tỉnh',
        kind: 'mass_organisation',
      }),
    ).toBe('HLHPN');
  });
});
