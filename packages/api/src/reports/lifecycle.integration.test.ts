import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 13 (3, 4): a district committee writes its 2017 yearly report for Lai Châu 2228 and submits it to the
 * labour department (lc-sldtbxh), which returns it with a reason; corrected, it is submitted again and accepted;
 * what was sent is frozen; the department compiles the province report from the accepted reports.
 */
let t: AuthTestApi;
let muongTe: ApiClient;
let phongTho: ApiClient;
let labour: ApiClient;
let lcAdmin: ApiClient;
let commune107: string;
const LC_STRUCTURE = toDbDate('2016-11-09');
const KEY = { planId: 'lc2228', ruleId: 'lc2228-r-yearly', period: '2017', agencyId: 'lc-ubnd-107' };
const narrative = {
  results: 'Tổ chức 2 lớp tập huấn về phòng, chống mua bán người tại huyện Mường Tè.',
  difficulties: 'Địa bàn rộng, giao thông khó khăn.',
  proposals: 'Đề nghị bổ sung kinh phí in tờ rơi song ngữ.',
};

const text = (base64: string) =>
  [...strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((x) => x[1]!)
    .join(' ');

const record = (date: string, agencyId: string | null, quantity = 1) => ({
  planId: 'lc2228',
  type: 'training',
  date: toDbDate(date),
  areaCode: commune107,
  areaStructure: LC_STRUCTURE,
  quantity,
  status: 'approved' as const,
  agencyId,
});

beforeAll(async () => {
  t = await startAuthTestApi();
  const as = async (fields: Parameters<typeof createUser>[1]) =>
    (await signIn(t, (await createUser(t.db, fields)).email)).api;
  muongTe = await as({ role: 'district_officer', scopeAreaCode: '107', agencyId: 'lc-ubnd-107' });
  phongTho = await as({ role: 'district_officer', scopeAreaCode: '109', agencyId: 'lc-ubnd-109' });
  labour = await as({ role: 'agency_officer', scopeAreaCode: '12', agencyId: 'lc-sldtbxh' });
  lcAdmin = await as({ role: 'province_admin', scopeAreaCode: '12' });
  commune107 = (
    await t.db.area.findFirstOrThrow({
      where: { parentCode: '107', level: 'commune', structure: LC_STRUCTURE },
      orderBy: { code: 'asc' },
    })
  ).code;
  // Mường Tè's two classes of 2017: one entered for it, one entered without an agency in its commune.
  for (const data of [record('2017-05-10', 'lc-ubnd-107'), record('2017-06-10', null)])
    await t.db.activityRecord.create({ data });
});
afterAll(() => t.close());

const state = async (api: ApiClient, agencyId = 'lc-ubnd-107') =>
  (await api.report.due.query({ planId: 'lc2228', asOf: '2018-01-10' })).items.find(
    (i) => i.ruleId === KEY.ruleId && i.label === '2017' && i.agencyId === agencyId,
  )?.state;

describe('a report’s life: draft → submitted → returned → submitted → accepted', () => {
  let firstDocx = '';

  it('the narrative is prefilled from the figures; only Mường Tè’s officers write it', async () => {
    const view = await muongTe.report.get.query(KEY);
    expect(view).toMatchObject({ status: null, actor: 'sender', prefilled: true, may: { edit: true, decide: false } });
    expect(view.narrative.results).toContain('Đã thực hiện 2 lượt hoạt động');
    for (const other of [phongTho, labour, lcAdmin])
      expect(await apiError(other.report.save.mutate({ ...KEY, narrative, signerName: 'X' }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    expect(await apiError(muongTe.report.submit.mutate({ ...KEY, signerName: 'Lò Văn Hùng' }))).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'REPORT_INCOMPLETE',
    });
    await muongTe.report.save.mutate({ ...KEY, narrative, signerName: null });
    expect(await state(muongTe)).toBe('draft');
    expect((await muongTe.report.get.query(KEY)).narrative).toEqual(narrative);
  });

  it('submitting freezes the figures: a record approved later changes neither the sent DOCX nor its figures', async () => {
    const sent = await muongTe.report.submit.mutate({ ...KEY, signerName: 'Lò Văn Hùng', number: '15' });
    expect(sent).toMatchObject({ status: 'submitted', number: '15', sequence: 1 });
    expect(await state(labour)).toBe('submitted');
    expect(await apiError(muongTe.report.save.mutate({ ...KEY, narrative, signerName: 'A' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'REPORT_FROZEN',
    });
    const before = await muongTe.report.get.query(KEY);
    firstDocx = (await muongTe.report.download.mutate(KEY)).base64;
    expect(text(firstDocx)).toContain(narrative.results);
    expect(text(firstDocx)).toContain('Lò Văn Hùng');
    expect(text(firstDocx)).not.toContain('[Dự thảo');

    await t.db.activityRecord.create({ data: record('2017-09-10', 'lc-ubnd-107', 1) });
    const after = await muongTe.report.get.query(KEY);
    expect(after.snapshot?.figures).toEqual(before.snapshot?.figures);
    expect(after.snapshot?.figures.find((f) => f.label.endsWith('— Cộng'))?.value).toMatch(/^2 \| 2 lớp/);
    expect((await labour.report.download.mutate(KEY)).base64).toBe(firstDocx);
  });

  it('the lead department returns it with a reason; the district sees why and what changed, corrects, resubmits', async () => {
    expect(await apiError(muongTe.report.accept.mutate(KEY))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await apiError(labour.report.return.mutate({ ...KEY, reason: ' ' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    await labour.report.return.mutate({ ...KEY, reason: 'Thiếu lớp tập huấn tháng 9/2017' });
    expect(await state(muongTe)).toBe('returned');
    const view = await muongTe.report.get.query(KEY);
    expect(view).toMatchObject({ status: 'returned', returnReason: 'Thiếu lớp tập huấn tháng 9/2017' });
    expect(view.may.submit).toBe(true);
    expect(view.changes.some((c) => c.label.endsWith('— Cộng') && c.after?.startsWith('3 | 3 lớp'))).toBe(true);

    await muongTe.report.save.mutate({
      ...KEY,
      narrative: { ...narrative, results: `${narrative.results}\nBổ sung lớp tập huấn tháng 9/2017.` },
      signerName: 'Lò Văn Hùng',
    });
    expect((await muongTe.report.submit.mutate(KEY)).sequence).toBe(2);
    const second = (await muongTe.report.download.mutate(KEY)).base64;
    expect(text(second)).toContain('Bổ sung lớp tập huấn tháng 9/2017.');
    expect(text(firstDocx)).not.toContain('Bổ sung lớp tập huấn');
  });

  it('the lead department accepts it; the history names who did what', async () => {
    await labour.report.accept.mutate(KEY);
    expect(await state(labour)).toBe('accepted');
    expect(await apiError(labour.report.return.mutate({ ...KEY, reason: 'Đã tiếp nhận rồi' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'REPORT_NOT_SUBMITTED',
    });
    // A province admin's paper-submission mark cannot undo or overwrite an accepted report.
    expect(await apiError(lcAdmin.report.undoSubmitted.mutate(KEY))).toMatchObject({ code: 'CONFLICT' });
    expect(await apiError(lcAdmin.report.markSubmitted.mutate(KEY))).toMatchObject({ code: 'CONFLICT' });
    const { history, may } = await muongTe.report.get.query(KEY);
    expect(may).toEqual({ edit: false, submit: false, decide: false });
    expect(history.map((h) => h.action)).toEqual(['save', 'submit', 'return', 'save', 'submit', 'accept']);
    expect(history[2]).toMatchObject({ actionLabel: 'Trả lại', reason: 'Thiếu lớp tập huấn tháng 9/2017' });
    expect(history.every((h) => h.userName.startsWith('Test '))).toBe(true);
    // The next report of Mường Tè starts with the same signer.
    const next = await muongTe.report.get.query({ ...KEY, ruleId: 'lc2228-r-half-yearly', period: '2018-H1' });
    expect(next).toMatchObject({ status: null, signerName: 'Lò Văn Hùng' });
    const audited = await t.db.auditLog.findMany({
      where: { action: { in: ['report.save', 'report.submit', 'report.return', 'report.accept'] } },
    });
    expect(audited).toHaveLength(6);
  });

  it('compiles the province report from the accepted reports: attributed, totalled, the missing named', async () => {
    expect(
      await apiError(phongTho.report.compile.mutate({ planId: 'lc2228', ruleId: KEY.ruleId, period: '2017' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const file = await labour.report.compile.mutate({
      planId: 'lc2228',
      ruleId: 'lc2228-r-yearly',
      period: '2017',
      signerName: 'Nguyễn Thị Lan',
      number: '40',
      date: '2018-01-25',
    });
    const body = text(file.base64);
    expect(body).toContain('Đã tiếp nhận 1/9 báo cáo');
    expect(body).toContain('Theo Báo cáo số 15');
    expect(body).toContain('của Ủy ban nhân dân huyện Mường Tè');
    expect(body).toContain('Bổ sung lớp tập huấn tháng 9/2017.');
    expect(body).toMatch(/Chưa có báo cáo được tiếp nhận[^.]*Ủy ban nhân dân huyện Phong Thổ/);
    expect(body).toContain(`Ủy ban nhân dân huyện Mường Tè: ${narrative.difficulties}`);

    // Never skipped: LibreOffice and pdftotext are test requirements (README).
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    expect(soffice, 'LibreOffice is missing: apt-get install -y libreoffice-writer-nogui').toBeDefined();
    const sent = await muongTe.report.download.mutate(KEY);
    const { snapshot } = await muongTe.report.get.query(KEY);
    const dir = mkdtempSync(join(tmpdir(), 'pcmbn-lifecycle-'));
    try {
      writeFileSync(join(dir, 'sent.docx'), Buffer.from(sent.base64, 'base64'));
      writeFileSync(join(dir, 'compiled.docx'), Buffer.from(file.base64, 'base64'));
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'sent.docx'),
          join(dir, 'compiled.docx'),
        ],
        { timeout: 240_000, stdio: 'ignore' },
      );
      for (const name of ['sent', 'compiled']) {
        execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
        const pdf = readFileSync(join(dir, `${name}.txt`), 'utf8');
        const lines = pdf.split('\n');
        expect(
          lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
          name,
        ).toBe(true);
        expect(pdf).not.toContain('[Dự thảo');
        expect(pdf).not.toContain('DỰ THẢO');
        // The sent report's figures are the frozen snapshot's: its "Cộng" row, 3 classes.
        const total = snapshot?.figures.find((f) => f.label.endsWith('— Cộng'))?.value ?? '';
        expect(total).toMatch(/^3 \| 3 lớp/);
        expect(pdf.replace(/\s+/g, ' ')).toContain('3 lớp');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('Trà Vinh: a district committee reports to the information department', () => {
  it('Càng Long writes and submits its 2019 report; Sở TT&TT accepts it and compiles with it', async () => {
    const as = async (fields: Parameters<typeof createUser>[1]) =>
      (await signIn(t, (await createUser(t.db, fields)).email)).api;
    const cangLong = await as({ role: 'district_officer', scopeAreaCode: '844', agencyId: 'tv-ubnd-844' });
    const stttt = await as({ role: 'agency_officer', scopeAreaCode: '84', agencyId: 'tv-stttt' });
    const key = { planId: 'tv651', ruleId: 'tv651-r-yearly', period: '2019', agencyId: 'tv-ubnd-844' };
    expect((await cangLong.report.get.query(key)).may.submit).toBe(true);
    await cangLong.report.submit.mutate({
      ...key,
      narrative: { results: 'Tổ chức tuyên truyền tại các xã.', difficulties: '', proposals: '' },
      signerName: 'Thạch Sơn',
    });
    await stttt.report.accept.mutate(key);
    expect((await stttt.report.get.query(key)).status).toBe('accepted');
    const file = await stttt.report.compile.mutate({ planId: 'tv651', ruleId: 'tv651-r-yearly', period: '2019' });
    expect(text(file.base64)).toContain('của Ủy ban nhân dân huyện Càng Long');
  });
});
