import { asAdmin } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { signIn } from './auth';

/**
 * Issue 15 item 4, "dd/mm/yyyy inputs regardless of browser language": an English browser (en-US, where an
 * <input type=date> reads mm/dd/yyyy) still shows and takes dates as dd/mm/yyyy, and a date that is not one is
 * refused in words beside the field with what was typed kept.
 */
test.use({ locale: 'en-US' });

test('an English browser shows and takes dd/mm/yyyy on the reports page', async ({ page }) => {
  await signIn(page, undefined, '/bao-cao?plan=tv651&asOf=2019-12-25');
  const asOf = page.getByLabel('Tính đến ngày');
  await expect(asOf).toHaveValue('25/12/2019');

  await asOf.fill('20/01/2020');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page.getByRole('status')).toContainText('Tính đến ngày 20/01/2020');
  await expect(page.getByLabel('Tính đến ngày')).toHaveValue('20/01/2020');

  // 31 February is no day: refused beside the field, the typed text kept, the list as of today.
  await page.getByLabel('Tính đến ngày').fill('31/02/2020');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page.locator('#asOf-error')).toContainText('Ngày “31/02/2020” không hợp lệ');
  await expect(page.getByLabel('Tính đến ngày')).toHaveValue('31/02/2020');
  await expect(page.getByLabel('Tính đến ngày')).toHaveAttribute('aria-invalid', 'true');
});

test('an English browser schedules kiosk content with dd/mm/yyyy dates', async ({ page }) => {
  const slug = `e2e-dates-${randomBytes(4).toString('hex')}`;
  const title = `Bài thử lịch ${slug}`;
  await asAdmin(async (api) => {
    const draft = await api.content.create.mutate({
      slug,
      lang: 'vi',
      kind: 'article',
      provinceCode: '01',
      category: 'events',
      title,
      body: 'Nội dung thử lịch hiển thị.',
      data: { order: 999 },
    });
    await api.content.publish.mutate({ id: draft.id, version: draft.version });
  });
  await signIn(page, undefined, '/kiosk');
  const row = page.locator(`[data-testid="content-row"][data-slug="${slug}"]`);
  await row.getByText('Đặt lịch').click();

  // A day that does not exist is refused in words, nothing saved.
  await row.getByLabel('Từ ngày').fill('30/02/2027');
  await row.getByLabel('Đến ngày').fill('31/07/2027');
  await row.getByLabel('Lặp lại hằng năm').uncheck();
  await row.getByRole('button', { name: 'Lưu lịch' }).click();
  await expect(page.getByRole('alert')).toContainText('Ngày “30/02/2027” không hợp lệ');
  await expect(row.locator(`[id$="-error"]`).first()).toContainText('Ngày “30/02/2027” không hợp lệ');
  await expect(row.getByLabel('Từ ngày')).toHaveValue('30/02/2027');
  await expect(row.getByTestId('schedule-label')).toHaveText('Không có');

  await row.getByLabel('Từ ngày').fill('01/07/2027');
  await row.getByLabel('Đến ngày').fill('31/07/2027');
  await row.getByRole('button', { name: 'Lưu lịch' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đặt lịch hiển thị' })).toBeVisible();
  await expect(row.getByTestId('schedule-label')).toHaveText('01/07/2027–31/07/2027');
  // Shown back as dd/mm/yyyy when the page is opened again.
  await page.reload();
  await row.getByText('Đặt lịch').click();
  await expect(row.getByLabel('Từ ngày')).toHaveValue('01/07/2027');
  await expect(row.getByLabel('Đến ngày')).toHaveValue('31/07/2027');
});
