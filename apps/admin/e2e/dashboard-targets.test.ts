import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './auth';

/** The dashboard (/tong-quan): status cards, progress over time with its table, the commune grid. */

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('shows target status cards, the progress chart with its data table and the commune grid', async ({ page }) => {
  await page.goto('/tong-quan?plan=lc2228&asOf=2018-12-31');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng quan tiến độ');
  await expect(page.getByText(/tình trạng tính đến ngày/)).toContainText('31/12/2018');
  await expect(page.getByRole('table', { name: 'Các chỉ tiêu và tình trạng' }).locator('tbody tr')).toHaveCount(18);
  // The status cards count the same 18 targets between them.
  const cards = page.locator('[data-status-count]');
  await expect(cards).not.toHaveCount(0);
  const total = (await cards.locator('.n').allTextContents()).map(Number).reduce((a, b) => a + b, 0);
  expect(total).toBe(18);

  await expect(page.getByRole('img', { name: /Tiến độ chỉ tiêu theo quý/ })).toBeVisible();
  await page.getByText('Bảng số liệu của biểu đồ').click();
  const data = page.getByRole('table', { name: /Tiến độ theo quý/ });
  await expect(data.locator('tbody tr').first().locator('th')).toHaveText('quý IV/2016');

  const cells = page.locator('li[data-area]');
  await expect(cells).toHaveCount(108);
  await expect(page.getByText('Đã có kết quả').first()).toBeAttached();
  await expect(page.getByRole('heading', { name: /Huyện Phong Thổ: \d+\/\d+ đã có kết quả/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kết quả theo huyện' }).locator('tbody tr')).toHaveCount(8);
});

test('another plan and target are chosen with the form, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  await page.goto('/tong-quan');
  await page.getByLabel('Kế hoạch', { exact: true }).selectOption('tv651');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/plan=tv651/);
  await expect(page.locator('li[data-area]')).toHaveCount(106);
  await context.close();
});

test('axe finds no violations on the dashboard', async ({ page }) => {
  await page.goto('/tong-quan?plan=tv651&asOf=2019-12-31');
  await page.getByText('Bảng số liệu của biểu đồ').click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('as of 01/03/2017 no one-off output of Lai Châu reads as behind (issue 14 item 1)', async ({ page }) => {
  await page.goto('/tong-quan?plan=lc2228&asOf=2017-03-01');
  await expect(page.getByText(/tình trạng tính đến ngày/)).toContainText('01/03/2017');
  const rows = page.getByRole('table', { name: 'Các chỉ tiêu và tình trạng' }).locator('tbody tr');
  // The 3 billboards and the Phong Thổ event are due within 2017: on 1 March they are on track, not "Chậm tiến độ".
  for (const title of [/^Xây dựng 03 Pano cỡ lớn/, /^Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ/]) {
    const row = rows.filter({ has: page.getByRole('cell', { name: title }) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('[data-status]')).toHaveText(/Đúng tiến độ|Đã đạt/);
    // Its sentence names the billboard sites, not their codes.
    await expect(row.getByRole('cell').nth(1)).not.toContainText(/\b\d{5}\b/);
  }
});
