import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { storeImportFile } from '../records/storage.js';

/**
 * Issue 12.7: uploads and imports. Each test performs the reported attack: a viewer filling the disk through
 * /files/imports, a zip bomb posing as a workbook, a writer uploading without end.
 */

let t: AuthTestApi;
let uploadDir: string;
let viewer: { id: string; token: string };
let officer: { id: string; token: string; api: ApiClient };

async function user(role: 'province_admin' | 'district_officer' | 'viewer', scopeAreaCode: string) {
  const u = await createUser(t.db, { role, scopeAreaCode });
  return { id: u.id, ...(await signIn(t, u.email)) };
}

async function upload(token: string, body: Uint8Array | string, name: string) {
  return fetch(`${t.server.url}/files/imports?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : Buffer.from(body),
    headers: { authorization: `Bearer ${token}` },
  });
}

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { appCode: string; messages: { vi: string; en: string } } }).error;
}

/** A real workbook (one header row), then its shared strings replaced by `mb` MB of one letter: a valid XLSX
 *  whose sharedStrings.xml inflates to that size but compresses to a few hundred KB. */
async function zipBomb(mb: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Kết quả').addRow(['Ngày', 'Địa bàn', 'Mã hoạt động']);
  const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    if (name === 'xl/sharedStrings.xml') continue;
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(data, true);
  }
  const sst = new ZipDeflate('xl/sharedStrings.xml', { level: 9 });
  zip.add(sst);
  sst.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><sst count="1" uniqueCount="1"><si><t>'));
  const megabyte = new Uint8Array(1024 * 1024).fill(0x41);
  for (let i = 0; i < mb; i++) sst.push(megabyte);
  sst.push(strToU8('</t></si></sst>'), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The same bomb whose central directory claims every entry inflates to 100 bytes: the real size must count. */
function lying(zip: Uint8Array): Uint8Array {
  const out = Buffer.from(zip);
  for (let at = out.length - 46; at >= 0; at--) {
    if (out.readUInt32LE(at) === 0x02014b50) out.writeUInt32LE(100, at + 24);
  }
  return out;
}

/** Import files a user has stored: in PostgreSQL, where every API replica reads them (src/server/file-store.ts),
 *  and none left in the folder. */
async function pendingFiles(userId: string): Promise<number> {
  const onDisk = await readdir(join(uploadDir, 'imports', userId)).catch(() => []);
  expect(onDisk).toEqual([]);
  return t.db.storedFile.count({ where: { path: { startsWith: `imports/${userId}/` } } });
}

beforeAll(async () => {
  uploadDir = await mkdtemp(join(tmpdir(), 'pcmbn-uploads-'));
  process.env.PCMBN_UPLOAD_DIR = uploadDir;
  t = await startAuthTestApi();
  viewer = await user('viewer', '12');
  officer = await user('district_officer', '106');
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

describe('/files/imports', () => {
  it('refuses a viewer before reading the file: 403, nothing stored', async () => {
    const tenMb = new Uint8Array(10 * 1024 * 1024 - 1024).fill(0x61);
    const res = await upload(viewer.token, tenMb, 'ket-qua.csv');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).appCode).toBe('FORBIDDEN');
    expect(await pendingFiles(viewer.id)).toBe(0);
  });

  it('refuses an XLSX zip bomb at upload, cleanly and without inflating it', async () => {
    const bomb = await zipBomb(128);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const res = await upload(officer.token, bomb, 'ket-qua.xlsx');
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.appCode).toBe('IMPORT_FILE_TOO_BIG_UNCOMPRESSED');
    expect(error.messages.vi).toMatch(/giải nén/);
    expect(error.messages.en).toMatch(/uncompressed/);
    expect(await pendingFiles(officer.id)).toBe(0);
  });

  it('refuses a zip bomb already stored (record.import checks again before exceljs)', async () => {
    const uploadId = await storeImportFile(officer.id, 'cu.xlsx', lying(await zipBomb(128)));
    const e = await apiError(officer.api.record.import.mutate({ planId: 'lc2228', uploadId, dryRun: true }));
    expect(e).toMatchObject({ httpStatus: 400, appCode: 'IMPORT_FILE_TOO_BIG_UNCOMPRESSED' });
    expect(e.fields[0]).toMatchObject({ path: 'uploadId' });
  });

  it('refuses a workbook or CSV with too many rows before parsing it', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Kết quả');
    for (let i = 0; i < 25_000; i++) sheet.addRow([i]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await upload(officer.token, xlsx, 'nhieu-dong.xlsx');
    expect(res.status).toBe(413);
    expect((await errorOf(res)).appCode).toBe('IMPORT_TOO_MANY_ROWS');
    const csv = `Ngày,Địa bàn\r\n${'01/01/2017,03394\r\n'.repeat(25_000)}`;
    const resCsv = await upload(officer.token, csv, 'nhieu-dong.csv');
    expect(resCsv.status).toBe(413);
    expect((await errorOf(resCsv)).appCode).toBe('IMPORT_TOO_MANY_ROWS');
  });

  it('a writer has a quota of pending imports: 429 with a clear message once it is used up', async () => {
    const writer = await user('district_officer', '106');
    const nineMb = `Ngày,Địa bàn\r\n${'x'.repeat(9 * 1024 * 1024)}`;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await upload(writer.token, nineMb, `tep-${i}.csv`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 429, 429]);
    const error = await errorOf(last!);
    expect(error.appCode).toBe('IMPORT_QUOTA_EXCEEDED');
    expect(error.messages.vi).toMatch(/24 giờ/);
    expect(error.messages.en).toMatch(/at most 25 MB/);
    expect(await pendingFiles(writer.id)).toBe(2);
  });
});
