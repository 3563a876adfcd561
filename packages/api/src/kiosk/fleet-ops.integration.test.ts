import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';

let t: AuthTestApi;
let admin: ApiClient;
let national: ApiClient;
let communeCode: string;
let districtCode: string;
let otherDistrictCommune: string;

function kiosk(token?: string): ApiClient {
  return createApiClient(t.server.url, {
    headers: token ? { authorization: `Kiosk ${token}` } : {},
    forwardedFor: freshIp(),
  });
}

async function pairedKiosk(areaCode = communeCode, name = 'Nhà văn hóa'): Promise<{ token: string; id: string }> {
  const anon = kiosk();
  const { code, secret } = await anon.kiosk.requestPairing.mutate();
  const paired = await admin.kiosk.pair.mutate({
    code,
    name,
    areaCode,
    contactName: 'Chị Lan',
    contactPhone: '0912 345 678',
  });
  const status = await anon.kiosk.pairingStatus.mutate({ secret });
  if (status.status !== 'paired') throw new Error('not paired');
  return { token: status.token, id: paired.id };
}

const beat = (token: string, extra: { screenshot?: string } = {}) =>
  kiosk(token).kiosk.heartbeat.mutate({ contentVersion: 1, appVersion: '1796231550016', ...extra });

/** A valid 1×1 PNG as a data URL. */
function tinyPng(): string {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  national = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: null })).email)).api;
  // Each code as the newest structure has it (pairing places a kiosk there), in Trà Vinh and under a district.
  const communes = await t.db.$queryRaw<{ code: string; parentCode: string }[]>`
    SELECT code, "parentCode" FROM (
      SELECT DISTINCT ON (code) code, "parentCode", "provinceCode", level FROM "Area" ORDER BY code, structure DESC
    ) newest
    WHERE "provinceCode" = '84' AND level = 'commune' AND "parentCode" IS NOT NULL ORDER BY code`;
  communeCode = communes[0]!.code;
  districtCode = communes[0]!.parentCode;
  otherDistrictCommune = communes.find((c) => c.parentCode !== districtCode)!.code;
});
afterAll(() => t.close());

describe('emergency messages', () => {
  it('reach every kiosk of the area with the next heartbeat, in each language given, until they end; audited', async () => {
    const here = await pairedKiosk();
    const elsewhere = await pairedKiosk(otherDistrictCommune);
    expect((await beat(here.token)).messages).toEqual([]);

    const province = await admin.kiosk.sendMessage.mutate({
      areaCode: '84',
      textVi: 'Bão số 9: mọi người ở trong nhà.',
      textKm: 'ព្យុះ',
      hours: 6,
    });
    const district = await admin.kiosk.sendMessage.mutate({
      areaCode: districtCode,
      textVi: 'Họp dân 19:00',
      hours: 2,
    });

    const mine = (await beat(here.token)).messages;
    expect(mine.map((m) => m.id).sort()).toEqual([province.id, district.id].sort());
    expect(mine.find((m) => m.id === province.id)!.text).toEqual({ vi: 'Bão số 9: mọi người ở trong nhà.', km: 'ព្យុះ' });
    expect((await beat(elsewhere.token)).messages.map((m) => m.id)).toEqual([province.id]);

    await admin.kiosk.endMessage.mutate({ id: province.id });
    expect((await beat(elsewhere.token)).messages).toEqual([]);
    const audit = await t.db.auditLog.findMany({ where: { entityId: province.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['kiosk.sendMessage', 'kiosk.endMessage']);
  });

  it('are refused outside the officer’s scope and without Vietnamese text, in Vietnamese', async () => {
    const other = await apiError(admin.kiosk.sendMessage.mutate({ areaCode: '01', textVi: 'x', hours: 1 }));
    expect(other.appCode).toBe('FORBIDDEN');
    const empty = await apiError(admin.kiosk.sendMessage.mutate({ areaCode: '84', textVi: ' ', hours: 1 }));
    expect(empty.messages.vi).toContain('Cần nội dung thông báo bằng tiếng Việt');
  });
});

describe('remote reload', () => {
  it('is answered to one heartbeat only', async () => {
    const k = await pairedKiosk();
    expect((await beat(k.token)).reload).toBe(false);
    await admin.kiosk.requestReload.mutate({ id: k.id });
    expect((await admin.kiosk.list.query()).devices.find((d) => d.id === k.id)!.reloadPending).toBe(true);
    const answers = await Promise.all([beat(k.token), beat(k.token)]);
    expect(answers.filter((a) => a.reload)).toHaveLength(1);
    expect((await beat(k.token)).reload).toBe(false);
    expect((await admin.kiosk.list.query()).devices.find((d) => d.id === k.id)!.reloadPending).toBe(false);
    expect(await t.db.auditLog.count({ where: { action: 'kiosk.requestReload', entityId: k.id } })).toBe(1);
  });
});

describe('screenshots and whom to call', () => {
  it('keeps a screenshot sent with a heartbeat at most hourly and shows it to officers', async () => {
    const k = await pairedKiosk();
    expect((await beat(k.token)).screenshotDue).toBe(true);
    const first = await beat(k.token, { screenshot: tinyPng() });
    expect(first.screenshotDue).toBe(false);
    const shot = await admin.kiosk.screenshot.query({ id: k.id });
    expect(shot?.mimeType).toBe('image/png');
    expect(`data:image/png;base64,${shot!.base64}`).toBe(tinyPng());
    const at = shot!.at;
    // Within the hour a second one is not kept.
    await beat(k.token, { screenshot: tinyPng() });
    expect((await admin.kiosk.screenshot.query({ id: k.id }))!.at).toEqual(at);
    // Not an image: refused at the edge.
    const bad = await apiError(beat(k.token, { screenshot: 'data:text/html;base64,PGI+' }));
    expect(bad.appCode).toBe('INVALID_INPUT');
  });

  it('flags a kiosk silent longer than the setting, with its contact person', async () => {
    const k = await pairedKiosk();
    await beat(k.token);
    let row = (await admin.kiosk.list.query()).devices.find((d) => d.id === k.id)!;
    expect(row).toMatchObject({ offlineFlagged: false, contactName: 'Chị Lan', contactPhone: '0912 345 678' });
    await t.db.kioskDevice.update({
      where: { id: k.id },
      data: { lastHeartbeatAt: new Date(Date.now() - 61 * 60_000) },
    });
    const list = await admin.kiosk.list.query();
    expect(list.offlineAfterMinutes).toBe(60);
    row = list.devices.find((d) => d.id === k.id)!;
    expect(row.offlineFlagged).toBe(true);
    await admin.kiosk.setContact.mutate({ id: k.id, contactName: 'Anh Sơn', contactPhone: '+84 294 3 111 222' });
    row = (await admin.kiosk.list.query()).devices.find((d) => d.id === k.id)!;
    expect(row).toMatchObject({ contactName: 'Anh Sơn', contactPhone: '+84 294 3 111 222' });
    const bad = await apiError(admin.kiosk.setContact.mutate({ id: k.id, contactName: 'x', contactPhone: 'gọi tôi' }));
    expect(bad.messages.vi).toContain('Số điện thoại');
  });
});

describe('content schedule and audio', () => {
  it('a schedule set by an officer reaches the bundle; a bad window is refused in Vietnamese', async () => {
    const k = await pairedKiosk();
    const item = (await national.kiosk.contentItems.query()).items.find(
      (i) => i.slug === 'ngay-30-thang-7' && i.lang === 'vi',
    )!;
    const schedule = { from: '2026-07-01', to: '2026-08-01', yearly: true };
    await national.kiosk.setSchedule.mutate({ id: item.id, schedule });
    const res = await kiosk(k.token).kiosk.bundle.query({});
    if (res.notModified) throw new Error('expected a bundle');
    expect(res.bundle.articles.find((a) => a.slug === 'ngay-30-thang-7' && a.lang === 'vi')!.schedule).toEqual(
      schedule,
    );
    // National content is the national admin's: a province admin may not schedule it.
    expect((await apiError(admin.kiosk.setSchedule.mutate({ id: item.id, schedule: null }))).appCode).toBe('FORBIDDEN');
    const backwards = await apiError(
      national.kiosk.setSchedule.mutate({
        id: item.id,
        schedule: { from: '2026-08-01', to: '2026-07-01', yearly: false },
      }),
    );
    expect(backwards.messages.vi).toContain('Ngày kết thúc phải sau ngày bắt đầu');
  });

  it('publishing generates Vietnamese audio with espeak-ng, listed in the bundle and served to the kiosk', async () => {
    const k = await pairedKiosk();
    const draft = await admin.content.create.mutate({
      slug: 'nghe-thu',
      lang: 'vi',
      kind: 'article',
      provinceCode: '84',
      title: 'Gọi đường dây nóng',
      body: 'Gọi {{hotline}} miễn phí, mọi lúc.',
      category: 'help',
    });
    const published = await admin.content.publish.mutate({ id: draft.id, version: draft.version });
    expect(published.audio).toBe('generated');
    const res = await kiosk(k.token).kiosk.bundle.query({});
    if (res.notModified) throw new Error('expected a bundle');
    const entry = res.bundle.audio.find((a) => a.slug === 'nghe-thu')!;
    expect(entry).toMatchObject({ kind: 'article', lang: 'vi', part: 'body', source: 'espeak' });
    const file = await kiosk().kiosk.audio.query({ id: entry.id });
    expect(file.mimeType).toBe('audio/wav');
    const wav = Buffer.from(file.base64, 'base64');
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.readUInt16LE(34)).toBe(8);
    // Some seconds of speech at 11,025 bytes a second, not silence.
    expect(wav.length).toBeGreaterThan(11_025);
    expect(new Set(wav.subarray(44)).size).toBeGreaterThan(10);

    // English has no generated voice; an officer's recording is kept over a new publish.
    const en = await admin.content.create.mutate({
      ...{ slug: 'nghe-thu', lang: 'en', kind: 'article' },
      provinceCode: '84',
      title: 'Call',
      body: 'Call.',
    });
    expect((await admin.content.publish.mutate({ id: en.id, version: en.version })).audio).toBe('no_voice');
    const recording = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(200, 1)]);
    await admin.kiosk.uploadAudio.mutate({ id: draft.id, part: 'body', base64: recording.toString('base64') });
    const again = await admin.content.update.mutate({
      id: draft.id,
      version: published.item.version,
      body: 'Gọi {{hotline}}.',
    });
    expect(again.status).toBe('published');
    const rows = await t.db.contentAudio.findMany({ where: { contentId: draft.id } });
    expect(rows.map((r) => [r.part, r.source, r.mimeType])).toEqual([['body', 'upload', 'audio/ogg']]);
    const notAudio = await apiError(
      admin.kiosk.uploadAudio.mutate({ id: draft.id, part: 'body', base64: Buffer.from('<html>').toString('base64') }),
    );
    expect(notAudio.messages.vi).toContain('không phải âm thanh');
  });

  it('publishes a quiz with one audio file per question', async () => {
    const quiz = await admin.content.create.mutate({
      slug: 'hoi-thi-nghe',
      lang: 'vi',
      kind: 'quiz',
      provinceCode: '84',
      title: 'Hội thi',
      data: {
        questions: [
          {
            id: 'q1',
            text: 'Gọi số nào?',
            choices: [
              { id: 'a', text: '111' },
              { id: 'b', text: '999' },
            ],
            answer: 'a',
            explanation: '',
          },
          { id: 'q2', text: 'Ai giúp bạn?', choices: [{ id: 'a', text: 'Công an' }], answer: 'a', explanation: '' },
        ],
      },
    });
    expect((await admin.content.publish.mutate({ id: quiz.id, version: quiz.version })).audio).toBe('generated');
    const parts = await t.db.contentAudio.findMany({ where: { contentId: quiz.id }, orderBy: { part: 'asc' } });
    expect(parts.map((p) => p.part)).toEqual(['q1', 'q2']);
  });
});
