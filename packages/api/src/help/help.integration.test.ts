import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { HELP_SUBMIT_LIMIT } from '../routers/help.js';
import { DEFAULT_RETENTION, runRetention } from '../server/retention.js';
import { RECEIPT_PATTERN } from './receipt.js';

let api: AuthTestApi;
beforeAll(async () => {
  api = await startAuthTestApi();
});
afterAll(() => api.close());

const submit = (input: Record<string, unknown>, ip = freshIp()) =>
  client(api, { ip }).help.submit.mutate({ provinceCode: '12', message: 'Tôi bị giữ giấy tờ', ...input });

async function deskOf(fields: Parameters<typeof createUser>[1]) {
  const user = await createUser(api.db, fields);
  return (await signIn(api, user.email)).api;
}

describe('help.submit', () => {
  it('stores only the request’s fields — no address, no audit row — and answers a receipt', async () => {
    const ip = freshIp();
    const { receipt } = await submit(
      {
        message: '  Chị tôi bị đưa sang biên giới  ',
        contactPhone: '090 123.45-67',
        safeTime: 'sau 21 giờ',
        lang: 'km',
      },
      ip,
    );
    expect(receipt).toMatch(RECEIPT_PATTERN);
    const row = await api.db.helpRequest.findUniqueOrThrow({ where: { receipt } });
    expect(Object.keys(row).sort()).toEqual(
      [
        'contactPhone',
        'createdAt',
        'handledAt',
        'handledById',
        'handledNote',
        'id',
        'lang',
        'message',
        'provinceCode',
        'receipt',
        'safeTime',
      ].sort(),
    );
    expect(row).toMatchObject({
      provinceCode: '12',
      message: 'Chị tôi bị đưa sang biên giới',
      contactPhone: '0901234567',
      safeTime: 'sau 21 giờ',
      lang: 'km',
      handledAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(ip);
    expect(await api.db.auditLog.count({ where: { ip } })).toBe(0);
    expect(await api.db.auditLog.count({ where: { action: 'help.submit' } })).toBe(0);
  });

  it('blank optional fields are stored as none', async () => {
    const { receipt } = await submit({ contactPhone: '', safeTime: '   ' });
    expect(await api.db.helpRequest.findUniqueOrThrow({ where: { receipt } })).toMatchObject({
      contactPhone: null,
      safeTime: null,
      lang: 'vi',
    });
  });

  it('a filled honeypot gets a receipt and nothing is stored', async () => {
    const before = await api.db.helpRequest.count();
    const { receipt } = await submit({ message: 'buy cheap pills', website: 'http://spam.example' });
    expect(receipt).toMatch(RECEIPT_PATTERN);
    expect(await api.db.helpRequest.count()).toBe(before);
    expect(await api.db.helpRequest.count({ where: { receipt } })).toBe(0);
  });

  it('refuses bad input with translated field errors and stores nothing', async () => {
    const before = await api.db.helpRequest.count();
    const empty = await apiError(submit({ message: '   ' }));
    expect(empty.code).toBe('BAD_REQUEST');
    expect(empty.fields).toContainEqual(
      expect.objectContaining({ path: 'message', vi: 'Trường "message": Hãy viết điều bạn cần giúp' }),
    );
    expect(empty.fields.find((f) => f.path === 'message')?.en).toBeTruthy();

    const long = await apiError(submit({ message: 'a'.repeat(2_001) }));
    expect(long.fields).toContainEqual(
      expect.objectContaining({ path: 'message', vi: 'Trường "message": Tin nhắn dài quá 2000 ký tự' }),
    );

    const phone = await apiError(submit({ contactPhone: 'gọi tôi nhé' }));
    expect(phone.fields).toContainEqual(
      expect.objectContaining({ path: 'contactPhone', vi: 'Trường "contactPhone": Số điện thoại chỉ gồm 8–15 chữ số' }),
    );

    // Trà Vinh (84) is part of Vĩnh Long since 01/07/2025: requests go to provinces in force.
    for (const provinceCode of ['99', '84']) {
      const province = await apiError(submit({ provinceCode }));
      expect(province.code).toBe('BAD_REQUEST');
      expect(province.fields).toEqual([
        { path: 'provinceCode', vi: 'Hãy chọn tỉnh, thành phố', en: 'Choose a province' },
      ]);
    }
    expect(await api.db.helpRequest.count()).toBe(before);
  });

  it('is rate-limited per address through the shared limits: ten at once, then refused; another address goes on', async () => {
    const ip = freshIp();
    for (let i = 0; i < HELP_SUBMIT_LIMIT.capacity; i++) await submit({ message: `lần ${i}` }, ip);
    const refused = await apiError(submit({ message: 'lần quá giới hạn' }, ip));
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.messages.vi).toMatch(/Quá nhiều yêu cầu/);
    expect(await api.db.helpRequest.count({ where: { message: 'lần quá giới hạn' } })).toBe(0);
    await expect(submit({ message: 'lần quá giới hạn' })).resolves.toMatchObject({ receipt: expect.any(String) });
  });

  it('tells the public page how long messages are kept', async () => {
    expect(await client(api).help.policy.query()).toEqual({ retentionDays: DEFAULT_RETENTION.helpRequests });
  });
});

describe('the hotline desk', () => {
  it('officers of province A never see province B’s requests; only the desk’s roles read any', async () => {
    const laiChau = await submit({ provinceCode: '12', message: 'Lai Châu: cần giúp' });
    const vinhLong = await submit({ provinceCode: '86', message: 'Vĩnh Long: cần giúp' });

    const admin12 = await deskOf({ role: 'province_admin', scopeAreaCode: '12' });
    const list12 = await admin12.help.list.query();
    const receipts12 = list12.requests.map((r) => r.receipt);
    expect(receipts12).toContain(laiChau.receipt);
    expect(receipts12).not.toContain(vinhLong.receipt);
    expect(list12.requests.every((r) => r.provinceCode === '12')).toBe(true);
    expect(list12.requests.find((r) => r.receipt === laiChau.receipt)?.provinceName).toBe('Tỉnh Lai Châu');
    // Newest first.
    const times = list12.requests.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await apiError(admin12.help.list.query({ provinceCode: '86' }))).code).toBe('FORBIDDEN');

    const police86 = await deskOf({ role: 'agency_officer', scopeAreaCode: '86', agencyId: 'vl-ca' });
    const receipts86 = (await police86.help.list.query()).requests.map((r) => r.receipt);
    expect(receipts86).toContain(vinhLong.receipt);
    expect(receipts86).not.toContain(laiChau.receipt);

    for (const fields of [
      { role: 'agency_officer' as const, scopeAreaCode: '86', agencyId: 'vl-hlhpn' },
      { role: 'viewer' as const, scopeAreaCode: '86' },
      { role: 'district_officer' as const, scopeAreaCode: '84001' },
    ]) {
      const other = await deskOf(fields);
      expect((await apiError(other.help.list.query())).code, JSON.stringify(fields)).toBe('FORBIDDEN');
    }
    // A former province's administrator (Trà Vinh, part of Vĩnh Long since 01/07/2025) reads its own code only.
    const admin84 = await deskOf({ role: 'province_admin', scopeAreaCode: '84' });
    expect((await admin84.help.list.query()).requests).toEqual([]);
  });

  it('marks a request handled with a note, once; audits reads and handling without the message', async () => {
    const { receipt } = await submit({ provinceCode: '12', message: 'Nội dung riêng tư XYZ' });
    const id = (await api.db.helpRequest.findUniqueOrThrow({ where: { receipt } })).id;
    const admin86 = await deskOf({ role: 'province_admin', scopeAreaCode: '86' });
    expect((await apiError(admin86.help.handle.mutate({ id, note: 'đã gọi' }))).code).toBe('NOT_FOUND');

    const user = await createUser(api.db, { role: 'province_admin', scopeAreaCode: '12' });
    const desk = (await signIn(api, user.email)).api;
    const blank = await apiError(desk.help.handle.mutate({ id, note: '  ' }));
    expect(blank.fields).toContainEqual(
      expect.objectContaining({ path: 'note', vi: 'Trường "note": Hãy ghi việc đã làm' }),
    );

    await desk.help.handle.mutate({ id, note: 'Đã gọi lại lúc 21 giờ, chuyển Công an xã' });
    const seen = (await desk.help.list.query({ status: 'handled' })).requests.find((r) => r.receipt === receipt);
    expect(seen).toMatchObject({
      handledByName: 'Test province_admin',
      handledNote: 'Đã gọi lại lúc 21 giờ, chuyển Công an xã',
    });
    expect(seen?.handledAt).toBeInstanceOf(Date);
    expect((await desk.help.list.query({ status: 'open' })).requests.map((r) => r.receipt)).not.toContain(receipt);
    expect((await apiError(desk.help.handle.mutate({ id, note: 'lần nữa' }))).code).toBe('CONFLICT');

    const audits = await api.db.auditLog.findMany({ where: { userId: user.id, action: { startsWith: 'help.' } } });
    expect(audits.map((a) => a.action).sort()).toEqual(['help.handle', 'help.list', 'help.list']);
    expect(JSON.stringify(audits)).not.toContain('XYZ');
    expect(JSON.stringify(audits)).not.toContain('Công an xã');
    expect(audits.find((a) => a.action === 'help.handle')).toMatchObject({ entity: 'helpRequest', entityId: id });
  });

  it('the retention job deletes requests older than the period, handled or not, and keeps the rest', async () => {
    const old = new Date(Date.now() - 31 * 86_400_000);
    await api.db.helpRequest.createMany({
      data: [
        { receipt: 'HG-OLD2-AAAA', provinceCode: '12', message: 'cũ', lang: 'vi', createdAt: old },
        {
          receipt: 'HG-OLD2-BBBB',
          provinceCode: '12',
          message: 'cũ, đã xử lý',
          lang: 'vi',
          createdAt: old,
          handledAt: old,
        },
        { receipt: 'HG-NEW2-CCCC', provinceCode: '12', message: 'mới', lang: 'vi' },
      ],
    });
    const result = await runRetention(api.db, DEFAULT_RETENTION);
    expect(result.deleted.helpRequests).toBe(2);
    const left = await api.db.helpRequest.findMany({
      where: { receipt: { startsWith: 'HG-' } },
      select: { receipt: true },
    });
    expect(left.map((r) => r.receipt)).toContain('HG-NEW2-CCCC');
    expect(left.map((r) => r.receipt)).not.toContain('HG-OLD2-AAAA');
    expect(left.map((r) => r.receipt)).not.toContain('HG-OLD2-BBBB');
  });
});
