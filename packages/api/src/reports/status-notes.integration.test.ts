import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/**
 * Issue 14 (Also): the report's DOCX prints, under its target table, each status it shows with the domain's sentence
 * and why a target has "no data" (Trà Vinh's high-risk communes carry no tag).
 */
let t: AuthTestApi;
let tvAdmin: ApiClient;
const docXml = (base64: string) => strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!);
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''),
  );

beforeAll(async () => {
  t = await startAuthTestApi();
  tvAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
});
afterAll(() => t.close());

describe('report DOCX status sentences', () => {
  it('says why a target has no data, and what each shown status means', async () => {
    const file = await tvAdmin.report.generate.mutate({
      planId: 'tv651',
      ruleId: 'tv651-r-yearly',
      period: '2019',
      agencyId: 'tv-hlhpn',
      format: 'docx',
    });
    const text = paragraphs(docXml(file.base64));
    expect(
      text.some((p) => /^- Ít nhất 30% số xã.*: Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch/.test(p)),
    ).toBe(true);
    expect(text.some((p) => p.startsWith('- Không đạt: Thời gian thực hiện đã kết thúc'))).toBe(true);
  });
});
