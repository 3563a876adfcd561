import { readyAccount } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { OFFICER_PASSWORD, officerApi, signIn } from './auth';

/**
 * Issue 19, item 4 (domain offline-sync rule 5): a record a reviewer returned is corrected in the field app offline
 * and submitted again. A district officer of Huyện Mường Tè sends a record of Lai Châu 2228's 2018 border conferences
 * at Xã Mù Cả; the province admin returns it with a reason. The officer opens the field app online (the returned
 * record is listed with the reason), goes offline, corrects the number of people reached, reloads offline (the
 * correction is still queued), comes back online: the record is submitted again with the corrected figure, once.
 */

const PLAN = 'lc2228';
const CONFERENCE = 'lc2228-a-2018-3-1-5';
const MU_CA = '03451';
const REASON = 'Thiếu số người tham dự';

test('a returned record corrected offline is submitted again with the correction, once', async ({ browser }) => {
  test.setTimeout(180_000);
  const officer = await readyAccount({
    prefix: 'e2e-field-returned',
    role: 'district_officer',
    scopeAreaCode: '107',
    displayName: 'Cán bộ huyện Mường Tè',
    password: OFFICER_PASSWORD,
  });
  const made = await officer.api.record.create.mutate({
    planId: PLAN,
    activityId: CONFERENCE,
    date: '2018-09-12',
    areaCode: MU_CA,
    quantity: 1,
    reached: { total: 60, aged14to60: 50 },
    note: 'Hội nghị biên giới trả lại',
  });
  const sent = await officer.api.record.submit.mutate({ id: made.id, version: made.version });
  const back = await (await officerApi()).record.reject.mutate({ id: sent.id, version: sent.version, reason: REASON });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await signIn(page, officer, '/thuc-dia/');
  await expect(page).toHaveURL(/\/thuc-dia\/$/);
  await expect(page.getByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.')).toBeVisible();
  const returned = page.getByRole('region', { name: /Bị trả lại — cần sửa/ });
  const item = returned.locator(`li[data-record-id="${made.id}"]`);
  await expect(item).toContainText(`Lý do trả lại: ${REASON}`);
  await expect(item).toContainText('12/09/2018 — Xã Mù Cả');

  await context.setOffline(true);
  await expect(page.getByText('Không có mạng', { exact: true })).toBeVisible();
  await item.getByRole('button', { name: /^Sửa kết quả bị trả lại 12\/09\/2018 — Xã Mù Cả/ }).click();
  await expect(page.getByRole('heading', { name: /^Sửa kết quả bị trả lại/ })).toBeVisible();
  await expect(page.getByLabel('Ngày thực hiện')).toHaveValue('12/09/2018');
  await expect(page.getByLabel('Tổng số người')).toHaveValue('60');
  await page.getByLabel('Tổng số người').fill('85');
  await page.getByLabel('Trong đó phụ nữ').fill('40');
  await page.getByRole('button', { name: /^Lưu và gửi lại/ }).click();
  await expect(page.getByTestId('waiting')).toHaveText('Chờ gửi: 1');
  await expect(item).toBeHidden();

  // Reopened with no network: the correction is still queued, the record no longer offered to correct.
  await page.reload();
  await expect(page.getByTestId('waiting')).toHaveText('Chờ gửi: 1');
  await expect(page.getByText('Không có mạng', { exact: true })).toBeVisible();
  await expect(returned.locator(`li[data-record-id="${made.id}"]`)).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByTestId('sent')).toHaveText('Đã gửi: 1');
  await expect(page.getByTestId('waiting')).toHaveText('Chờ gửi: 0');
  await expect(page.getByTestId('refused')).toHaveText('Bị từ chối: 0');

  // On the server: the same record (no second one), corrected once (one edit, one new submission), submitted.
  const record = await officer.api.record.get.query({ id: made.id });
  expect(record).toMatchObject({
    status: 'submitted',
    version: back.version + 2,
    reached: { total: 85, women: 40, aged14to60: 50 },
    date: '2018-09-12',
  });
  const mine = await officer.api.record.list.query({ planId: PLAN, createdByMe: true, pageSize: 100 });
  expect(mine.total).toBe(1);
  const events = record.history.map((h) => h.action);
  expect(events.filter((a) => a === 'edited')).toHaveLength(1);
  expect(events.filter((a) => a === 'submitted')).toHaveLength(2);
  await context.close();
});

test('a correction of a record changed elsewhere meanwhile comes back refused with the reason, still editable', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const officer = await readyAccount({
    prefix: 'e2e-field-returned-conflict',
    role: 'district_officer',
    scopeAreaCode: '107',
    displayName: 'Cán bộ huyện Mường Tè',
    password: OFFICER_PASSWORD,
  });
  const fields = { activityId: CONFERENCE, date: '2018-09-14', areaCode: MU_CA, quantity: 1 };
  const made = await officer.api.record.create.mutate({ planId: PLAN, ...fields, reached: { total: 30 } });
  const sent = await officer.api.record.submit.mutate({ id: made.id, version: made.version });
  const back = await (await officerApi()).record.reject.mutate({ id: sent.id, version: sent.version, reason: REASON });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await signIn(page, officer, '/thuc-dia/');
  await expect(page.getByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.')).toBeVisible();
  const item = page.getByRole('region', { name: /Bị trả lại — cần sửa/ }).locator(`li[data-record-id="${made.id}"]`);
  await expect(item).toContainText(`Lý do trả lại: ${REASON}`);

  await context.setOffline(true);
  await item.getByRole('button', { name: /^Sửa kết quả bị trả lại 14\/09\/2018 — Xã Mù Cả/ }).click();
  await page.getByLabel('Tổng số người').fill('45');
  await page.getByRole('button', { name: /^Lưu và gửi lại/ }).click();
  await expect(page.getByTestId('waiting')).toHaveText('Chờ gửi: 1');
  // Meanwhile the officer corrects it online in the console (another device).
  await officer.api.record.update.mutate({ id: made.id, version: back.version, ...fields, reached: { total: 50 } });

  await context.setOffline(false);
  await expect(page.getByTestId('refused')).toHaveText('Bị từ chối: 1');
  await expect(page.getByTestId('waiting')).toHaveText('Chờ gửi: 0');
  const refused = page.getByRole('region', { name: /Bị từ chối — cần sửa/ });
  await expect(refused).toContainText('Lý do: Kết quả này đã được sửa ở nơi khác');
  await refused.getByRole('button', { name: /^Sửa kết quả 14\/09\/2018 — Xã Mù Cả/ }).click();
  await expect(page.getByLabel('Tổng số người')).toHaveValue('45');
  // The console's correction stands: never overwritten in silence.
  expect(await officer.api.record.get.query({ id: made.id })).toMatchObject({
    status: 'draft',
    version: back.version + 1,
    reached: { total: 50 },
  });
  await context.close();
});
