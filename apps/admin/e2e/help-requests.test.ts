import { createApiClient } from '@pcmbn/api/client';
import { readyAccount } from '@pcmbn/playwright';
import { expect, test } from '@playwright/test';
import { hydrated } from './hydration';
import { OFFICER_PASSWORD, signIn } from './auth';

/**
 * The hotline desk (issue 16 item 6): a province's desk officer reads the messages sent to the province on the public
 * site, newest first, and marks one handled with a note; another province's officer never sees it.
 */
/** A request as the public site sends it, from an address of its own (the tests do not spend each other's budget). */
async function send(provinceCode: string, message: string): Promise<string> {
  const url = process.env['PCMBN_API_URL'];
  if (!url) throw new Error('PCMBN_API_URL is not set');
  const n = () => Math.floor(Math.random() * 250) + 1;
  const api = createApiClient(url, { forwardedFor: `10.${n()}.${n()}.${n()}` });
  return (await api.help.submit.mutate({ provinceCode, message, contactPhone: '0912 000 111', safeTime: 'sau 21 giờ' }))
    .receipt;
}

test('a desk officer of Lai Châu sees its request and marks it handled; Vĩnh Long’s officer does not see it', async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const laiChau = await send('12', `Lai Châu e2e ${stamp}: em bị giữ giấy tờ`);
  const vinhLong = await send('86', `Vĩnh Long e2e ${stamp}: cần giúp`);

  const desk = await readyAccount({
    prefix: 'e2e-desk-12',
    role: 'province_admin',
    scopeAreaCode: '12',
    password: OFFICER_PASSWORD,
    displayName: 'Cán bộ tiếp nhận Lai Châu',
  });
  await signIn(page, desk);
  await page.getByRole('link', { name: 'Tin nhắn xin giúp đỡ' }).click();
  await expect(page).toHaveURL(/\/tro-giup$/);
  const mine = page.locator(`li[data-receipt="${laiChau}"]`);
  await expect(mine).toContainText(`Lai Châu e2e ${stamp}: em bị giữ giấy tờ`);
  await expect(mine).toContainText('Tỉnh Lai Châu');
  await expect(mine).toContainText('Chưa xử lý');
  await expect(mine.locator('a[href="tel:0912000111"]')).toBeVisible();
  await expect(mine).toContainText('sau 21 giờ');
  await expect(page.locator(`li[data-receipt="${vinhLong}"]`)).toHaveCount(0);

  await page.goto('/tro-giup');
  await hydrated(page);
  await mine.getByLabel('Việc đã làm').fill('Đã gọi lại lúc 21 giờ, chuyển Công an xã');
  await mine.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  await expect(mine).toContainText('Đã xử lý lúc');
  await expect(mine).toContainText('bởi Cán bộ tiếp nhận Lai Châu: Đã gọi lại lúc 21 giờ, chuyển Công an xã');
  // Kept: after a reload, and under the "handled" filter.
  await page.goto('/tro-giup?trang-thai=handled');
  await expect(page.locator(`li[data-receipt="${laiChau}"]`)).toContainText('Đã xử lý lúc');
  await page.goto('/tro-giup?trang-thai=open');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tin nhắn xin giúp đỡ');
  await expect(page.locator(`li[data-receipt="${laiChau}"]`)).toHaveCount(0);

  const other = await readyAccount({
    prefix: 'e2e-desk-86',
    role: 'province_admin',
    scopeAreaCode: '86',
    password: OFFICER_PASSWORD,
  });
  const context = await browser.newContext();
  const page86 = await context.newPage();
  await signIn(page86, other, '/tro-giup');
  await expect(page86.locator(`li[data-receipt="${vinhLong}"]`)).toContainText(`Vĩnh Long e2e ${stamp}`);
  await expect(page86.locator(`li[data-receipt="${laiChau}"]`)).toHaveCount(0);
  await expect(page86.getByText(`Lai Châu e2e ${stamp}`)).toHaveCount(0);
  await context.close();
});
