import { expect, test } from '@playwright/test';
import { FLEET_PROVINCE, hanoiOfficer, pairInHanoi } from './support/fleet';

test.use({ viewport: { width: 1280, height: 800 } });

test('an emergency message to the province reaches a paired kiosk at its next heartbeat, on every screen and in Khmer where given, and goes when ended', async ({
  page,
}) => {
  await pairInHanoi(page, '/?beat=2&sync=30');
  await expect(page.getByTestId('emergency-banner')).toHaveCount(0);
  const { api } = await hanoiOfficer();
  const sent = await api.kiosk.sendMessage.mutate({
    areaCode: FLEET_PROVINCE,
    textVi: 'Bão đang vào: mọi người ở trong nhà, gọi 112 khi cần cứu nạn.',
    textKm: 'ព្យុះកំពុងមក',
    hours: 1,
  });
  const banner = page.getByTestId('emergency-banner');
  await expect(banner).toContainText('Bão đang vào');
  await expect(banner).toContainText('Thông báo khẩn');

  // Over every screen: the help page too; in Khmer where the officer gave it.
  await page.goto('/duong-day-nong');
  await expect(banner).toContainText('Bão đang vào');
  await page.goto('/');
  await page.getByRole('button', { name: 'ភាសាខ្មែរ' }).click();
  await expect(page.getByTestId('emergency-message')).toHaveText('ព្យុះកំពុងមក');
  await expect(page.getByTestId('emergency-message')).toHaveAttribute('lang', 'km');

  await api.kiosk.endMessage.mutate({ id: sent.id });
  await expect(banner).toHaveCount(0);
});
