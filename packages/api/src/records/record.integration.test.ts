import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

// Lai Châu 2228 (2016 structure): 106 Huyện Tam Đường (03394 Xã Thèn Sin, 03397 Xã Sùng Phài), 107 Huyện Mường Tè,
// 109 Huyện Phong Thổ (03549 Thị trấn Phong Thổ).
const PLAN = 'lc2228';
const EVENT = 'lc2228-a-2017-2-1-3'; // community_event
const base = {
  planId: PLAN,
  activityId: EVENT,
  date: '2017-05-10',
  areaCode: '03394',
  quantity: 1,
  reached: { total: 120, women: 70, children: 10 },
};

let t: AuthTestApi;
let uploadDir: string;
let admin: { id: string; api: ApiClient; token: string };
let officer106: { id: string; api: ApiClient; token: string };
let officer107: { id: string; api: ApiClient; token: string };
let viewer: { id: string; api: ApiClient; token: string };

async function user(role: 'province_admin' | 'district_officer' | 'viewer', scopeAreaCode: string) {
  const u = await createUser(t.db, { role, scopeAreaCode });
  const s = await signIn(t, u.email);
  return { id: u.id, ...s };
}

beforeAll(async () => {
  uploadDir = await mkdtemp(join(tmpdir(), 'pcmbn-uploads-'));
  process.env.PCMBN_UPLOAD_DIR = uploadDir;
  t = await startAuthTestApi();
  admin = await user('province_admin', '12');
  officer106 = await user('district_officer', '106');
  officer107 = await user('district_officer', '107');
  viewer = await user('viewer', '12');
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

const count = () => t.db.activityRecord.count();

describe('record.create', () => {
  it('stores a draft from the domain-checked fields, typed by its activity, and audits it', async () => {
    const r = await officer106.api.record.create.mutate(base);
    expect(r).toMatchObject({
      status: 'draft',
      type: 'community_event',
      areaName: 'Xã Thèn Sin',
      areaParentName: 'Huyện Tam Đường',
      version: 1,
      createdById: officer106.id,
    });
    expect(r.can).toMatchObject({ edit: true, submit: true, delete: true, approve: false });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'record.create', entityId: r.id } });
    expect(audit).toMatchObject({ userId: officer106.id, entity: 'record' });
    expect(audit.after).toMatchObject({ areaCode: '03394', status: 'draft', date: '2017-05-10' });
  });

  it('refuses bad fields with a message per field, and stores nothing', async () => {
    const before = await count();
    const future = await apiError(officer106.api.record.create.mutate({ ...base, date: '2099-01-01' }));
    expect(future).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
    expect(future.fields[0]).toMatchObject({ path: 'date' });
    expect(future.fields[0]?.vi).toMatch(/chưa đến/);
    const outside = await apiError(officer106.api.record.create.mutate({ ...base, date: '2016-01-01' }));
    expect(outside.fields[0]?.vi).toMatch(/ngoài thời gian thực hiện kế hoạch \(09\/11\/2016 – 31\/12\/2018\)/);
    const many = await apiError(
      officer106.api.record.create.mutate({
        ...base,
        activityId: 'tv651-a-iii-2a-1',
        areaCode: '99999',
        reached: { total: 5, women: 6 },
      }),
    );
    expect(many.fields.map((f) => f.path).sort()).toEqual(['activityId', 'areaCode', 'reached.women']);
    const mismatch = await apiError(officer106.api.record.create.mutate({ ...base, type: 'leaflet' }));
    expect(mismatch.fields).toEqual([expect.objectContaining({ path: 'type' })]);
    const zod = await apiError(officer106.api.record.create.mutate({ ...base, date: '10/05/2017', quantity: -1 }));
    expect([...new Set(zod.fields.map((f) => f.path))].sort()).toEqual(['date', 'quantity']);
    const trav = await apiError(officer106.api.record.create.mutate({ ...base, areaCode: '84' }));
    expect(trav.fields[0]?.path).toBe('areaCode');
    expect(await count()).toBe(before);
  });

  it('refuses a commune of another district, and a viewer, as forbidden', async () => {
    const before = await count();
    const other = await apiError(officer106.api.record.create.mutate({ ...base, areaCode: '03549' }));
    expect(other).toMatchObject({ httpStatus: 403, appCode: 'FORBIDDEN' });
    expect(other.messages.vi).toMatch(/không có quyền/);
    expect((await apiError(viewer.api.record.create.mutate(base))).httpStatus).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('record.get and record.list', () => {
  it('an officer of another district can neither open nor list the record', async () => {
    const r = await officer106.api.record.create.mutate(base);
    const denied = await apiError(officer107.api.record.get.query({ id: r.id }));
    // Issue 12: a record the caller may not read answers like a missing id.
    expect(denied).toMatchObject({ httpStatus: 404, appCode: 'NOT_FOUND' });
    expect(denied.messages.vi).toMatch(/Không tìm thấy/);
    const list107 = await officer107.api.record.list.query({ planId: PLAN });
    expect(list107.items.some((i) => i.id === r.id)).toBe(false);
    expect((await officer106.api.record.get.query({ id: r.id })).attachments).toEqual([]);
    expect((await viewer.api.record.get.query({ id: r.id })).can.edit).toBe(false);
    expect(
      (await apiError(officer106.api.record.get.query({ id: '00000000-0000-0000-0000-000000000000' }))).httpStatus,
    ).toBe(404);
  });

  it('filters by area with its descendants, status, type, dates and author; pages with a total', async () => {
    await officer106.api.record.create.mutate({ ...base, areaCode: '03397', date: '2017-06-01' });
    await admin.api.record.create.mutate({ ...base, areaCode: '03549', date: '2017-07-01' });
    const district = await admin.api.record.list.query({ areaCode: '106' });
    expect(district.total).toBeGreaterThanOrEqual(3);
    expect(district.items.every((i) => ['03394', '03397'].includes(i.areaCode))).toBe(true);
    const commune = await admin.api.record.list.query({ areaCode: '03397' });
    expect(commune.items.map((i) => i.areaCode)).toEqual(['03397']);
    const mine = await admin.api.record.list.query({ createdByMe: true });
    expect(mine.items.map((i) => i.areaCode)).toEqual(['03549']);
    const dated = await admin.api.record.list.query({ from: '2017-06-01', to: '2017-06-30' });
    expect(dated.items.map((i) => i.date)).toEqual(['2017-06-01']);
    expect((await admin.api.record.list.query({ type: 'leaflet' })).total).toBe(0);
    expect((await admin.api.record.list.query({ status: ['approved'] })).total).toBe(0);
    const page1 = await admin.api.record.list.query({ pageSize: 2, page: 1 });
    const page2 = await admin.api.record.list.query({ pageSize: 2, page: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]!.date >= page1.items[1]!.date).toBe(true);
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(
      page1.items.length + page2.items.length,
    );
    const scoped = await officer106.api.record.list.query({});
    expect(scoped.items.every((i) => i.areaParentName === 'Huyện Tam Đường')).toBe(true);
    expect((await apiError(officer106.api.record.list.query({ pageSize: 1000 }))).fields[0]?.path).toBe('pageSize');
  });
});

describe('record.update and record.delete', () => {
  it('updates a draft with its version; a stale version is a conflict and changes nothing', async () => {
    const r = await officer106.api.record.create.mutate(base);
    const updated = await officer106.api.record.update.mutate({
      id: r.id,
      version: r.version,
      date: '2017-05-11',
      areaCode: '03397',
      activityId: EVENT,
      note: 'Nói chuyện chuyên đề',
    });
    expect(updated).toMatchObject({ version: 2, areaCode: '03397', reached: null, note: 'Nói chuyện chuyên đề' });
    const stale = await apiError(
      officer106.api.record.update.mutate({
        id: r.id,
        version: 1,
        date: '2017-05-12',
        areaCode: '03397',
        activityId: EVENT,
      }),
    );
    expect(stale).toMatchObject({ httpStatus: 409, appCode: 'VERSION_CONFLICT' });
    expect((await t.db.activityRecord.findUniqueOrThrow({ where: { id: r.id } })).date.toISOString()).toMatch(
      /^2017-05-11/,
    );
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'record.update', entityId: r.id } });
    expect(audit.before).toMatchObject({ areaCode: '03394' });
    expect(audit.after).toMatchObject({ areaCode: '03397', version: 2 });
    expect(
      (
        await apiError(
          officer107.api.record.update.mutate({
            id: r.id,
            version: 2,
            date: '2017-05-12',
            areaCode: '03397',
            activityId: EVENT,
          }),
        )
      ).httpStatus,
    ).toBe(404);
    expect(
      (
        await apiError(
          officer106.api.record.update.mutate({
            id: r.id,
            version: 2,
            date: '2017-05-12',
            areaCode: '03549',
            activityId: EVENT,
          }),
        )
      ).httpStatus,
    ).toBe(403);
  });

  it('deletes a draft only, audited; a submitted record cannot be deleted or edited', async () => {
    const r = await officer106.api.record.create.mutate(base);
    const s = await officer106.api.record.submit.mutate({ id: r.id, version: 1 });
    expect((await apiError(officer106.api.record.delete.mutate({ id: r.id, version: s.version }))).appCode).toBe(
      'RECORD_NOT_DELETABLE',
    );
    expect(
      (await apiError(officer106.api.record.update.mutate({ id: r.id, version: s.version, ...base }))).appCode,
    ).toBe('RECORD_NOT_EDITABLE');
    const d = await officer106.api.record.create.mutate(base);
    expect((await apiError(officer107.api.record.delete.mutate({ id: d.id, version: 1 }))).httpStatus).toBe(404);
    await officer106.api.record.delete.mutate({ id: d.id, version: 1 });
    expect(await t.db.activityRecord.findUnique({ where: { id: d.id } })).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: 'record.delete', entityId: d.id } })).toBe(1);
  });
});

describe('workflow', () => {
  it('draft → submitted → approved by the province admin; never by its own author', async () => {
    const r = await officer106.api.record.create.mutate(base);
    expect((await apiError(admin.api.record.approve.mutate({ id: r.id, version: 1 }))).appCode).toBe(
      'RECORD_TRANSITION_INVALID',
    );
    const s = await officer106.api.record.submit.mutate({ id: r.id, version: 1 });
    expect(s).toMatchObject({ status: 'submitted', version: 2 });
    expect((await apiError(officer106.api.record.approve.mutate({ id: r.id, version: 2 }))).messages.vi).toMatch(
      /tự duyệt/,
    );
    expect((await apiError(officer107.api.record.approve.mutate({ id: r.id, version: 2 }))).httpStatus).toBe(404);
    expect((await apiError(viewer.api.record.approve.mutate({ id: r.id, version: 2 }))).httpStatus).toBe(403);
    const a = await admin.api.record.approve.mutate({ id: r.id, version: 2 });
    expect(a).toMatchObject({ status: 'approved', version: 3 });
    expect(a.approvedAt).toBeInstanceOf(Date);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'record.approve', entityId: r.id } });
    expect(audit).toMatchObject({
      userId: admin.id,
      before: expect.objectContaining({ status: 'submitted' }),
      after: expect.objectContaining({ status: 'approved' }),
    });
    expect(
      (await apiError(admin.api.record.reject.mutate({ id: r.id, version: 3, reason: 'Sai số liệu' }))).httpStatus,
    ).toBe(409);
  });

  it('reject needs a reason; the author sees it, corrects the record (back to draft) and resubmits', async () => {
    const r = await officer106.api.record.create.mutate(base);
    await officer106.api.record.submit.mutate({ id: r.id, version: 1 });
    const noReason = await apiError(admin.api.record.reject.mutate({ id: r.id, version: 2, reason: ' ' }));
    expect(noReason.fields[0]?.path).toBe('reason');
    await admin.api.record.reject.mutate({ id: r.id, version: 2, reason: 'Thiếu ảnh buổi nói chuyện' });
    const seen = await officer106.api.record.get.query({ id: r.id });
    expect(seen).toMatchObject({ status: 'rejected', reason: 'Thiếu ảnh buổi nói chuyện', version: 3 });
    expect(seen.can).toMatchObject({ edit: true, submit: true, delete: false });
    const fixed = await officer106.api.record.update.mutate({ ...base, id: r.id, version: 3, quantity: 2 });
    expect(fixed.status).toBe('draft');
    expect((await officer106.api.record.submit.mutate({ id: r.id, version: fixed.version })).status).toBe('submitted');
  });

  it('bulk actions are all or nothing', async () => {
    const rs = await Promise.all([1, 2, 3].map(() => officer106.api.record.create.mutate(base)));
    const submitted = await officer106.api.record.submitMany.mutate({
      items: rs.map((r) => ({ id: r.id, version: 1 })),
    });
    expect(submitted.items.map((i) => i.status)).toEqual(['submitted', 'submitted', 'submitted']);
    const stale = await apiError(
      admin.api.record.approveMany.mutate({
        items: [
          { id: rs[0]!.id, version: 2 },
          { id: rs[1]!.id, version: 1 },
          { id: rs[2]!.id, version: 2 },
        ],
      }),
    );
    expect(stale).toMatchObject({ httpStatus: 409, appCode: 'VERSION_CONFLICT' });
    expect(stale.messages.vi).toMatch(/Kết quả thứ 2\/3.*Không kết quả nào được thay đổi/);
    expect(await t.db.activityRecord.count({ where: { id: { in: rs.map((r) => r.id) }, status: 'approved' } })).toBe(0);
    expect(
      (await apiError(admin.api.record.rejectMany.mutate({ items: [{ id: rs[0]!.id, version: 2 }], reason: '' })))
        .fields[0]?.path,
    ).toBe('reason');
    const approved = await admin.api.record.approveMany.mutate({ items: rs.map((r) => ({ id: r.id, version: 2 })) });
    expect(approved.items.every((i) => i.status === 'approved')).toBe(true);
    expect(
      await t.db.auditLog.count({ where: { action: 'record.approve', entityId: { in: rs.map((r) => r.id) } } }),
    ).toBe(3);
  });
});

async function upload(token: string | null, path: string, body: Uint8Array | string, name?: string) {
  const url = `${t.server.url}${path}${name ? `?name=${encodeURIComponent(name)}` : ''}`;
  return fetch(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : Buffer.from(body),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('record.import', () => {
  const header = 'Ngày,Mã hoạt động,Địa bàn,Số lượng,Số người được tiếp cận,Phụ nữ,Ghi chú';
  const good = [
    header,
    `10/05/2017,${EVENT},Thèn Sin,1,100,60,Buổi 1`,
    `11/05/2017,${EVENT},03397,1,80,40,Buổi 2`,
  ].join('\r\n');
  const bad = [header, `10/05/2017,${EVENT},Then Sin,1,100,60,`, `31/02/2017,${EVENT},03397,1,80,90,`].join('\n');

  async function uploaded(token: string, text: string | Uint8Array, name = 'ket-qua.csv'): Promise<string> {
    const res = await upload(token, '/files/imports', text, name);
    expect(res.status).toBe(201);
    return ((await res.json()) as { uploadId: string }).uploadId;
  }

  it('a file with a bad row: preview lists the row errors, commit refuses it, nothing is inserted', async () => {
    const before = await count();
    const id = await uploaded(officer106.token, bad);
    const preview = await officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: true });
    expect(preview.ok).toBe(false);
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'DATE_INVALID'],
      [3, 'REACHED_EXCEEDS_TOTAL'],
    ]);
    expect(preview.errors[0]!.message).toMatch(/^Dòng 3: ngày “31\/02\/2017” không hợp lệ/);
    const commit = await apiError(officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: false }));
    expect(commit).toMatchObject({ httpStatus: 400, appCode: 'IMPORT_INVALID' });
    expect(commit.fields[0]?.path).toBe('rows.3');
    expect(await count()).toBe(before);
    expect(await t.db.recordImport.count()).toBe(0);
  });

  it('a row outside the officer’s district is refused as a row error', async () => {
    const id = await uploaded(officer106.token, [header, `10/05/2017,${EVENT},03549,1,,,`].join('\n'));
    const preview = await officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: true });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, code: 'AREA_FORBIDDEN' })]);
  });

  it('a good file previews, then imports every row as drafts of one RecordImport; the upload is consumed', async () => {
    const before = await count();
    const id = await uploaded(officer106.token, good);
    const preview = await officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: true });
    expect(preview).toMatchObject({ ok: true, rowCount: 2, inserted: 0 });
    expect(preview.preview.map((p) => p.areaName)).toEqual(['Xã Thèn Sin', 'Xã Sùng Phài']);
    expect(await count()).toBe(before);
    expect(
      (await apiError(officer107.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: false }))).appCode,
    ).toBe('UPLOAD_NOT_FOUND');
    const done = await officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: false });
    expect(done).toMatchObject({ ok: true, inserted: 2 });
    const rows = await t.db.activityRecord.findMany({ where: { importId: done.importId! } });
    expect(rows.map((r) => r.status)).toEqual(['draft', 'draft']);
    expect(rows.every((r) => r.createdById === officer106.id)).toBe(true);
    expect(await t.db.recordImport.findUniqueOrThrow({ where: { id: done.importId! } })).toMatchObject({
      rowCount: 2,
      fileName: 'ket-qua.csv',
    });
    expect(
      await t.db.auditLog.count({
        where: { action: 'record.import', entity: 'record', entityId: { in: rows.map((r) => r.id) } },
      }),
    ).toBe(2);
    expect(
      (await apiError(officer106.api.record.import.mutate({ planId: PLAN, uploadId: id, dryRun: false }))).appCode,
    ).toBe('UPLOAD_NOT_FOUND');
  });

  it('reads XLSX (date cells and numbers) and semicolon CSV with a BOM', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KQ');
    ws.addRow(['Ngày', 'Mã hoạt động', 'Địa bàn', 'Số lượng']);
    ws.addRow([new Date(Date.UTC(2017, 4, 10)), EVENT, 'Xã Thèn Sin', 3]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const fromXlsx = await officer106.api.record.import.mutate({
      planId: PLAN,
      uploadId: await uploaded(officer106.token, xlsx, 'kq.xlsx'),
      dryRun: true,
    });
    expect(fromXlsx.preview).toEqual([expect.objectContaining({ date: '2017-05-10', areaCode: '03394', quantity: 3 })]);
    const semi = `\uFEFFNgày;Mã hoạt động;Địa bàn\n10/05/2017;${EVENT};03394\n`;
    const fromSemi = await officer106.api.record.import.mutate({
      planId: PLAN,
      uploadId: await uploaded(officer106.token, semi),
      dryRun: true,
    });
    expect(fromSemi.ok).toBe(true);
    const notXlsx = await apiError(
      officer106.api.record.import.mutate({
        planId: PLAN,
        uploadId: await uploaded(officer106.token, 'abc', 'x.xlsx'),
        dryRun: true,
      }),
    );
    expect(notXlsx).toMatchObject({ httpStatus: 400, appCode: 'FILE_TYPE' });
  });

  it('serves the template as CSV and XLSX with the domain columns', async () => {
    const csv = await fetch(`${t.server.url}/files/record-import-template.csv`);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="mau-nhap-ket-qua.csv"/);
    expect((await csv.text()).replace(/^\uFEFF/, '')).toMatch(/^Ngày,Mã hoạt động,Loại hoạt động,Địa bàn,Số lượng/);
    const xlsx = await fetch(`${t.server.url}/files/record-import-template.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets[0]!.getRow(1).getCell(4).value).toBe('Địa bàn');
  });

  it('refuses an import upload without a session or of another type', async () => {
    expect((await upload(null, '/files/imports', good, 'a.csv')).status).toBe(401);
    expect((await upload(officer106.token, '/files/imports', good, 'a.exe')).status).toBe(415);
  });
});

describe('attachments', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  const pdf = new TextEncoder().encode('%PDF-1.4\n%…\n');

  it('stores a photo and a PDF with sha256, served back only to readers, with disposition and nosniff', async () => {
    const r = await officer106.api.record.create.mutate(base);
    const res = await upload(officer106.token, `/files/records/${r.id}/attachments`, png, 'Ảnh buổi nói chuyện.png');
    expect(res.status).toBe(201);
    const a = (await res.json()) as { id: string; mimeType: string; sha256: string; size: number };
    expect(a).toMatchObject({ mimeType: 'image/png', size: 16 });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(officer106.token, `/files/records/${r.id}/attachments`, pdf, 'bien-ban.pdf')).status).toBe(
      201,
    );
    const detail = await officer106.api.record.get.query({ id: r.id });
    expect(detail.attachments.map((x) => x.fileName)).toEqual(['Ảnh buổi nói chuyện.png', 'bien-ban.pdf']);
    const get = (token: string | null) =>
      fetch(`${t.server.url}/files/attachments/${a.id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const ok = await get(admin.token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Anh buoi noi chuyen.png"; filename\*=UTF-8''%E1%BA%A2nh/,
    );
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(png);
    const denied = await get(officer107.token);
    expect(denied.status).toBe(404);
    expect(((await denied.json()) as { error: { messages: { vi: string } } }).error.messages.vi).toMatch(
      /Không tìm thấy/,
    );
    expect((await get(null)).status).toBe(401);
    expect((await upload(officer107.token, `/files/records/${r.id}/attachments`, png, 'x.png')).status).toBe(404);
    expect(
      await t.db.auditLog.count({ where: { action: 'record.attachmentAdd', userId: officer106.id } }),
    ).toBeGreaterThanOrEqual(2);
    // Removing is audited and deletes the file.
    await officer106.api.record.attachmentDelete.mutate({ id: a.id });
    expect((await get(admin.token)).status).toBe(404);
  });

  it('refuses a file by its content, not its name, and one over the size limit', async () => {
    const r = await officer106.api.record.create.mutate(base);
    const fake = await upload(
      officer106.token,
      `/files/records/${r.id}/attachments`,
      '<script>alert(1)</script>',
      'anh.jpg',
    );
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as { error: { appCode: string } }).error.appCode).toBe('FILE_TYPE_NOT_ALLOWED');
    process.env.PCMBN_MAX_UPLOAD_MB = '0.001';
    try {
      const big = await upload(
        officer106.token,
        `/files/records/${r.id}/attachments`,
        new Uint8Array(2000).fill(0xff),
        'big.jpg',
      );
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: { messages: { vi: string } } }).error.messages.vi).toMatch(/Tệp quá lớn/);
    } finally {
      delete process.env.PCMBN_MAX_UPLOAD_MB;
    }
    expect(await t.db.attachment.count({ where: { recordId: r.id } })).toBe(0);
    const s = await officer106.api.record.submit.mutate({ id: r.id, version: 1 });
    expect(s.can.attach).toBe(false);
    expect((await upload(officer106.token, `/files/records/${r.id}/attachments`, png, 'x.png')).status).toBe(409);
  });
});
