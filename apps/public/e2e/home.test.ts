import { startAppWithoutApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

test('home shows the national hotline 111 as a tel: link, emergency numbers and the provinces', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  const hotline = page.getByRole('region', { name: /Đường dây nóng quốc gia/ });
  await expect(hotline.locator('a[href="tel:111"]')).toHaveText('111');
  await expect(hotline).toContainText('miễn phí');
  await expect(hotline).toContainText('24/7');
  // The number before 19/9/2025 is no longer shown.
  await expect(page.locator('a[href="tel:18001567"]')).toHaveCount(0);

  const emergency = page.getByRole('region', { name: 'Số điện thoại khẩn cấp' });
  for (const number of ['113', '114', '115']) {
    await expect(emergency.locator(`a[href="tel:${number}"]`)).toBeVisible();
  }

  const provinces = page.getByRole('region', { name: 'Thông tin theo tỉnh' });
  await expect(provinces.getByRole('link', { name: 'Lai Châu' })).toBeVisible();
  await expect(provinces.getByRole('link', { name: 'Trà Vinh' })).toBeVisible();
  await expect(provinces.getByRole('listitem').filter({ hasText: 'Trà Vinh' })).toContainText(
    'thuộc Tỉnh Vĩnh Long từ ngày 01/07/2025',
  );
  // Provinces without a published plan wait one tap away, not as a screenful of cards.
  const others = provinces.locator('details');
  await expect(others.getByRole('link', { name: 'Tỉnh Vĩnh Long' })).toBeHidden();
  await others.locator('summary').click();
  await expect(others.getByRole('link', { name: 'Tỉnh Vĩnh Long' })).toBeVisible();
});

test('the hotline is a tel: link in the header of another page too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Lai Châu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lai Châu/);
  await expect(page.getByRole('banner').locator('a[href="tel:111"]')).toBeVisible();
  // Today's units (no district level since 01/07/2025); the plan's results keep the plan's own 2016 units.
  const areas = page.getByRole('region', { name: 'Địa bàn', exact: true });
  await expect(areas).toContainText('Danh sách đơn vị hành chính từ ngày 01/07/2025.');
  await expect(areas).toContainText('38 đơn vị hành chính cấp xã');
});

test('quick exit leaves for a neutral site and Back cannot return to the site', async ({ page, baseURL }) => {
  // The neutral site is outside the test network; answer for it here.
  await page.route('https://www.google.com.vn/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  // site.js (deferred) makes moving between pages replace the history entry; it has run by the load event, which
  // goto waits for.
  await page.goto('/');
  await page.getByRole('link', { name: 'Trà Vinh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trà Vinh/);

  await page.getByRole('link', { name: 'Thoát nhanh' }).click();
  await page.waitForURL('https://www.google.com.vn/**');
  await expect(page.getByText('neutral')).toBeVisible();

  await page.goBack().catch(() => null);
  expect(page.url().startsWith(baseURL ?? '')).toBe(false);
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
});

test('loads nothing from third parties and sends a strict CSP', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  const response = await page.goto('/');
  // Everything the page asks for by its load event (scripts, styles, images) and its fonts.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const url of resources) origins.add(new URL(url).origin);
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
});

test('an unknown page gives a Vietnamese 404 page that keeps the hotline and quick exit', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy');
  await expect(page.locator('a[href="tel:111"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thoát nhanh' })).toBeVisible();
});

test('with the API down the page explains it in Vietnamese, without a stack trace', async ({ page }) => {
  const app = await startAppWithoutApi(fileURLToPath(new URL('..', import.meta.url)));
  try {
    const response = await page.goto(app.url);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('alert')).toContainText('Không kết nối được với máy chủ dữ liệu');
    await expect(page.getByRole('link', { name: 'Thoát nhanh' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/Error:|at .+\(.+:\d+:\d+\)/);
  } finally {
    await app.stop();
  }
});
