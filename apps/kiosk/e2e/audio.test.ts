import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { pairInHanoi, publishArticle } from './support/fleet';
import { serviceWorkerReady } from './support/stack';

test.use({ viewport: { width: 1280, height: 800 } });

test('an article published with Vietnamese audio plays from the kiosk’s cache with the network cut', async ({
  page,
  context,
}) => {
  const title = `Nghe thử e2e ${randomBytes(3).toString('hex')}`;
  const article = await publishArticle(title, 'Khi cần giúp đỡ, hãy gọi {{hotline}}, miễn phí.');
  expect(article.audio).toBe('generated');

  await pairInHanoi(page, '/?sync=2&beat=30');
  await serviceWorkerReady(page);
  // Cached right after the sync that listed it.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('pcmbn-kiosk-audio')).keys()).length))
    .toBeGreaterThan(0);

  await context.setOffline(true);
  await page.goto(`/bai-viet/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const listen = page.getByTestId('listen-button');
  await expect(listen).toHaveText(/Nghe/);
  await listen.click();
  // Decoded from the cached file (a few seconds of speech) and started.
  await expect(listen).toHaveAttribute('data-duration', /^[1-9]\d*\.\d$/);
  await expect(listen).not.toHaveAttribute('data-state', 'error');
});
