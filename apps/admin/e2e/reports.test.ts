import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { signIn } from './auth';

// Trà Vinh 651: yearly reports "trước ngày 20/12" (due 19/12) from every agency; as of 25/12/2019 the 2019 report
// of the Women's Union is overdue.
const LIST = '/bao-cao?plan=tv651&asOf=2019-12-25';
const HLHPN_2019 = 'Lập, tải về báo cáo Năm 2019 của Hội Liên hiệp Phụ nữ tỉnh Trà Vinh';

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test('due and overdue reports of a plan, with dd/mm/yyyy due dates and status in words; axe clean', async ({
  page,
}) => {
  await page.goto(LIST);
  await expect(page.getByRole('heading', { level: 1, name: /Báo cáo định kỳ/ })).toBeVisible();
  const table = page.getByRole('table', { name: /Báo cáo phải nộp/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: HLHPN_2019 }) });
  await expect(row.getByRole('cell').nth(3)).toHaveText('19/12/2019');
  await expect(row).toContainText(/Quá hạn|Đã nộp/);
  await expect(table.getByRole('row').filter({ hasText: 'Năm 2020' }).first()).toContainText('Chưa đến hạn');
  await expect(page.getByRole('status')).toContainText('Tính đến ngày 25/12/2019');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Filter by status through the plain GET form.
  await page.getByLabel('Tình trạng').selectOption({ label: 'Chưa đến hạn' });
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/status=not_due/);
  await expect(table.getByText('Quá hạn', { exact: true })).toHaveCount(0);
});

test('generate and download the DOCX: a zip whose document.xml has the Decree 30 header, number and title', async ({
  page,
}) => {
  await page.goto(LIST);
  await page.getByRole('link', { name: HLHPN_2019 }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Báo cáo năm 2019/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel('Số văn bản').fill('125');
  await page.getByLabel('Ngày ban hành').fill('19/12/2019');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải về DOCX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Báo cáo 651-QĐ-UBND 2019 - Hội LHPN tỉnh\.docx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  expect(xml.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
  expect(xml.includes('Số: 125/BC-HLHPN')).toBe(true);
  expect(xml.includes('Trà Vinh, ngày 19 tháng 12 năm 2019')).toBe(true);
  expect(xml.includes('>BÁO CÁO<')).toBe(true);
  expect(xml.includes('Kết quả thực hiện Kế hoạch truyền thông phòng, chống mua bán người')).toBe(true);

  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải về XLSX' }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
});

test('mark a report as submitted, see it on the list, then undo', async ({ page }) => {
  await page.goto(LIST);
  await page.getByRole('link', { name: 'Lập, tải về báo cáo Năm 2019 của Công an tỉnh Trà Vinh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Báo cáo năm 2019/ })).toBeVisible();
  // Each run has a stack of its own (and no retries): the report starts owed.
  await expect(page.getByRole('button', { name: 'Huỷ đánh dấu đã nộp' })).toHaveCount(0);

  // A future date is refused beside the field, nothing saved, nothing typed lost.
  await page.getByLabel('Số, ký hiệu văn bản đã gửi').fill('88/BC-CAT');
  await page.getByLabel('Ngày nộp').fill('01/01/2999');
  await page.getByRole('button', { name: 'Đánh dấu đã nộp' }).click();
  await expect(page.locator('#submittedOn-error')).toContainText('Ngày nộp không được sau hôm nay');
  await expect(page.getByLabel('Số, ký hiệu văn bản đã gửi')).toHaveValue('88/BC-CAT');
  await expect(page.getByLabel('Ngày nộp')).toHaveValue('01/01/2999');

  // A day that does not exist is refused beside the field too, before anything reaches the API.
  await page.getByLabel('Ngày nộp').fill('31/11/2019');
  await page.getByRole('button', { name: 'Đánh dấu đã nộp' }).click();
  await expect(page.locator('#submittedOn-error')).toContainText('Ngày “31/11/2019” không hợp lệ');
  await expect(page.getByLabel('Ngày nộp')).toHaveValue('31/11/2019');

  await page.getByLabel('Ngày nộp').fill('18/12/2019');
  await page.getByRole('button', { name: 'Đánh dấu đã nộp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đánh dấu báo cáo đã nộp' })).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: 'Đã nộp' })).toContainText('nộp ngày 18/12/2019, số 88/BC-CAT');

  await page.goto(LIST);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Lập, tải về báo cáo Năm 2019 của Công an tỉnh Trà Vinh' }) });
  await expect(row).toContainText('Đã nộp');
  await expect(row).toContainText('ngày 18/12/2019');

  await row.getByRole('link').click();
  await page.getByRole('button', { name: 'Huỷ đánh dấu đã nộp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã huỷ đánh dấu đã nộp' })).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: 'Quá hạn' })).toBeVisible();
});
