import { expect, test } from '@playwright/test';
import { hanoiOfficer, pairInHanoi } from './support/fleet';
import { sql } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 } });

declare global {
  interface Window {
    e2eMark?: string;
  }
}

test('a remote reload asked by an officer happens at the kiosk’s next heartbeat, once', async ({ page }) => {
  const { deviceId } = await pairInHanoi(page, '/?beat=2&sync=30');
  let loads = 0;
  page.on('load', () => loads++);
  await page.evaluate(() => (window.e2eMark = 'before'));

  const { api } = await hanoiOfficer();
  await api.kiosk.requestReload.mutate({ id: deviceId });
  // Reloaded: the page's memory is new.
  await expect.poll(() => page.evaluate(() => window.e2eMark ?? 'reloaded').catch(() => 'navigating')).toBe('reloaded');
  await expect(page.getByTestId('hotline-number')).toHaveText('111');
  await page.evaluate(() => (window.e2eMark = 'after'));

  // Two heartbeats after the one that delivered the reload: no second reload.
  const [delivered] = await sql<{ at: Date }>(`SELECT "reloadDeliveredAt" AS at FROM "KioskDevice" WHERE id = $1`, [
    deviceId,
  ]);
  expect(delivered!.at).not.toBeNull();
  for (let beat = 0; beat < 2; beat++) {
    const [before] = await sql<{ at: Date }>(`SELECT "lastHeartbeatAt" AS at FROM "KioskDevice" WHERE id = $1`, [
      deviceId,
    ]);
    await expect
      .poll(async () => {
        const [now] = await sql<{ at: Date }>(`SELECT "lastHeartbeatAt" AS at FROM "KioskDevice" WHERE id = $1`, [
          deviceId,
        ]);
        return now!.at.getTime() > before!.at.getTime();
      })
      .toBe(true);
  }
  expect(await page.evaluate(() => window.e2eMark)).toBe('after');
  expect(loads).toBe(1);
});
