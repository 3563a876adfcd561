import { expect, test } from '@playwright/test';
import { officer, pairingCode, sql } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('pairing: the kiosk shows a code, an officer enters it, the kiosk receives its token once and shows content; revoked, it asks again', async ({
  page,
}) => {
  await page.goto('/?sync=2&beat=2');
  const code = await pairingCode(page);
  const { api, commune } = await officer();
  const paired = await api.kiosk.pair.mutate({
    code: code.toLowerCase(),
    name: 'Nhà văn hóa thử',
    areaCode: commune.code,
  });

  await expect(page.getByTestId('hotline-number')).toHaveText('111');
  const [device] = await sql<{ status: string; lastHeartbeatAt: Date | null; contentVersion: number | null }>(
    `SELECT status, "lastHeartbeatAt", "contentVersion" FROM "KioskDevice" WHERE id = $1`,
    [paired.id],
  );
  expect(device?.status).toBe('active');
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "KioskDevice" WHERE id = $1 AND "contentVersion" IS NOT NULL`, [paired.id])).length,
    )
    .toBe(1);

  // The token stays on the device (IndexedDB) across reloads.
  await page.reload();
  await expect(page.getByTestId('hotline-number')).toHaveText('111');

  await api.kiosk.revoke.mutate({ id: paired.id });
  await expect(page.getByTestId('pairing-code')).toBeVisible();
  expect(await pairingCode(page)).not.toBe(code);
});
