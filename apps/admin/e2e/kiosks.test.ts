import { expect, test } from '@playwright/test';
import { pairingCode, readyAccount, sql } from '@pcmbn/playwright';
import { OFFICER_PASSWORD, signIn } from './auth';
import { hydrated } from './hydration';

test.describe.configure({ timeout: 150_000 });

test('an officer pairs a kiosk by its code, sees it online with its usage, has the month approved as plan evidence by another admin and revokes it', async ({
  page,
  context,
  browser,
}) => {
  const kioskUrl = process.env['PCMBN_KIOSK_URL'];
  if (!kioskUrl) throw new Error('PCMBN_KIOSK_URL is not set');
  const kiosk = await context.newPage();
  await kiosk.setViewportSize({ width: 1280, height: 800 });
  await kiosk.goto(`${kioskUrl}/?beat=2&sync=5`);
  const code = await pairingCode(kiosk);

  const [commune] = await sql<{ code: string; name: string }>(
    `SELECT code, name FROM "Area" WHERE "provinceCode" = '84' AND level = 'commune' ORDER BY structure DESC, code LIMIT 1`,
  );
  const name = `Nhà văn hóa e2e ${code}`;
  await signIn(page, undefined, '/kiosk');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ki-ốt thông tin');
  await page.getByLabel('Mã ghép nối').fill(`${code.slice(0, 3)} ${code.slice(3).toLowerCase()}`);
  await page.getByLabel('Tên ki-ốt').fill(name);
  // An every-province admin chooses the province first; the officer then types part of the name and takes the
  // suggestion among that province's communes (a datalist: works without JS).
  await hydrated(page);
  await page.getByLabel('Tỉnh, thành phố nơi đặt ki-ốt').selectOption('84');
  const options = page.locator('#commune-list option');
  await expect.poll(() => options.count()).toBeGreaterThan(50);
  const offered = await options.evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
  const label = offered.find((v) => v.startsWith(`${commune!.name} — `));
  expect(label).toBeDefined();
  await page.getByLabel('Xã, phường').fill(label!);
  await page.getByLabel('Người liên hệ').fill('Chị Lan');
  await page.getByLabel('Số điện thoại liên hệ').fill('0912 345 678');
  await page.getByRole('button', { name: 'Ghép nối', exact: true }).click();
  const paired = page.getByTestId('paired-status');
  await expect(paired).toContainText(`Đã ghép nối ki-ốt “${name}” tại ${commune!.name}`);
  // Paired, the form is empty again for the next kiosk.
  await expect(page.getByLabel('Mã ghép nối')).toHaveValue('');
  await expect(page.getByLabel('Tên ki-ốt')).toHaveValue('');
  // The success stays: after a reload too.
  await page.reload();
  await expect(paired).toContainText(`Đã ghép nối ki-ốt “${name}” tại ${commune!.name}`);

  // The kiosk picks up its token and shows its content; a villager uses it once.
  await expect(kiosk.getByTestId('hotline-number')).toHaveText('111');
  await kiosk.getByRole('button', { name: 'Chạm để bắt đầu' }).click();
  await expect(kiosk.getByRole('link', { name: /Hội thi tìm hiểu/ })).toBeVisible();
  const [device] = await sql<{ id: string }>(`SELECT id FROM "KioskDevice" WHERE name = $1`, [name]);
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "KioskUsageEvent" WHERE "deviceId" = $1 AND kind = 'session'`, [device!.id])).length,
    )
    .toBe(1);
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "KioskDevice" WHERE id = $1 AND "contentVersion" IS NOT NULL`, [device!.id])).length,
    )
    .toBe(1);

  await page.reload();
  const row = page.getByTestId('kiosk-row').filter({ hasText: name });
  await expect(row).toContainText(commune!.name);
  await expect(row).toContainText('Trực tuyến');
  await expect(row.locator('td.when')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(row.locator('td.num')).toContainText(/^1 /);
  // The app version is a build time people can read, not "1796231550016".
  await expect(row.getByTestId('app-version')).toHaveText(/^Bản dựng \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

  // The kiosk took a screenshot of its own screen and sent it with a heartbeat: the fleet view shows it.
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "KioskDevice" WHERE id = $1 AND "screenshotPath" IS NOT NULL`, [device!.id])).length,
    )
    .toBe(1);
  await page.reload();
  const shot = page.getByTestId('kiosk-row').filter({ hasText: name }).getByTestId('kiosk-screenshot');
  await expect(shot).toBeVisible();
  await expect
    .poll(() => shot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(100);

  // This month's usage as Trà Vinh plan evidence, four eyes: the officer who paired the kiosk asks for approval,
  // another admin approves; one approved record, not two.
  const usage = page.getByTestId('usage-row').filter({ hasText: name });
  const [plan] = await sql<{ id: string }>(`SELECT id FROM "Plan" WHERE "provinceCode" = '84' ORDER BY id LIMIT 1`);
  await usage.getByRole('combobox').selectOption(plan!.id);
  await usage.getByRole('button', { name: /Duyệt làm minh chứng/ }).click();
  await expect(page.getByTestId('usage-row').filter({ hasText: name })).toContainText('Chờ duyệt: 1 lượt');

  const second = await readyAccount({
    prefix: 'e2e-kiosk-approver',
    role: 'province_admin',
    scopeAreaCode: '84',
    password: OFFICER_PASSWORD,
  });
  const approverContext = await browser.newContext();
  const approver = await approverContext.newPage();
  await signIn(approver, second, '/kiosk');
  const pending = approver.getByTestId('usage-row').filter({ hasText: name });
  await pending.getByRole('combobox').selectOption(plan!.id);
  await pending.getByRole('button', { name: /Duyệt làm minh chứng/ }).click();
  await expect(approver.getByTestId('usage-row').filter({ hasText: name })).toContainText('Đã duyệt: 1 lượt');
  await approverContext.close();
  const records = await sql<{ quantity: number; status: string }>(
    `SELECT r.quantity, r.status FROM "ActivityRecord" r JOIN "KioskUsageEvent" e ON e."recordId" = r.id WHERE e."deviceId" = $1 GROUP BY r.id`,
    [device!.id],
  );
  expect(records).toEqual([{ quantity: 1, status: 'approved' }]);

  // Revoked, the kiosk forgets its token and shows a new pairing code.
  page.once('dialog', (d) => void d.accept());
  await page
    .getByTestId('kiosk-row')
    .filter({ hasText: name })
    .getByRole('button', { name: /Thu hồi/ })
    .click();
  await expect(page.getByRole('status').first()).toContainText('Đã thu hồi');
  await expect(kiosk.getByTestId('pairing-code')).toBeVisible();
});
