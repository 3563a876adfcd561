import { expect, test } from '@playwright/test';
import { addToOutbox, outboxCount, outboxEvents, type OutboxEvent } from './support/outbox';
import { officer, ownApi, ownKiosk, pairingCode, serviceWorkerReady, usageRows } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('1,000 usage events recorded offline reach the database exactly once, through a reload and an API crash mid-sync', async ({
  page,
  context,
}) => {
  // Two extra servers, 1,000 events through IndexedDB and 50 uploads twice over.
  test.setTimeout(240_000);
  // An API and a kiosk server of our own, on the e2e database, so that this test may kill the API.
  const api = await ownApi();
  const kioskServer = await ownKiosk(api.url);
  try {
    // Small batches: the upload takes many requests, so the crash lands in the middle of it.
    await page.goto(`${kioskServer.url}/?batch=20&sync=600&beat=600`);
    const code = await pairingCode(page);
    const { api: officerApi, commune } = await officer();
    const pairedAt = Date.now();
    const { id: deviceId } = await officerApi.kiosk.pair.mutate({
      code,
      name: 'Ki-ốt 1000 lượt',
      areaCode: commune.code,
    });
    await expect(page.getByTestId('hotline-number')).toHaveText('111');
    await serviceWorkerReady(page);

    // Offline: real use first (a session, page views)…
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Chạm để bắt đầu' }).tap();
    await page.getByRole('link', { name: /Tìm hiểu/ }).tap();
    await page.locator('a[href^="/bai-viet/"]').first().tap();
    // On the article itself, not still on the list (whose heading is "Bài viết"), before reading its title.
    await expect(page).toHaveURL(/\/bai-viet\/[^/?#]+/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Bài viết');
    const article = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await expect.poll(() => outboxCount(page)).toBeGreaterThanOrEqual(3);
    // …then a busy day's worth of page views, up to exactly 1,000 events, dated after the pairing (the API refuses
    // events from before it).
    const recorded = await outboxCount(page);
    const start = pairedAt;
    const more: OutboxEvent[] = Array.from({ length: 1000 - recorded }, (_, i) => ({
      idempotencyKey: `e2e-${deviceId.slice(0, 8)}-${i}-${Math.random().toString(36).slice(2, 10)}`,
      kind: 'page_view',
      occurredAt: new Date(start + i * 20).toISOString(),
      data: { page: '/bai-viet' },
    }));
    await addToOutbox(page, more);
    // A reload while offline: the shell from the service worker, the same article from IndexedDB, the outbox kept.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article);
    expect(await outboxCount(page)).toBe(1000);
    expect((await usageRows(deviceId)).rows).toBe(0);
    const all = await outboxEvents(page);

    // Back online; crash the API while the kiosk is uploading, then start it again. The kiosk sends one batch at a
    // time and waits for its answer; the first batch asked for once 100 events are stored is held on its way until
    // the API is dead, so the crash lands mid-upload however busy the machine is.
    const isUpload = (url: URL) => url.pathname.startsWith('/api/trpc/') && url.pathname.includes('kiosk.usage');
    let held = false;
    let crashed = () => {};
    const crash = new Promise<void>((resolve) => (crashed = resolve));
    await context.route(isUpload, async (route) => {
      if ((await usageRows(deviceId)).rows >= 100) {
        held = true;
        await crash;
      }
      await route.continue();
    });
    await context.setOffline(false);
    await expect.poll(() => held).toBe(true);
    await api.kill();
    const refused = page.waitForResponse((r) => isUpload(new URL(r.url())) && r.status() === 502);
    crashed();
    // The held batch meets the dead API: the kiosk keeps its events and says it cannot reach the server.
    await refused;
    await expect(page.getByTestId('offline-badge')).toBeVisible();
    expect(await usageRows(deviceId)).toEqual({ rows: 100, keys: 100, total: 100 });
    expect(await outboxCount(page)).toBe(900);
    await context.unroute(isUpload);
    await api.start();

    // 900 then 1,000 events, 20 to a request: more than one ordinary wait on a saturated machine.
    await expect.poll(() => outboxCount(page), { timeout: 90_000 }).toBe(0);
    expect(await usageRows(deviceId)).toEqual({ rows: 1000, keys: 1000, total: 1000 });

    // Answers lost on the way (the server stored a batch, the kiosk never heard): sending it all again changes nothing.
    await addToOutbox(page, all);
    await expect.poll(() => outboxCount(page), { timeout: 90_000 }).toBe(0);
    expect(await usageRows(deviceId)).toEqual({ rows: 1000, keys: 1000, total: 1000 });
  } finally {
    await kioskServer.kill();
    await api.kill();
  }
});
