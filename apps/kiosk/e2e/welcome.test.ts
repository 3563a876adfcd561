import { startAppWithoutApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('the welcome screen shows today’s national hotline 111 in large type', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const number = page.getByTestId('hotline-number');
  await expect(number).toHaveText('111');
  const fontSize = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(96);
  await expect(page.getByText('18001567')).toHaveCount(0);
});

test('"Chạm để bắt đầu" is a big touch target that leads to the help numbers', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Chạm để bắt đầu' });
  const box = await start.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(200);

  await start.tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khi cần giúp đỡ, hãy gọi');
  for (const number of ['111', '113', '114', '115']) {
    await expect(page.getByText(number, { exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Về màn hình chính' }).tap();
  await expect(page.getByTestId('hotline-number')).toHaveText('111');
});

test('with the API down the kiosk says so in Vietnamese and retries by itself', async ({ page }) => {
  const app = await startAppWithoutApi(fileURLToPath(new URL('..', import.meta.url)));
  try {
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('alert')).toContainText('Không kết nối được với máy chủ dữ liệu');
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '30');
  } finally {
    await app.stop();
  }
});
