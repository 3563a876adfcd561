import { expect, test } from '@playwright/test';
import { pairKiosk, serviceWorkerReady, sql } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

test('after one sync the kiosk works with the network cut, also after a reload, and picks up a new version when back', async ({
  page,
  context,
}) => {
  await pairKiosk(page, '/?sync=2&beat=2');
  await serviceWorkerReady(page);
  const version = Number(await page.getByTestId('content-version').getAttribute('data-version'));

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Chạm để bắt đầu' }).tap();
  await page.getByRole('link', { name: /Tìm hiểu/ }).tap();
  await page
    .getByRole('link', { name: /dấu hiệu/i })
    .first()
    .tap();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/dấu hiệu/i);
  await expect(page.getByTestId('offline-badge')).toBeVisible();

  // A power cut while offline: the shell comes from the service worker, the content from IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/dấu hiệu/i);
  await page.goto('/duong-day-nong');
  await expect(page.getByTestId('hotline-number')).toHaveText('111');
  await page.goto('/hoi-thi');
  await expect(page.getByText('Câu 1/15')).toBeVisible();
  // Khmer in the font the kiosk ships, also offline: the box may have no Khmer font of its own (this test's
  // Chromium has none), and the font file comes from the service worker's cache.
  await page.goto('/');
  await page.getByRole('button', { name: 'ភាសាខ្មែរ' }).tap();
  await expect(page.getByRole('button', { name: 'ប៉ះដើម្បីចាប់ផ្តើម' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.fonts].filter(
            (f) => f.family.replace(/["']/g, '') === 'Noto Sans Khmer' && f.status === 'loaded',
          ).length,
      ),
    )
    .toBeGreaterThan(0);

  // A publish for this province while the kiosk is away; it shows the new version once the cable is back.
  await sql(
    `INSERT INTO "ContentRelease" (scope, version, "publishedAt", "updatedAt") VALUES ('84', 1, now(), now())
     ON CONFLICT (scope) DO UPDATE SET version = "ContentRelease".version + 1, "updatedAt" = now()`,
  );
  // The version the API now serves this kiosk (national and province releases added up). Tests running beside this
  // one publish too (a national article, another province's event), so it is at least one more than the kiosk's, and
  // may be more by the time the kiosk is back.
  const [served] = await sql<{ version: string }>(
    `SELECT sum(version) AS version FROM "ContentRelease" WHERE scope IN ('all', '84')`,
  );
  const published = Number(served!.version);
  expect(published).toBeGreaterThan(version);
  await page.goto('/');
  // Still offline: the version it had (a sync just before the cable was cut may have brought a newer one than read
  // at the start, never the one just published).
  const shown = page.getByTestId('content-version');
  await expect(shown).toHaveAttribute('data-version', /^\d+$/);
  const offline = Number(await shown.getAttribute('data-version'));
  expect(offline).toBeGreaterThanOrEqual(version);
  expect(offline).toBeLessThan(published);
  await context.setOffline(false);
  await expect.poll(async () => Number(await shown.getAttribute('data-version'))).toBeGreaterThanOrEqual(published);
  await expect(page.getByTestId('offline-badge')).toHaveCount(0);
});
