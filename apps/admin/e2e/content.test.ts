import { apiClient } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { signIn } from './auth';
import { hydrated } from './hydration';

test('create a draft article, preview it, publish it: it appears on the public site', async ({ page }) => {
  const slug = `e2e-bai-${randomBytes(3).toString('hex')}`;
  await signIn(page, undefined, '/noi-dung');
  await page.getByLabel('Đường dẫn (slug)').fill(slug);
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Cảnh giác lừa đảo việc làm');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảnh giác lừa đảo việc làm');
  // The live preview runs in the browser: text typed before hydration is kept but previewed only at the next key.
  await hydrated(page);

  await page.getByLabel(/^Nội dung/).fill('## Dấu hiệu\n\nGọi **{{hotline}}** ngay. <script>alert(1)</script>');
  // Live preview: the hotline is filled in and the script is shown as text, never run.
  const preview = page.locator('article.preview').first();
  await expect(preview.locator('strong')).toHaveText('111');
  await expect(preview).toContainText('<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  await expect(page.getByText(/· phiên bản 2 ·/)).toBeVisible();

  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByRole('status')).toContainText('Đã xuất bản');
  // The page's own state, not only the action's message: the publish button gave way to "Gỡ xuất bản".
  await expect(page.getByRole('button', { name: 'Gỡ xuất bản' })).toBeVisible();

  const publicUrl = process.env['PCMBN_PUBLIC_URL'];
  if (!publicUrl) throw new Error('PCMBN_PUBLIC_URL is not set');
  await page.goto(`${publicUrl}/kien-thuc/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảnh giác lừa đảo việc làm');
  await expect(page.locator('article strong')).toHaveText('111');
});

test('an edit on a stale version shows the conflict and keeps what was typed', async ({ page }) => {
  const slug = `e2e-xung-dot-${randomBytes(3).toString('hex')}`;
  await signIn(page, undefined, '/noi-dung');
  await page.getByLabel('Đường dẫn (slug)').fill(slug);
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bản đầu');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bản đầu');
  const id = page.url().split('/').pop()!;

  // Someone else saves first, through the API.
  const token = (await page.context().cookies()).find((c) => c.name === 'pcmbn_admin_session')?.value;
  const other = apiClient(token);
  await other.content.update.mutate({ id, version: 1, title: 'Người khác đã sửa' });

  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bản của tôi');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('alert')).toContainText('đã được người khác sửa');
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Bản của tôi');
});
