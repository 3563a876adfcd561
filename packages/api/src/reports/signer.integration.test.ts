import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 13.3: "the signer's title and name come from the agency". A Lai Châu admin sets Mường Tè's committee's
 * signers (effective-dated); the district's 2017 report draft carries the one in force on its date, the officer may
 * change them for one report, and the sent DOCX prints the title lines and the name.
 */
let t: AuthTestApi;
let muongTe: ApiClient;
let lcAdmin: ApiClient;
let tvAdmin: ApiClient;
const KEY = { planId: 'lc2228', ruleId: 'lc2228-r-yearly', period: '2017', agencyId: 'lc-ubnd-107' };
const narrative = {
  results: 'Tổ chức 1 lớp tập huấn về phòng, chống mua bán người tại huyện Mường Tè.',
  difficulties: 'Địa bàn rộng.',
  proposals: 'Không.',
};

const text = (base64: string) =>
  [...strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((x) => x[1]!)
    .join(' ');

beforeAll(async () => {
  t = await startAuthTestApi();
  const as = async (fields: Parameters<typeof createUser>[1]) =>
    (await signIn(t, (await createUser(t.db, fields)).email)).api;
  muongTe = await as({ role: 'district_officer', scopeAreaCode: '107', agencyId: 'lc-ubnd-107' });
  lcAdmin = await as({ role: 'province_admin', scopeAreaCode: '12' });
  tvAdmin = await as({ role: 'province_admin', scopeAreaCode: '84' });
  const commune = await t.db.area.findFirstOrThrow({
    where: { parentCode: '107', level: 'commune', structure: toDbDate('2016-11-09') },
    orderBy: { code: 'asc' },
  });
  await t.db.activityRecord.create({
    data: {
      planId: 'lc2228',
      type: 'training',
      date: toDbDate('2017-05-10'),
      areaCode: commune.code,
      areaStructure: commune.structure,
      quantity: 1,
      status: 'approved',
      agencyId: 'lc-ubnd-107',
    },
  });
});
afterAll(() => t.close());

describe('the signer comes from the agency', () => {
  it('a province admin sets an agency’s signers from a date; checked, scoped and audited', async () => {
    const first = { agencyId: 'lc-ubnd-107', validFrom: '2016-06-01', title: 'KT. Chủ tịch — Phó Chủ tịch' };
    await lcAdmin.agency.signerSet.mutate({ ...first, name: 'Lò Văn Hùng' });
    await lcAdmin.agency.signerSet.mutate({
      agencyId: 'lc-ubnd-107',
      validFrom: '2021-07-01',
      title: 'Chủ tịch',
      name: 'Pờ Diêu Xá',
    });
    expect(await lcAdmin.agency.signers.query({ agencyId: 'lc-ubnd-107' })).toEqual([
      { agencyId: 'lc-ubnd-107', validFrom: '2021-07-01', title: 'Chủ tịch', name: 'Pờ Diêu Xá' },
      { ...first, name: 'Lò Văn Hùng' },
    ]);
    // Trà Vinh's admin does not see Lai Châu's agencies; an officer is no admin; a blank name is refused.
    expect(await apiError(tvAdmin.agency.signerSet.mutate({ ...first, name: 'X' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await apiError(muongTe.agency.signerSet.mutate({ ...first, name: 'X' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await apiError(lcAdmin.agency.signerSet.mutate({ ...first, name: '  ' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    const audit = await t.db.auditLog.findMany({ where: { action: 'agency.signerSet', entityId: 'lc-ubnd-107' } });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.after).toMatchObject({ name: 'Lò Văn Hùng' });
  });

  it('a new draft of the agency’s report carries the signer on its date; the DOCX prints title and name', async () => {
    const view = await muongTe.report.get.query(KEY);
    expect(view).toMatchObject({ signerName: 'Lò Văn Hùng', signerTitle: 'KT. Chủ tịch — Phó Chủ tịch' });
    await muongTe.report.save.mutate({ ...KEY, narrative, signerName: null });
    await muongTe.report.submit.mutate({ ...KEY, number: '7' });
    const docx = text((await muongTe.report.download.mutate(KEY)).base64);
    expect(docx).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect(docx).toContain('Lò Văn Hùng');
    expect(docx).not.toContain('[Dự thảo');
  });

  it('the officer may change title and name for one report; the agency’s signer stays', async () => {
    const key = { ...KEY, period: '2018' };
    await muongTe.report.save.mutate({
      ...key,
      narrative,
      signerName: 'Giàng A Lử',
      signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch thường trực',
    });
    expect(await muongTe.report.get.query(key)).toMatchObject({
      signerName: 'Giàng A Lử',
      signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch thường trực',
    });
    await muongTe.report.submit.mutate({ ...key, number: '8', date: '2018-12-20' });
    const docx = text((await muongTe.report.download.mutate(key)).base64);
    expect(docx).toContain('PHÓ CHỦ TỊCH THƯỜNG TRỰC Giàng A Lử');
    expect((await lcAdmin.agency.signers.query({ agencyId: 'lc-ubnd-107' }))[1]?.name).toBe('Lò Văn Hùng');
    // Removing an entry is scoped and audited too.
    await lcAdmin.agency.signerRemove.mutate({ agencyId: 'lc-ubnd-107', validFrom: '2021-07-01' });
    expect(await lcAdmin.agency.signers.query({ agencyId: 'lc-ubnd-107' })).toHaveLength(1);
  });
});
