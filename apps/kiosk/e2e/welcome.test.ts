import { startAppWithoutApi } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { pairKiosk, pairingCode } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('a new kiosk shows its pairing code in huge type, from an unambiguous alphabet', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ghép nối ki-ốt');
  const code = await pairingCode(page);
  expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
  const fontSize = await page.getByTestId('pairing-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(96);
  // A reload keeps the same code (it is stored with its poll secret).
  await page.reload();
  expect(await pairingCode(page)).toBe(code);
});

test('the start screen: today’s hotline 111 in large type, key messages, a big touch target, three languages', async ({
  page,
}) => {
  await pairKiosk(page);
  const number = page.getByTestId('hotline-number');
  await expect(number).toHaveText('111');
  expect(await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(96);
  await expect(page.getByText('18001567')).toHaveCount(0);
  await expect(page.getByTestId('attract-message')).not.toBeEmpty();

  const start = page.getByRole('button', { name: 'Chạm để bắt đầu' });
  const box = await start.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(200);
  for (const name of ['Tiếng Việt', 'ភាសាខ្មែរ', 'English']) {
    expect((await page.getByRole('button', { name }).boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
  }

  await page.getByRole('button', { name: 'ភាសាខ្មែរ' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('button', { name: 'ប៉ះដើម្បីចាប់ផ្តើម' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await page.getByRole('link', { name: /Get help/ }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('When you need help, call');
  for (const n of ['113', '114', '115']) await expect(page.getByText(n, { exact: true })).toBeVisible();
  // The QR code dialling 111 is drawn locally as SVG.
  await expect(page.getByTestId('hotline-qr').locator('svg')).toBeVisible();
  await expect(page.getByTestId('hotline-qr')).toHaveAttribute('aria-label', 'QR tel:111');
  // No way out: no external link anywhere, and no context menu.
  const external = await page
    .locator('a[href]')
    .evaluateAll((as) => as.filter((a) => (a as HTMLAnchorElement).origin !== location.origin).length);
  expect(external).toBe(0);
  const prevented = await page.evaluate(
    () => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
  );
  expect(prevented).toBe(true);
});

test('with the API down the pairing screen says so in Vietnamese and keeps trying', async ({ page }) => {
  const app = await startAppWithoutApi(fileURLToPath(new URL('..', import.meta.url)));
  try {
    await page.goto(app.url);
    await expect(page.getByRole('alert')).toContainText('Không kết nối được với máy chủ dữ liệu');
    await expect(page.getByRole('alert')).toContainText('Đang thử lại');
  } finally {
    await app.stop();
  }
});
