import AxeBuilder from '@axe-core/playwright';
import { readyAccount } from '@pcmbn/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { OFFICER_PASSWORD, signIn } from './auth';

/**
 * Issue 19, done when: the field app (/thuc-dia/) with the network cut. A district officer of Huyện Mường Tè signs in
 * once, goes offline, enters 50 records with a photo each at Xã Mù Cả, Xã Ka Lăng and Xã Thu Lũm (Lai Châu 2228's
 * 2018 border conferences), reloads the app offline half way, comes back online; all 50 reach the server exactly once
 * (read back through the API), the one the server refuses as a likely duplicate is shown with its reason, corrected
 * and sent; signing out leaves no database of the app in IndexedDB. On a 390×844 phone, axe clean. The officer goes
 * offline on the very first visit, as soon as the app says it is ready — no reload online first.
 */

const PLAN = 'lc2228';
const CONFERENCE = 'lc2228-a-2018-3-1-5';
const COMMUNES = ['03451', '03439', '03436']; // Xã Mù Cả, Xã Ka Lăng, Xã Thu Lũm
const TOTAL = 50;
// A 1×1 PNG.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const pad = (n: number) => String(n).padStart(2, '0');
/** Record i (0-based): its own day in March–April 2018; the last one repeats the first (a likely duplicate). */
function entry(i: number) {
  const j = i === TOTAL - 1 ? 0 : i;
  return {
    commune: COMMUNES[j % 3]!,
    date: `${pad(1 + (j % 28))}/${pad(3 + Math.floor(j / 28))}/2018`,
    total: String(40 + j),
    women: String(20 + (j % 20)),
    note: `Hội nghị biên giới số ${i + 1}`,
  };
}

const status = (page: Page, testId: string) => page.getByTestId(testId);
const READY = 'Ứng dụng đã sẵn sàng dùng khi không có mạng.';

async function enter(page: Page, i: number, waitingAfter = i + 1) {
  const e = entry(i);
  await page.getByLabel('Hoạt động').selectOption(CONFERENCE);
  await page.getByLabel('Xã, phường, thị trấn').selectOption(e.commune);
  await page.getByLabel('Ngày thực hiện').fill(e.date);
  await page.getByLabel('Số lượng').fill('1');
  await page.getByLabel('Tổng số người').fill(e.total);
  await page.getByLabel('Trong đó phụ nữ').fill(e.women);
  await page.getByLabel('Ghi chú').fill(e.note);
  await page.getByLabel('Ảnh (JPEG, PNG, WebP)').setInputFiles({
    name: `hoi-nghi-${i + 1}.png`,
    mimeType: 'image/png',
    buffer: PHOTO,
  });
  await page.getByRole('button', { name: /^Lưu vào máy/ }).click();
  await expect(status(page, 'waiting')).toHaveText(`Chờ gửi: ${waitingAfter}`);
}

async function axeClean(page: Page, when: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${when}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const fieldDatabases = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('pcmbn-thuc-dia-')),
  );

const mtOfficer = (prefix: string) =>
  readyAccount({
    prefix,
    role: 'district_officer',
    scopeAreaCode: '107',
    displayName: 'Cán bộ huyện Mường Tè',
    password: OFFICER_PASSWORD,
  });
const phone = { viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' } as const;

test('50 records entered offline in three border communes arrive once; a refused one is corrected; sign-out wipes the device', async ({
  browser,
}) => {
  // Fifty entries, a reload and the sync of 50 records and 50 photos through the stack, on a shared machine.
  test.setTimeout(600_000);
  const officer = await mtOfficer('e2e-field');
  const context = await browser.newContext(phone);
  const page = await context.newPage();

  // The very first visit, no reload: the sign-in sends the officer on to /thuc-dia/, and the app's own persistent
  // status says when it may go offline.
  await signIn(page, officer, '/thuc-dia/');
  await expect(page).toHaveURL(/\/thuc-dia\/$/);
  await expect(page.getByText('Cán bộ: Cán bộ huyện Mường Tè')).toBeVisible();
  await expect(page.getByText(READY)).toBeVisible();
  await axeClean(page, 'online, empty');

  await context.setOffline(true);
  await expect(page.getByText('Không có mạng', { exact: true })).toBeVisible();
  for (let i = 0; i < TOTAL / 2; i++) await enter(page, i);

  // The app starts again with no network: the worker serves the shell, IndexedDB still holds the plans and the queue.
  await page.reload();
  await expect(status(page, 'waiting')).toHaveText(`Chờ gửi: ${TOTAL / 2}`);
  await expect(page.getByText('Không có mạng', { exact: true })).toBeVisible();
  for (let i = TOTAL / 2; i < TOTAL; i++) await enter(page, i);
  await expect(status(page, 'sent')).toHaveText('Đã gửi: 0');
  await axeClean(page, 'offline, 50 waiting');

  await context.setOffline(false);
  await expect(status(page, 'sent')).toHaveText(`Đã gửi: ${TOTAL - 1}`, { timeout: 300_000 });
  await expect(status(page, 'refused')).toHaveText('Bị từ chối: 1');
  await expect(status(page, 'waiting')).toHaveText('Chờ gửi: 0');
  const refused = page.getByRole('region', { name: /Bị từ chối — cần sửa/ });
  await expect(
    refused.getByText(
      /^Lý do: Có thể trùng: bạn đã gửi một kết quả cùng hoạt động, cùng số lượng tại Xã Mù Cả ngày 01\/03\/2018\./,
    ),
  ).toBeVisible();
  await axeClean(page, 'one refused');

  await refused.getByRole('button', { name: /^Sửa kết quả 01\/03\/2018 — Xã Mù Cả/ }).click();
  await expect(page.getByLabel('Ngày thực hiện')).toHaveValue('01/03/2018');
  await page.getByLabel('Ngày thực hiện').fill('15/06/2018');
  await page.getByRole('button', { name: /^Lưu và gửi lại/ }).click();
  await expect(status(page, 'sent')).toHaveText(`Đã gửi: ${TOTAL}`);
  await expect(status(page, 'refused')).toHaveText('Bị từ chối: 0');

  // Exactly once, each with its photo, submitted: read back through the API as the officer.
  const list = await officer.api.record.list.query({ planId: PLAN, createdByMe: true, pageSize: 100 });
  expect(list.total).toBe(TOTAL);
  const notes = list.items.map((r) => r.note);
  expect(new Set(notes).size).toBe(TOTAL);
  expect(notes).toEqual(
    expect.arrayContaining(Array.from({ length: TOTAL }, (_, i) => `Hội nghị biên giới số ${i + 1}`)),
  );
  expect(new Set(list.items.map((r) => r.status))).toEqual(new Set(['submitted']));
  expect(new Set(list.items.map((r) => r.areaName))).toEqual(new Set(['Xã Mù Cả', 'Xã Ka Lăng', 'Xã Thu Lũm']));
  const corrected = list.items.find((r) => r.note === `Hội nghị biên giới số ${TOTAL}`);
  expect(corrected).toMatchObject({ date: '2018-06-15', areaName: 'Xã Mù Cả' });
  const details = await Promise.all(list.items.map((r) => officer.api.record.get.query({ id: r.id })));
  expect(details.map((d) => d.attachments.length)).toEqual(Array.from({ length: TOTAL }, () => 1));

  // Sign-out wipes the officer's database from the device (and ends the console's session).
  expect(await fieldDatabases(page)).toHaveLength(1);
  await page.getByRole('button', { name: /^Đăng xuất khỏi thiết bị/ }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  expect(await fieldDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('pcmbn-thuc-dia-user'))).toBeNull();
  await context.close();
});

test('opened from the console menu on the very first visit, the app is ready offline and opens again offline with its queue', async ({
  browser,
}) => {
  const officer = await mtOfficer('e2e-field-menu');
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, officer);
  // The console's own link: a page of the console opens the field app, never loaded from /thuc-dia/ before.
  await page.getByRole('link', { name: /^Nhập tại thực địa/ }).click();
  await expect(page).toHaveURL(/\/thuc-dia\/$/);
  await expect(page.getByText(READY)).toBeVisible();
  // What the status promises: this page is the worker's, so a reload without a network still opens the app.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(
    /\/service-worker\.js$/,
  );

  await context.setOffline(true);
  for (let i = 0; i < 3; i++) await enter(page, i);
  await page.reload();
  await expect(status(page, 'waiting')).toHaveText('Chờ gửi: 3');
  await expect(page.getByText('Cán bộ: Cán bộ huyện Mường Tè')).toBeVisible();
  await enter(page, 3, 4);

  await context.setOffline(false);
  await expect(status(page, 'sent')).toHaveText('Đã gửi: 4');
  const list = await officer.api.record.list.query({ planId: PLAN, createdByMe: true, pageSize: 100 });
  expect(list.items.map((r) => r.note).sort()).toEqual([1, 2, 3, 4].map((n) => `Hội nghị biên giới số ${n}`));
  await context.close();
});

test('two tabs of the app on one phone: only one sends at a time, and every record arrives once', async ({
  browser,
}) => {
  const officer = await mtOfficer('e2e-field-tabs');
  const context = await browser.newContext(phone);
  const first = await context.newPage();
  await signIn(first, officer, '/thuc-dia/');
  await expect(first.getByText(READY)).toBeVisible();

  await context.setOffline(true);
  const QUEUED = 6;
  for (let i = 0; i < QUEUED; i++) await enter(first, i);
  const second = await context.newPage();
  await second.goto('/thuc-dia/');
  await expect(status(second, 'waiting')).toHaveText(`Chờ gửi: ${QUEUED}`);

  // Every call either tab makes to the field API, in the order the browser reports them: a start, then an end.
  const events: { tab: 'first' | 'second'; at: 'start' | 'end'; op: string; key?: string }[] = [];
  for (const [tab, page] of [
    ['first', first],
    ['second', second],
  ] as const) {
    const op = (url: string) => /\/thuc-dia\/api\/([^/?]+)/.exec(url)?.[1];
    page.on('request', (request) => {
      const name = op(request.url());
      if (!name) return;
      const body = request.postDataJSON() as { record?: { idempotencyKey?: string } } | null;
      events.push({
        tab,
        at: 'start',
        op: name,
        ...(body?.record?.idempotencyKey ? { key: body.record.idempotencyKey } : {}),
      });
    });
    const end = (request: Request) => {
      const name = op(request.url());
      if (name) events.push({ tab, at: 'end', op: name });
    };
    page.on('requestfinished', end);
    page.on('requestfailed', end);
  }

  // Both tabs see the network come back at once, both with the same queue.
  await context.setOffline(false);
  for (const page of [first, second]) {
    await expect(status(page, 'sent')).toHaveText(`Đã gửi: ${QUEUED}`);
    await expect(status(page, 'waiting')).toHaveText('Chờ gửi: 0');
    await expect(page.getByText('Đang gửi…')).toBeHidden();
  }

  // Each record was sent once (one `gui` call per idempotency key, from whichever tab held the queue) …
  const sends = events.filter((e) => e.at === 'start' && e.op === 'gui');
  expect(sends).toHaveLength(QUEUED);
  expect(new Set(sends.map((e) => e.key)).size).toBe(QUEUED);
  // … and the two tabs never had calls in flight at the same time.
  const inFlight = { first: 0, second: 0 };
  const overlaps: string[] = [];
  for (const e of events) {
    inFlight[e.tab] += e.at === 'start' ? 1 : -1;
    if (inFlight.first > 0 && inFlight.second > 0) overlaps.push(`${e.tab} ${e.at} ${e.op}`);
  }
  expect(overlaps).toEqual([]);

  const list = await officer.api.record.list.query({ planId: PLAN, createdByMe: true, pageSize: 100 });
  expect(list.total).toBe(QUEUED);
  expect(new Set(list.items.map((r) => r.note)).size).toBe(QUEUED);
  await context.close();
});
