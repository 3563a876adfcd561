import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { FLEET_PROVINCE, hanoiOfficer, pairInHanoi } from './support/fleet';

test.use({ viewport: { width: 1280, height: 800 } });

test('an emergency message to the province reaches a paired kiosk at its next heartbeat, on every screen and in Khmer where given, and goes when ended', async ({
  page,
}) => {
  await pairInHanoi(page, '/?beat=2&sync=30');
  // Unique words: other tests' kiosks in Hà Nội may show it too, and this run must find its own.
  const run = randomBytes(3).toString('hex');
  const textVi = `Bão đang vào (${run}): mọi người ở trong nhà, gọi 112 khi cần cứu nạn.`;
  const textKm = `ព្យុះកំពុងមក (${run})`;
  const { api } = await hanoiOfficer();
  const sent = await api.kiosk.sendMessage.mutate({
    areaCode: FLEET_PROVINCE,
    textVi,
    textKm,
    hours: 1,
  });
  const banner = page.getByTestId('emergency-banner');
  await expect(banner).toContainText(textVi);
  await expect(banner).toContainText('Thông báo khẩn');

  // Over every screen: the help page too; in Khmer where the officer gave it.
  await page.goto('/duong-day-nong');
  await expect(banner).toContainText(textVi);
  await page.goto('/');
  await page.getByRole('button', { name: 'ភាសាខ្មែរ' }).click();
  const inKhmer = page.getByTestId('emergency-message').filter({ hasText: textKm });
  await expect(inKhmer).toHaveAttribute('lang', 'km');

  await api.kiosk.endMessage.mutate({ id: sent.id });
  await expect(inKhmer).toHaveCount(0);
});
