import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('home renders from the server with JavaScript disabled', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a[href="tel:111"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lai Châu' })).toBeVisible();
  // Quick exit is a plain link to the neutral site when no script runs.
  await expect(page.getByRole('link', { name: 'Thoát nhanh' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.google\.com\.vn\//,
  );
});

test('a province page renders and links work with JavaScript disabled', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Trà Vinh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trà Vinh/);
  await expect(page.getByRole('banner').locator('a[href="tel:111"]')).toBeVisible();
  await expect(page.locator('details').first()).toBeVisible();
});

test('search, an article and the language switcher work with JavaScript disabled', async ({ page }) => {
  await page.goto('/tim-kiem');
  await page.getByLabel('Từ khóa').fill('viec nhe luong cao');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.locator('.hits a').first()).toHaveText(/Việc nhẹ lương cao/i);
  await page.locator('.hits a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'ភាសាខ្មែរ' }).click();
  await expect(page).toHaveURL(/\/km\/kien-thuc\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
});
