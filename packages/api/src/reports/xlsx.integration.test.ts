import { AREA_CODE_PATTERN } from '@pcmbn/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 13 item 6: the XLSX of one sender — Mường Tè's 2017 yearly report of Lai Châu 2228 — holds its own work
 * only, one sheet per table, names not codes, quantities with their unit on each row, numbers as numbers, headers
 * frozen, and says whose report it is.
 */
let t: AuthTestApi;
let lcAdmin: ApiClient;
const LC_STRUCTURE = toDbDate('2016-11-09');
const CODE = AREA_CODE_PATTERN;

beforeAll(async () => {
  t = await startAuthTestApi();
  lcAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
  const record = (type: string, date: string, areaCode: string, agencyId: string, quantity: number) => ({
    planId: 'lc2228',
    type,
    date: toDbDate(date),
    areaCode,
    areaStructure: LC_STRUCTURE,
    quantity,
    status: 'approved' as const,
    agencyId,
  });
  for (const data of [
    record('leaflet', '2017-05-10', '03433', 'lc-ubnd-107', 500),
    record('billboard', '2017-06-10', '03433', 'lc-ubnd-107', 2),
    record('training', '2017-07-10', '03436', 'lc-ubnd-107', 1),
    // Another sender's work: never in Mường Tè's workbook.
    record('leaflet', '2017-05-10', '03433', 'lc-sldtbxh', 29000),
  ])
    await t.db.activityRecord.create({ data });
});
afterAll(() => t.close());

const cells = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));

describe('XLSX of one sender', () => {
  it('one sheet per table, the sender named, its own records, names not codes, units per row', async () => {
    const file = await lcAdmin.report.generate.mutate({
      planId: 'lc2228',
      ruleId: 'lc2228-r-yearly',
      period: '2017',
      agencyId: 'lc-ubnd-107',
      format: 'xlsx',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Hoạt động', 'Kết quả']);
    for (const sheet of wb.worksheets) {
      expect(sheet.getRow(1).getCell(1).text).toContain('Ủy ban nhân dân huyện Mường Tè');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }

    const targets = wb.getWorksheet('Chỉ tiêu')!;
    expect(cells(targets, 2)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Loại',
      'Phần của đơn vị',
      'Toàn tỉnh',
      'Ngưỡng',
      'Tình trạng (toàn tỉnh)',
      'Còn thiếu (toàn tỉnh)',
      'Giải thích',
    ]);
    expect(targets.rowCount).toBeGreaterThan(2);
    for (let r = 3; r <= targets.rowCount; r++) {
      const row = cells(targets, r);
      expect(typeof row[3]).toBe('number');
      expect(typeof row[4]).toBe('number');
      expect(targets.getRow(r).getCell(8).text).not.toMatch(/\b\d{5}\b/);
    }

    const activities = wb.getWorksheet('Hoạt động')!;
    expect(cells(activities, 2)).toEqual([
      'Loại hoạt động',
      'Địa bàn',
      'Đơn vị tính',
      'Số lượt',
      'Số lượng',
      'Số người được tiếp cận',
    ]);
    const rows = Array.from({ length: activities.rowCount - 2 }, (_, i) => cells(activities, i + 3));
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['Lớp tập huấn', 'Xã Thu Lũm', 'lớp', 1],
      ['Pano, áp phích cỡ lớn', 'Thị trấn Mường Tè', 'pano', 2],
      ['Tờ rơi, tờ gấp', 'Thị trấn Mường Tè', 'tờ', 500],
    ]);

    const records = wb.getWorksheet('Kết quả')!;
    expect(cells(records, 2)).toEqual([
      'Ngày',
      'Loại hoạt động',
      'Hoạt động',
      'Địa bàn',
      'Cơ quan thực hiện',
      'Số lượng',
      'Đơn vị tính',
      'Số người được tiếp cận',
      'Từ 14–60 tuổi',
      'Phụ nữ',
      'Trẻ em',
    ]);
    expect(records.rowCount).toBe(5); // title, header, Mường Tè's three records (not the department's leaflets)
    for (let r = 3; r <= records.rowCount; r++) {
      const row = cells(records, r);
      expect(row[3]).not.toMatch(CODE);
      expect(row[4]).toBe('Ủy ban nhân dân huyện Mường Tè');
      expect(typeof row[5]).toBe('number');
    }
  });
});
