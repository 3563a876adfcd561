import { startAppWithoutApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { signIn } from './auth';

test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.startsWith('with the API down')) await signIn(page);
});

test('the first page lists both seed plans from the API, with periods as dd/mm/yyyy', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('PCMBN — Quản trị');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  const plans = page.getByRole('table', { name: 'Danh sách kế hoạch' });
  await expect(plans.getByRole('cell', { name: '651/QĐ-UBND', exact: true })).toBeVisible();
  await expect(plans.getByRole('cell', { name: '2228/KH-UBND', exact: true })).toBeVisible();
  for (const period of await plans.locator('td.period').allTextContents()) {
    expect(period).toMatch(/^\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
  }
});

test('Lai Châu: the newest list has communes straight under the province; the 2016 list has 8 districts and 108 communes', async ({
  page,
}) => {
  await page.goto('/?province=12');
  await expect(page.getByRole('heading', { level: 2, name: /Lai Châu/ })).toBeVisible();
  const summary = page.getByText(/đơn vị hành chính cấp xã/);
  await expect(summary).toContainText('Danh mục ngày 01/07/2025');
  await expect(summary).toContainText('trực thuộc tỉnh (không có cấp huyện)');
  await expect(page.getByRole('table', { name: /cấp huyện của/ })).toHaveCount(0);

  // The list Lai Châu 2228 was written against, picked with the plain form.
  await page.getByLabel('Danh mục ngày').selectOption({ label: '09/11/2016' });
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/structure=2016-11-09/);

  const districts = page.getByRole('table', { name: /cấp huyện của .*Lai Châu/ });
  await expect(districts.locator('tbody tr')).toHaveCount(8);
  await expect(districts.locator('tfoot td.total')).toHaveText('108');
  const perDistrict = (await districts.locator('tbody td.number').allTextContents()).map(Number);
  expect(perDistrict.every((n) => n > 0)).toBe(true);
  expect(perDistrict.reduce((a, b) => a + b, 0)).toBe(108);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the province picker is a plain form', async ({ page }) => {
    await page.goto('/?province=12');
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Tỉnh Trà Vinh' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect(page).toHaveURL(/[?&]province=\d{2}\b/);
    await expect(page.getByRole('heading', { level: 2, name: /Trà Vinh/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /cấp huyện của .*Trà Vinh/ }).locator('tbody tr')).not.toHaveCount(0);
  });
});

test('an unknown province gives a Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/?province=99');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('Không có tỉnh mã 99');
});

test('with the API down the page explains it in Vietnamese, without a stack trace', async ({ page }) => {
  const app = await startAppWithoutApi(fileURLToPath(new URL('..', import.meta.url)));
  try {
    // A session cookie makes the app ask the (missing) API who is signed in.
    await page.context().addCookies([{ name: 'pcmbn_admin_session', value: 'x'.repeat(43), url: app.url }]);
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('alert')).toContainText('Không kết nối được với máy chủ dữ liệu');
    await expect(page.locator('body')).not.toContainText(/Error:|at .+\(.+:\d+:\d+\)/);
  } finally {
    await app.stop();
  }
});
