import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../model/index.js';
import { seedAreas, traVinh651, TRA_VINH_2018_STRUCTURE } from '../../seeds/index.js';
import { parseCountCell, parseDateCell } from './record-import-columns.js';
import { RECORD_IMPORT_COLUMNS, parseRecordRows, type RecordImportResult } from './record-import.js';

const plan = PlanSchema.parse(traVinh651);
const areas = seedAreas[TRA_VINH_2018_STRUCTURE] ?? [];
const ctx = { plan, areas, today: '2019-12-01' };
const HEADER_VI = [
  'STT',
  'Ngày',
  'Mã hoạt động',
  'Loại hoạt động',
  'Địa bàn',
  'Số lượng',
  'Số người được tiếp cận',
  'Từ 14–60 tuổi',
  'Phụ nữ',
  'Trẻ em',
  'Ghi chú',
];
const errorsOf = (r: RecordImportResult) => (r.ok ? [] : r.errors);

describe('parseRecordRows', () => {
  it('imports rows under Vietnamese headers, with implied types, names without diacritics and Vietnamese numbers', () => {
    const result = parseRecordRows(
      [
        HEADER_VI,
        ['1', '15/07/2019', 'tv651-a-iii-2a-1', '', '29263', '1', '1.200', '1 000', '600', '0', 'Nói chuyện chuyên đề'],
        ['2', '2019-08-01', '', 'Tờ rơi, tờ gấp', 'long duc', '30.000', '', '', '', '', ''],
        ['', '', '', '', '', '', '', '', '', '', ''],
        [],
      ],
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      records: [
        {
          planId: 'tv651',
          activityId: 'tv651-a-iii-2a-1',
          type: 'community_event',
          date: '2019-07-15',
          areaCode: '29263',
          quantity: 1,
          reached: { total: 1200, aged14to60: 1000, women: 600, children: 0 },
          note: 'Nói chuyện chuyên đề',
          row: 2,
        },
        { planId: 'tv651', type: 'leaflet', date: '2019-08-01', areaCode: '29263', quantity: 30000, row: 3 },
      ],
    });
  });

  it('accepts English headers in any case and order', () => {
    const result = parseRecordRows(
      [
        ['AREA', 'Date', 'type', 'Quantity'],
        ['84', '01/06/2019', 'media_item', '3'],
      ],
      ctx,
    );
    expect(result.ok && result.records[0]).toMatchObject({
      areaCode: '84',
      type: 'media_item',
      quantity: 3,
      date: '2019-06-01',
    });
  });

  it('reports every bad cell with its file row and column, and imports nothing', () => {
    const result = parseRecordRows(
      [
        ['Ngày', 'Mã hoạt động', 'Địa bàn', 'Số lượng', 'Số người được tiếp cận', 'Phụ nữ'],
        ['31/02/2019', 'tv651-a-iii-2a-1', '29263', '1', '', ''],
        ['01/01/2020', 'tv651-a-iii-2a-1', '29263', '1', '', ''],
        ['01/01/2018', 'tv651-a-khong-co', '01001', '-1', '', ''],
        ['01/06/2019', 'tv651-a-iii-2a-1', 'Phường 1', '1,5', '10', '11'],
        ['01/06/2019', 'tv651-a-iii-2a-1', '29263', '2', '', ''],
      ],
      ctx,
    );
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'DATE_INVALID'],
      [3, 'DATE_FUTURE'],
      [4, 'DATE_OUTSIDE_PLAN'],
      [4, 'ACTIVITY_UNKNOWN'],
      [4, 'AREA_UNKNOWN'],
      [4, 'NUMBER_INVALID'],
      [5, 'AREA_AMBIGUOUS'],
      [5, 'NUMBER_INVALID'],
      [5, 'REACHED_EXCEEDS_TOTAL'],
    ]);
    const ambiguous = errors.find((e) => e.code === 'AREA_AMBIGUOUS');
    expect(ambiguous?.column).toBe('Địa bàn');
    expect(ambiguous?.message).toContain('Phường 1 (29239, Thành phố Trà Vinh); Phường 1 (29512, Thị xã Duyên Hải)');
    expect(errors[0]?.message).toBe(
      'Dòng 2: ngày “31/02/2019” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2019.',
    );
    expect(errors[0]?.messageEn).toMatch(/^Row 2: /);
  });

  it('resolves a shared name with its district after a comma', () => {
    const result = parseRecordRows(
      [
        ['Ngày', 'Loại hoạt động', 'Địa bàn'],
        ['01/06/2019', 'leaflet', 'Phuong 1, Thi xa Duyen Hai'],
      ],
      ctx,
    );
    expect(result.ok && result.records[0]?.areaCode).toBe('29512');
  });

  it('refuses areas outside the plan province', () => {
    const result = parseRecordRows(
      [
        ['Ngày', 'Loại hoạt động', 'Địa bàn'],
        ['01/06/2019', 'leaflet', '12'],
      ],
      { ...ctx, areas: [...areas, { code: '12', name: 'Tỉnh Lai Châu', level: 'province', tags: [] }] },
    );
    expect(errorsOf(result).map((e) => e.code)).toEqual(['AREA_OUT_OF_SCOPE']);
  });

  it('flags a type that contradicts the activity, and duplicate rows', () => {
    const result = parseRecordRows(
      [
        ['Ngày', 'Mã hoạt động', 'Loại hoạt động', 'Địa bàn', 'Số lượng'],
        ['01/06/2019', 'tv651-a-iii-2a-1', 'leaflet', '29263', '1'],
        ['01/06/2019', 'TV651-A-III-2A-1', 'Cuộc truyền thông tại cộng đồng', '29263', '1'],
        ['01/06/2019', 'tv651-a-iii-2a-1', '', 'Xã Long Đức', '1'],
      ],
      ctx,
    );
    expect(errorsOf(result).map((e) => [e.row, e.code])).toEqual([
      [2, 'TYPE_MISMATCH'],
      [4, 'DUPLICATE_ROW'],
    ]);
    expect(errorsOf(result)[1]?.message).toBe('Dòng 4 trùng với dòng 3 (cùng hoạt động, ngày, địa bàn và số lượng).');
  });

  it('checks the header: unknown, duplicate and missing columns', () => {
    const result = parseRecordRows(
      [
        ['Ngày', 'Ngay', 'Huyện', 'Số lượng'],
        ['01/06/2019', '', '', '1'],
      ],
      ctx,
    );
    expect(errorsOf(result).map((e) => e.code)).toEqual([
      'COLUMN_DUPLICATE',
      'COLUMN_UNKNOWN',
      'COLUMN_REQUIRED',
      'COLUMN_REQUIRED',
    ]);
    expect(errorsOf(parseRecordRows([], ctx)).map((e) => e.code)).toEqual(['HEADER_MISSING']);
    expect(
      errorsOf(
        parseRecordRows(
          [
            ['Ngày', 'Loại hoạt động', 'Địa bàn'],
            ['', '', ''],
          ],
          ctx,
        ),
      ).map((e) => e.code),
    ).toEqual(['NO_ROWS']);
    expect(errorsOf(parseRecordRows('not rows', ctx)).map((e) => e.code)).toEqual(['ROWS_INVALID']);
  });

  it('refuses more rows than the limit with one clear error', () => {
    const rows = [
      ['Ngày', 'Loại hoạt động', 'Địa bàn'],
      ...Array.from({ length: 6 }, () => ['01/06/2019', 'leaflet', '29263']),
    ];
    const errors = errorsOf(parseRecordRows(rows, { ...ctx, maxRows: 5 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, code: 'TOO_MANY_ROWS' });
    expect(errors[0]?.message).toContain('vượt quá giới hạn 5 dòng');
  });

  it('imports 10,000 rows', () => {
    const rows = [
      ['Ngày', 'Loại hoạt động', 'Địa bàn', 'Số lượng'],
      ...Array.from({ length: 10_000 }, (_, i) => ['01/06/2019', 'leaflet', '29263', String(i)]),
    ];
    const result = parseRecordRows(rows, ctx);
    expect(result.ok && result.records.length).toBe(10_000);
  });

  it('offers a template whose example row imports cleanly', () => {
    const header = RECORD_IMPORT_COLUMNS.map((c) => c.vi);
    const example = RECORD_IMPORT_COLUMNS.map((c) => c.example);
    expect(parseRecordRows([header, example], ctx).ok).toBe(true);
    expect(parseRecordRows([RECORD_IMPORT_COLUMNS.map((c) => c.en), example], ctx).ok).toBe(true);
  });
});

describe('cell parsers', () => {
  it('reads Vietnamese dates and numbers', () => {
    expect(parseDateCell('5/7/2019')).toBe('2019-07-05');
    expect(parseDateCell('29/02/2019')).toBeUndefined();
    expect(parseCountCell('30 000')).toBe(30000);
    expect(parseCountCell('1.000.000')).toBe(1000000);
    expect(parseCountCell('1.00')).toBeUndefined();
    expect(parseCountCell('30,000')).toBeUndefined();
  });

  it('property: any non-negative integer written with Vietnamese grouping reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('.', ' ', ''), (n, sep) => {
        const text = sep === '' ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(parseCountCell(text)).toBe(n);
      }),
    );
  });
});
