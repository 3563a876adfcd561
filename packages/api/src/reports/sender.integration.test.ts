import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 13 (1, 2, 5): who reports to whom, a sender's report holds only its own work, the document is right
 * (names and date of the report's day, data cut-off printed, final statuses, totals per unit, Decree 30 header).
 */
let t: AuthTestApi;
let tvAdmin: ApiClient;
let lcAdmin: ApiClient;
const TV_STRUCTURE = toDbDate('2018-04-06');
const LC_STRUCTURE = toDbDate('2016-11-09');
let tvCommune: string;
let lc107Commune: string;
let lc108Commune: string;

const docXml = (base64: string) => strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!);
/** The document's visible text, paragraph by paragraph. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((x) => x[1]!)
      .join('')
      .replace(/&amp;/g, '&'),
  );

beforeAll(async () => {
  t = await startAuthTestApi();
  tvAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  lcAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
  tvCommune = (
    await t.db.area.findFirstOrThrow({
      where: { provinceCode: '84', level: 'commune', structure: TV_STRUCTURE },
      orderBy: { code: 'asc' },
    })
  ).code;
  const communeOf = async (district: string) =>
    (
      await t.db.area.findFirstOrThrow({
        where: { parentCode: district, level: 'commune', structure: LC_STRUCTURE },
        orderBy: { code: 'asc' },
      })
    ).code;
  lc107Commune = await communeOf('107');
  lc108Commune = await communeOf('108');
  const tv = (date: string, type: string, agencyId: string | null, extra: Record<string, unknown> = {}) => ({
    planId: 'tv651',
    type,
    date: toDbDate(date),
    areaCode: tvCommune,
    areaStructure: TV_STRUCTURE,
    quantity: 1,
    status: 'approved' as const,
    agencyId,
    ...extra,
  });
  const lc = (date: string, type: string, areaCode: string, agencyId: string | null, quantity: number) => ({
    planId: 'lc2228',
    type,
    date: toDbDate(date),
    areaCode,
    areaStructure: LC_STRUCTURE,
    quantity,
    status: 'approved' as const,
    agencyId,
  });
  await t.db.activityRecord.createMany({
    data: [
      // 2019: the information department's 11 media items, the Women's Union's 2 community events.
      ...Array.from({ length: 11 }, (_, i) => tv(`2019-0${(i % 9) + 1}-20`, 'media_item', 'tv-stttt')),
      tv('2019-07-15', 'community_event', 'tv-hlhpn', { reached: { total: 200 } }),
      tv('2019-08-15', 'community_event', 'tv-hlhpn', { reached: { total: 100 } }),
      // After the Decree 09/2019 cut-off (14/12/2019): the next year's figures.
      tv('2019-12-20', 'community_event', 'tv-hlhpn', { reached: { total: 999 } }),
      // 2018 work of the Women's Union.
      tv('2018-09-01', 'community_event', 'tv-hlhpn', { reached: { total: 50 } }),
      // Lai Châu 2017: Mường Tè's classes (one entered without an agency in its commune), Sìn Hồ's class, the
      // department's 29,000 leaflets and three column issues.
      lc('2017-05-10', 'training', lc107Commune, null, 1),
      lc('2017-05-11', 'training', '107', 'lc-ubnd-107', 1),
      lc('2017-05-12', 'training', lc108Commune, null, 1),
      lc('2017-06-01', 'leaflet', lc107Commune, 'lc-sldtbxh', 29000),
      lc('2017-02-10', 'newspaper_column', '12', 'lc-sldtbxh', 1),
      lc('2017-05-10', 'newspaper_column', '12', 'lc-sldtbxh', 1),
      lc('2017-08-10', 'newspaper_column', '12', 'lc-sldtbxh', 1),
    ],
  });
});
afterAll(() => t.close());

describe('report.due: every sender of the plan, with its state', () => {
  it('Lai Châu: each district committee on its own, never the group, never a ministry', async () => {
    const { items } = await lcAdmin.report.due.query({ planId: 'lc2228', asOf: '2018-01-20' });
    const y2017 = items.filter((i) => i.ruleId === 'lc2228-r-yearly' && i.label === '2017');
    const ids = y2017.map((i) => i.agencyId);
    for (const code of ['105', '106', '107', '108', '109', '110', '111', '112'])
      expect(ids).toContain(`lc-ubnd-${code}`);
    expect(ids).not.toContain('lc-ubnd-huyen');
    expect(ids.some((id) => id.startsWith('bo-') || id.startsWith('tw-') || id === 'jica')).toBe(false);
    expect(y2017.find((i) => i.agencyId === 'lc-ubnd-107')).toMatchObject({
      agencyName: 'Ủy ban nhân dân huyện Mường Tè',
      viaGroupId: 'lc-ubnd-huyen',
      viaGroupName: 'Ủy ban nhân dân các huyện, thành phố tỉnh Lai Châu',
      group: false,
      dueDate: '2018-01-15',
      state: 'late',
    });
    expect(y2017.find((i) => i.agencyId === 'lc-so-nganh')).toMatchObject({ group: true });
  });

  it('Trà Vinh: 9 district committees separately, no ministry or central body; draft and submitted states', async () => {
    const before = await tvAdmin.report.due.query({ planId: 'tv651', asOf: '2020-12-01' });
    const y2020 = before.items.filter((i) => i.label === '2020');
    expect(y2020.filter((i) => /^tv-ubnd-\d{3}$/.test(i.agencyId))).toHaveLength(9);
    expect(y2020.some((i) => ['bo-tttt', 'bo-ldtbxh', 'tw-hlhpn', 'tv-ubnd-huyen'].includes(i.agencyId))).toBe(false);
    expect(y2020.find((i) => i.agencyId === 'tv-ca')?.state).toBe('not_started');
    await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2020',
      agencyId: 'tv-ca',
      format: 'docx',
      date: '2020-12-01',
    });
    const after = await tvAdmin.report.due.query({ planId: 'tv651', asOf: '2020-12-01', agencyId: 'tv-ca' });
    expect(after.items.find((i) => i.label === '2020')?.state).toBe('draft');
    await tvAdmin.report.markSubmitted.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2020',
      agencyId: 'tv-ca',
      submittedOn: '2020-12-01',
    });
    const sent = await tvAdmin.report.due.query({ planId: 'tv651', asOf: '2020-12-01', agencyId: 'tv-ca' });
    expect(sent.items.find((i) => i.label === '2020')?.state).toBe('submitted');
  });

  it('a group is not a sender: its members are; a group without members gets no document', async () => {
    const key = { planId: 'lc2228', ruleId: 'lc2228-r-yearly', period: '2017', format: 'docx' as const };
    const group = await apiError(lcAdmin.report.generate.mutate({ ...key, agencyId: 'lc-ubnd-huyen' }));
    expect(group.fields[0]?.path).toBe('agencyId');
    expect(group.messages.vi).toContain('mỗi thành viên gửi báo cáo riêng');
    expect((await apiError(lcAdmin.report.generate.mutate({ ...key, agencyId: 'lc-so-nganh' }))).fields[0]?.path).toBe(
      'agencyId',
    );
    expect((await apiError(lcAdmin.report.generate.mutate({ ...key, agencyId: 'bo-ldtbxh' }))).fields[0]?.path).toBe(
      'agencyId',
    );
  });
});

describe('report.generate: a sender’s report holds only its own work', () => {
  it('the Women’s Union’s 2019 report: its 2 events, not the information department’s 11 media items', async () => {
    const key = { planId: 'tv651', ruleId: 'tv651-r-yearly', period: '2019', agencyId: 'tv-hlhpn' };
    const docx = await tvAdmin.report.generate.mutate({ ...key, format: 'docx' });
    const text = paragraphs(docXml(docx.base64));
    expect(text.some((p) => p.includes('Tin, bài trên phương tiện thông tin đại chúng'))).toBe(false);
    expect(text.some((p) => p.includes('Đã thực hiện 2 lượt hoạt động, tiếp cận 300 người'))).toBe(true);
    const xlsx = await tvAdmin.report.generate.mutate({ ...key, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const records = wb.getWorksheet('Kết quả')!;
    expect(records.rowCount).toBe(4); // title, header, the two events (not 20/12/2019: after the cut-off)
    const sttt = await tvAdmin.report.generate.mutate({ ...key, agencyId: 'tv-stttt', format: 'docx' });
    // Sở TT&TT receives the reports: its report consolidates every record.
    expect(paragraphs(docXml(sttt.base64)).some((p) => p.includes('Đã thực hiện 11 lượt hoạt động'))).toBe(true);
  });

  it('a single district committee (lc-ubnd-107): its own and its district’s records, its share beside the province', async () => {
    const file = await lcAdmin.report.generate.mutate({
      planId: 'lc2228',
      ruleId: 'lc2228-r-yearly',
      period: '2017',
      agencyId: 'lc-ubnd-107',
      format: 'docx',
    });
    const text = paragraphs(docXml(file.base64));
    expect(text).toContain('ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ');
    expect(text.some((p) => p.startsWith('Lai Châu, ngày 15 tháng 01 năm 2018'))).toBe(true);
    expect(text.some((p) => p.includes('Đã thực hiện 2 lượt hoạt động'))).toBe(true);
    expect(text.some((p) => p === 'Tờ rơi, tờ gấp')).toBe(false);
    expect(text).toContain('Phần của đơn vị');
    expect(text).toContain('Toàn tỉnh');
  });
});

describe('report.generate: the document is right', () => {
  it('a 2018 Trà Vinh report made today says Trà Vinh, dated its due date, with the data period printed', async () => {
    const file = await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2018',
      agencyId: 'tv-hlhpn',
      format: 'docx',
    });
    const text = paragraphs(docXml(file.base64));
    expect(text).toContain('HỘI LIÊN HIỆP PHỤ NỮ TỈNH TRÀ VINH');
    expect(text.some((p) => p.includes('VĨNH LONG') || p.includes('Vĩnh Long'))).toBe(false);
    expect(text).toContain('Trà Vinh, ngày 19 tháng 12 năm 2018');
    expect(
      text.some(
        (p) => p.startsWith('Số liệu tính từ ngày 06/4/2018 đến ngày 14/12/2018') && p.includes('09/2019/NĐ-CP'),
      ),
    ).toBe(true);
  });

  it('a report dated 16/12/2019 holds nothing after its cut-off (14/12/2019)', async () => {
    const file = await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2019',
      agencyId: 'tv-hlhpn',
      format: 'docx',
      date: '2019-12-16',
    });
    const text = paragraphs(docXml(file.base64));
    expect(text.some((p) => p.includes('tiếp cận 300 người'))).toBe(true);
    expect(text.some((p) => p.includes('1.299'))).toBe(false);
  });

  it('Lai Châu 2017 year-end: statuses are final ("Không đạt"), never "at risk"; no total across units', async () => {
    const file = await lcAdmin.report.generate.mutate({
      planId: 'lc2228',
      ruleId: 'lc2228-r-yearly',
      period: '2017',
      agencyId: 'lc-sldtbxh',
      format: 'docx',
    });
    const text = paragraphs(docXml(file.base64));
    expect(text).toContain('Không đạt');
    expect(text).not.toContain('Có nguy cơ chậm');
    expect(text).not.toContain('Chậm tiến độ');
    expect(text).toContain('29.000');
    // The Cộng row keeps units apart.
    expect(text).not.toContain('29.003');
    expect(text.some((p) => p.includes('29.000 tờ'))).toBe(true);
  });

  it('final: no placeholder, the signer printed; header: 12 pt title in a wide cell, a short rule, no underlined issuer', async () => {
    const file = await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2019',
      agencyId: 'tv-hlhpn',
      format: 'docx',
      signerName: 'Nguyễn Thị Lan',
    });
    const xml = docXml(file.base64);
    const text = paragraphs(xml);
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text.some((p) => p.startsWith('(') || p.includes('[Dự thảo') || p === 'DỰ THẢO')).toBe(false);
    // The national title: 12 pt bold (w:sz 24) in a column at least 5,700 twips wide (the text is about 5,222 with the cell margins).
    const title = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/.exec(xml)?.[0] ?? '';
    expect(
      Number(
        /<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(title)?.slice(1).find(Boolean),
      ),
    ).toBeGreaterThanOrEqual(5700);
    const titleRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/.exec(xml)?.[0] ?? '';
    expect(titleRun).toMatch(/<w:sz w:val="24"\/>/);
    // The issuer is not underlined; a bordered empty paragraph (the short rule) follows it.
    const issuerRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*HỘI LIÊN HIỆP PHỤ NỮ TỈNH TRÀ VINH/.exec(xml)?.[0] ?? '';
    expect(issuerRun).not.toMatch(/<w:u /);
    expect(xml).toMatch(/<w:pBdr><w:bottom [^>]*w:val="single"/);
  });

  // Never skipped: LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are test requirements,
  // installed by .ci/run like Chromium (README).
  it('LibreOffice: the national title prints on one line', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    expect(soffice, 'LibreOffice is missing: apt-get install -y libreoffice-writer-nogui').toBeDefined();
    expect(existsSync('/usr/bin/pdftotext'), 'pdftotext is missing: apt-get install -y poppler-utils').toBe(true);
    const file = await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2019',
      agencyId: 'tv-hlhpn',
      format: 'docx',
    });
    const dir = mkdtempSync(join(tmpdir(), 'pcmbn-report-'));
    try {
      writeFileSync(join(dir, 'r.docx'), Buffer.from(file.base64, 'base64'));
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'r.docx'),
        ],
        { timeout: 240_000, stdio: 'ignore' },
      );
      execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), join(dir, 'r.txt')], { timeout: 60_000 });
      const lines = readFileSync(join(dir, 'r.txt'), 'utf8').split('\n');
      expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
      expect(lines.some((l) => l.includes('CHỦ NGHĨA VIỆT') && !l.includes('VIỆT NAM'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
