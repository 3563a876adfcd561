import { PlanSchema, traVinh651 } from '@pcmbn/domain';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

const tv = PlanSchema.parse(traVinh651);
let t: AuthTestApi;
let admin: ApiClient;
let viewer: ApiClient;
let hlhpn: ApiClient;
let commune: string;

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email)).api;
  hlhpn = (
    await signIn(
      t,
      (await createUser(t.db, { role: 'agency_officer', scopeAreaCode: '84', agencyId: 'tv-hlhpn' })).email,
    )
  ).api;
  const area = await t.db.area.findFirstOrThrow({
    where: { provinceCode: '84', level: 'commune', structure: toDbDate(tv.areaStructure) },
    orderBy: { code: 'asc' },
  });
  commune = area.code;
  // Approved work of the Women's Union in 2019: a 30/7 campaign and materials received in one commune (a sender's
  // report holds only the records entered by or for it).
  await t.db.activityRecord.createMany({
    data: [
      {
        planId: 'tv651',
        type: 'campaign',
        date: toDbDate('2019-07-28'),
        areaCode: commune,
        areaStructure: area.structure,
        quantity: 1,
        reached: { total: 250, women: 140 },
        status: 'approved',
        agencyId: 'tv-hlhpn',
      },
      {
        planId: 'tv651',
        type: 'material_distribution',
        date: toDbDate('2019-03-12'),
        areaCode: commune,
        areaStructure: area.structure,
        quantity: 300,
        status: 'approved',
        agencyId: 'tv-hlhpn',
      },
      {
        planId: 'tv651',
        type: 'material_distribution',
        date: toDbDate('2019-04-01'),
        areaCode: commune,
        areaStructure: area.structure,
        quantity: 999,
        status: 'draft',
        agencyId: 'tv-hlhpn',
      },
    ],
  });
});
afterAll(() => t.close());

const key = { planId: 'tv651', ruleId: 'tv651-r-yearly', period: '2019', agencyId: 'tv-hlhpn' };

describe('report.due', () => {
  it('Trà Vinh 651: yearly reports due 19/12 from every agency but Sở TT&TT, flagged by asOf', async () => {
    const { items } = await admin.report.due.query({ planId: 'tv651', asOf: '2019-12-25' });
    const ofHlhpn = items.filter((i) => i.agencyId === 'tv-hlhpn');
    expect(ofHlhpn.map((i) => [i.label, i.dueDate, i.status])).toEqual([
      ['2018', '2018-12-19', 'overdue'],
      ['2019', '2019-12-19', 'overdue'],
      ['2020', '2020-12-19', 'not_due'],
    ]);
    expect(ofHlhpn[1]).toMatchObject({
      late: true,
      daysLeft: -6,
      agencyName: 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh',
      toAgencyId: 'tv-stttt',
    });
    expect(items.some((i) => i.agencyId === 'tv-stttt')).toBe(false);
    const soon = await admin.report.due.query({ planId: 'tv651', asOf: '2019-12-10', agencyId: 'tv-hlhpn' });
    expect(soon.items.find((i) => i.label === '2019')).toMatchObject({ status: 'due_soon', daysLeft: 9 });
  });

  it('Lai Châu 2228: the first half-year (15/7) and yearly (15/01) reports, no separate second half-year', async () => {
    const lcAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email))
      .api;
    const { items } = await lcAdmin.report.due.query({ planId: 'lc2228', asOf: '2017-08-01', agencyId: 'lc-so-nganh' });
    expect(items.map((i) => [i.label, i.dueDate, i.status])).toEqual([
      ['2016', '2017-01-15', 'overdue'],
      ['2017-H1', '2017-07-15', 'overdue'],
      ['2017', '2018-01-15', 'not_due'],
      ['2018-H1', '2018-07-15', 'not_due'],
      ['2018', '2019-01-15', 'not_due'],
    ]);
    // Trà Vinh's admin does not see Lai Châu's plan.
    expect((await apiError(admin.report.due.query({ planId: 'lc2228' }))).httpStatus).toBe(404);
  });

  it('an agency officer sees its own agency’s reports only', async () => {
    const { items } = await hlhpn.report.due.query({ planId: 'tv651', asOf: '2019-12-25' });
    expect(new Set(items.map((i) => i.agencyId))).toEqual(new Set(['tv-hlhpn']));
    expect((await apiError(hlhpn.report.due.query({ planId: 'tv651', agencyId: 'tv-ca' }))).httpStatus).toBe(403);
  });
});

describe('report.generate', () => {
  it('DOCX laid out per Decree 30/2020: header, number, place and date, title and a target row', async () => {
    const file = await admin.report.generate.mutate({ ...key, format: 'docx', number: '125', date: '2019-12-19' });
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.fileName).toBe('Báo cáo 651/QĐ-UBND 2019 - Hội LHPN tỉnh.docx'.replace('/', '-'));
    expect(file.contentDisposition).toMatch(
      /^attachment; filename="[a-z0-9-]+\.docx"; filename\*=UTF-8''B%C3%A1o%20c%C3%A1o/,
    );
    const zip = unzipSync(Buffer.from(file.base64, 'base64'));
    const xml = strFromU8(zip['word/document.xml']!);
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HỘI LIÊN HIỆP PHỤ NỮ TỈNH TRÀ VINH',
      'Số: 125/BC-HLHPN',
      'Trà Vinh, ngày 19 tháng 12 năm 2019',
      'BÁO CÁO',
      'Nơi nhận:',
      tv.targets[0]!.title,
    ]) {
      expect(xml.includes(text.replace(/&/g, '&amp;')), text).toBe(true);
    }
    // Times New Roman, A4 with the decree's margins (left 30 mm = 1701 twips, right 15 mm = 850).
    expect(/w:pgSz w:w="11906" w:h="16838"/.test(xml)).toBe(true);
    expect(/w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/.test(xml)).toBe(true);
    expect(strFromU8(zip['word/styles.xml']!)).toContain('Times New Roman');
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'report.generate' },
      orderBy: { at: 'desc' },
    });
    expect(audit).toMatchObject({ entity: 'report', entityId: 'tv651/tv651-r-yearly/2019/tv-hlhpn' });
  });

  it('XLSX: targets with status, value and threshold; activities by type and area; approved records only', async () => {
    const file = await admin.report.generate.mutate({ ...key, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Hoạt động', 'Kết quả']);
    const targets = wb.getWorksheet('Chỉ tiêu')!;
    // Names, not codes (issue 13.6): the target's title, the sender's share and the province total as numbers.
    expect(targets.getRow(2).getCell(2).value).toBe('Chỉ tiêu');
    expect(tv.targets.map((x) => x.title)).toContain(targets.getRow(3).getCell(2).value);
    expect(targets.getRow(3).getCell(4).value).toBeTypeOf('number');
    expect(targets.getRow(3).getCell(5).value).toBeTypeOf('number');
    const records = wb.getWorksheet('Kết quả')!;
    expect(records.rowCount).toBe(4); // title, header, two approved records (the draft is left out)
    expect(records.getRow(3).getCell(1).value).toBe('12/03/2019');
    expect(records.getRow(4).getCell(4).value).not.toBe(commune);
    expect(records.getRow(4).getCell(4).value).toBeTypeOf('string');
    const activities = wb.getWorksheet('Hoạt động')!;
    expect(activities.getRow(3).getCell(3).value).toBeTypeOf('string');
  });

  it('bad inputs are refused with the field named', async () => {
    expect(
      (await apiError(admin.report.generate.mutate({ ...key, period: '2015', format: 'docx' }))).fields[0]?.path,
    ).toBe('period');
    expect(
      (await apiError(admin.report.generate.mutate({ ...key, agencyId: 'lc-sldtbxh', format: 'docx' }))).fields[0]
        ?.path,
    ).toBe('agencyId');
    expect((await apiError(admin.report.generate.mutate({ ...key, period: 'năm 2019', format: 'docx' }))).appCode).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await apiError(hlhpn.report.generate.mutate({ ...key, agencyId: 'tv-ca', format: 'xlsx' }))).httpStatus,
    ).toBe(403);
  });
});

describe('report.markSubmitted / undoSubmitted', () => {
  it('flips the status, keeps the late flag, audits, and undo makes it owed again', async () => {
    const marked = await hlhpn.report.markSubmitted.mutate({
      ...key,
      number: '125/BC-HLHPN',
      submittedOn: '2019-12-18',
    });
    expect(marked).toMatchObject({
      status: 'submitted',
      submittedOn: '2019-12-18',
      dueDate: '2019-12-19',
      number: '125/BC-HLHPN',
    });
    const row = (
      await admin.report.due.query({ planId: 'tv651', asOf: '2019-12-25', agencyId: 'tv-hlhpn' })
    ).items.find((i) => i.label === '2019');
    expect(row).toMatchObject({ status: 'submitted', late: false, submittedOn: '2019-12-18' });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'report.markSubmitted' } });
    // Producing the report (above) left a draft: the mark turns it into a submission.
    expect(audit).toMatchObject({ entity: 'report_submission', before: { status: 'draft', submittedOn: null } });

    await admin.report.undoSubmitted.mutate(key);
    const again = (
      await admin.report.due.query({ planId: 'tv651', asOf: '2019-12-25', agencyId: 'tv-hlhpn' })
    ).items.find((i) => i.label === '2019');
    expect(again).toMatchObject({ status: 'overdue', submittedOn: null });
    expect(await t.db.auditLog.count({ where: { action: 'report.undoSubmitted' } })).toBe(1);
    expect((await apiError(admin.report.undoSubmitted.mutate(key))).appCode).toBe('REPORT_NOT_SUBMITTED');
  });

  it('a viewer cannot mark submitted; an agency officer only for its agency; no future date', async () => {
    expect((await apiError(viewer.report.markSubmitted.mutate(key))).httpStatus).toBe(403);
    expect((await apiError(hlhpn.report.markSubmitted.mutate({ ...key, agencyId: 'tv-ca' }))).httpStatus).toBe(403);
    expect(
      (await apiError(admin.report.markSubmitted.mutate({ ...key, submittedOn: '2999-01-01' }))).fields[0]?.path,
    ).toBe('submittedOn');
    expect(await t.db.reportSubmission.count({ where: { agencyId: 'tv-ca' } })).toBe(0);
  });
});
